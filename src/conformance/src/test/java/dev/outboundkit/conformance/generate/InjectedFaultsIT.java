package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.spec.ApiSpec;

/**
 * Each fault of issue 9, put into the mock by {@link FaultyProxy}, is caught by the CI seed's
 * generated cases or sequences (the systematic part and 2,000 random cases, or 50 random
 * sequences), and the shrunk report names the rule it breaks. Reports:
 * {@code target/conformance/generated-faults/FAULT/}.
 */
class InjectedFaultsIT {
  private static final String APP_ID = "faulty-run";
  /** Enough to show a fault more than once, few enough to keep the shrinking short. */
  private static final int MAX_FAILURES = 4;

  @ParameterizedTest(name = "{0} is caught as {1}")
  @CsvSource({
      "TIMES_UNCHECKED_AT_INTERVAL_2880, FC-AUTO-TIMES, 2000, 0",
      "ACW_UNCHECKED_WHEN_PREDICTIVE, FC-ACW, 2000, 0",
      "BATCH_LOST_AFTER_REFUSED_RENAME, RB-SHOWS-EDIT, 0, 50",
      "OLD_NAME_HELD_AFTER_TWO_RENAMES, NS-NAME-FREED, 0, 50"})
  void eachFaultIsCaughtAndNamed(FaultyProxy.Fault fault, String rule, int cases, int sequences) throws Exception {
    // the counts are the random part: the covering arrays and the exhaustive sequences come first
    int[] systematic = GeneratedRun.systematicSize(ApiSpec.bundled());
    GeneratedRun.Result result = runThrough(EnumSet.of(fault), new GeneratedRun.Options(cases == 0 ? 0 : systematic[0] + cases,
        GeneratedConformanceIT.CI_SEED, sequences == 0 ? 0 : systematic[1] + sequences, MAX_FAILURES));
    result.write(Path.of("target", "conformance", "generated-faults", fault.name()));
    assertThat(result.failures()).as("failures with %s", fault).isNotEmpty();
    assertThat(result.failures()).extracting(Failure::rule).as("rules of the shrunk failures").contains(rule);
    Failure named = result.failures().stream().filter(failure -> failure.rule().equals(rule))
        .min(java.util.Comparator.comparingInt(failure -> failure.steps().size())).orElseThrow();
    System.out.println(fault + ": " + result.summary() + "\n  first " + rule + ": " + named.where() + ": " + named.problem()
        + "\n  broken: " + named.broken() + "\n  steps: " + named.steps());
    if (cases > 0) {
      assertThat(named.broken()).as("shrunk to the one violation").hasSize(1);
    } else {
      assertThat(named.steps().size()).as("shrunk to at most four steps after the six that set the starting state").isLessThanOrEqualTo(6 + 4);
    }
  }

  @Test
  void theProxyWithoutAFaultChangesNothing() throws Exception {
    GeneratedRun.Result result = runThrough(Set.of(), new GeneratedRun.Options(300, GeneratedConformanceIT.CI_SEED, 10));
    assertThat(result.failures()).isEmpty();
  }

  static GeneratedRun.Result runThrough(Set<FaultyProxy.Fault> faults, GeneratedRun.Options options)
      throws Exception {
    KeyPair keys = RSAKeyPairs.generate();
    try (MockServer mock = MockServer.builder().tenant(APP_ID, keys.getPublic()).build().start();
        FaultyProxy proxy = new FaultyProxy(mock, faults);
        Target target = MockTarget.of(mock, proxy.baseUrl(), APP_ID, keys, proxy::reset)) {
      return GeneratedRun.of(ApiSpec.bundled(), RuleBook.load(GeneratedConformanceIT.RULES)).run(target, options);
    }
  }
}
