package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.outboundkit.spec.ApiSpec;

/**
 * The combination faults of issue 20, each put into the mock by {@link FaultyProxy}, are caught
 * by the covering arrays with every seed tried here (the whole table, ten seeds, against the
 * random draw alone: {@link CombinationFaultsTable}, docs/conformance.md), each shrunk to the one
 * violation and named by its rule; the proxy without a fault passes the whole systematic part.
 */
class CombinationFaultsIT {
  /** The faults of the case kill table: issue 20's six and issue 9's two that hang on a second field. */
  static final List<FaultyProxy.Fault> CASE_FAULTS = List.of(FaultyProxy.Fault.NAME_LENGTH_UNCHECKED_WHEN_DESC_EMPTY,
      FaultyProxy.Fault.INTERVAL_UNCHECKED_WHEN_PAUSED, FaultyProxy.Fault.EQUAL_WINDOW_PASSES_AMONG_SEVERAL,
      FaultyProxy.Fault.NULL_WINDOW_DROPPED_AMONG_SEVERAL, FaultyProxy.Fault.MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_SENT,
      FaultyProxy.Fault.MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_AT_MAX, FaultyProxy.Fault.TIMES_UNCHECKED_AT_INTERVAL_2880,
      FaultyProxy.Fault.ACW_UNCHECKED_WHEN_PREDICTIVE);
  private static final int BUDGET = GeneratedRun.systematicSize(ApiSpec.bundled())[0];

  @ParameterizedTest(name = "{0} is caught as {1} with seed {2}")
  @CsvSource({
      "NAME_LENGTH_UNCHECKED_WHEN_DESC_EMPTY, FC-TASKNAME-LENGTH, 1",
      "NAME_LENGTH_UNCHECKED_WHEN_DESC_EMPTY, FC-TASKNAME-LENGTH, 2",
      "INTERVAL_UNCHECKED_WHEN_PAUSED, FC-AUTO-INTERVAL, 1",
      "INTERVAL_UNCHECKED_WHEN_PAUSED, FC-AUTO-INTERVAL, 2",
      "EQUAL_WINDOW_PASSES_AMONG_SEVERAL, FC-TIME-ORDER, 1",
      "EQUAL_WINDOW_PASSES_AMONG_SEVERAL, FC-TIME-ORDER, 2",
      "NULL_WINDOW_DROPPED_AMONG_SEVERAL, FC-TYPES, 1",
      "NULL_WINDOW_DROPPED_AMONG_SEVERAL, FC-TYPES, 2",
      "MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_SENT, FC-COND-STRATEGY, 1",
      "MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_SENT, FC-COND-STRATEGY, 2",
      "MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_AT_MAX, FC-COND-STRATEGY, 1",
      "MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_AT_MAX, FC-COND-STRATEGY, 2"})
  void theCoveringArraysCatchEachCombinationFault(FaultyProxy.Fault fault, String rule, long seed) throws Exception {
    GeneratedRun.Result result = InjectedFaultsIT.runThrough(EnumSet.of(fault), new GeneratedRun.Options(BUDGET, seed, 0, 1));
    assertThat(result.failures()).as("failures with %s, seed %d: %s", fault, seed, result.summary()).isNotEmpty();
    Failure failure = result.failures().get(0);
    assertThat(failure.where()).as("found by a case of the covering arrays").matches("case \\d+ .*");
    assertThat(Integer.parseInt(failure.where().replaceFirst("^case (\\d+).*", "$1"))).isLessThan(BUDGET);
    assertThat(failure.rule()).isEqualTo(rule);
    assertThat(failure.broken()).as("shrunk to the one violation").hasSize(1);
  }

  @Test
  void theProxyWithoutAFaultPassesTheCoveringArraysAndTheExhaustiveSequences() throws Exception {
    GeneratedRun.Result result = InjectedFaultsIT.runThrough(Set.of(),
        new GeneratedRun.Options(BUDGET, GeneratedConformanceIT.CI_SEED, SequenceRunner.exhaustiveCount()));
    assertThat(result.failures()).as(result.summary()).isEmpty();
    assertThat(result.coverage().pairs().complete()).as("every pair covered: %s", result.coverage().pairs()).isTrue();
    assertThat(result.coverage().sequences().complete()).isTrue();
  }
}
