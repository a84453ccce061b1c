package dev.outboundkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.conformance.Outcome.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which scenarios two runs disagree on: their verdicts, and the readings they took of the page's silences. */
class DifferencesTest {

  private static Outcome outcome(String name, Verdict verdict, String reading, String... codes) {
    return new Outcome("NS-NAME-DUPLICATE", "inferred", verdict, name, "features/x.feature:1", null,
        List.of(codes), null, reading, List.of());
  }

  @Test
  void theSameVerdictsAndReadingsAreNoDifference() {
    List<Outcome> run = List.of(outcome("a", Verdict.PASSED, null, "10000"),
        outcome("b", Verdict.READING, "refusal-code.duplicate-name=20001", "20001"));

    assertThat(Differences.of(run, run).list()).isEmpty();
  }

  @Test
  void aSilenceReadOtherwiseIsADifferenceThoughBothAreReadings() {
    List<Outcome> sandbox = List.of(outcome("b", Verdict.READING, "refusal-code.duplicate-name=29002", "29002"));
    List<Outcome> mock = List.of(outcome("b", Verdict.READING, "refusal-code.duplicate-name=20001", "20001"));

    assertThat(Differences.of(sandbox, mock).list()).singleElement()
        .satisfies(difference -> assertThat(difference.first().reading()).endsWith("29002"));
  }

  @Test
  void aVerdictThatDiffersIsADifferenceAndAScenarioRunOnOneSideOnly() {
    List<Outcome> first = List.of(outcome("a", Verdict.FAILED, null, "10000"), outcome("c", Verdict.PASSED, null));
    List<Outcome> second = List.of(outcome("a", Verdict.PASSED, null, "20001"));

    assertThat(Differences.of(first, second).list()).extracting(Differences.Difference::scenario)
        .containsExactly("a", "c");
  }
}
