package dev.outboundkit.conformance;

import java.util.List;

/**
 * What one scenario came to, in terms of the run model rather than Cucumber's: the reports, the
 * exit status and a comparison of two runs read only these.
 *
 * @param rule the id of its {@code @rule:} tag, {@code (none)} without one
 * @param kind {@code documented} or {@code inferred}
 * @param verdict what it came to
 * @param name the scenario's name, one example row each
 * @param location {@code features/<file>.feature:<line>}
 * @param reason why it failed, was blocked or skipped; null when it passed
 * @param codes the result codes of the target's answers, in order (for comparisons)
 * @param exchanges its requests as curl lines and the answers, when it did not pass; else null
 */
public record Outcome(String rule, String kind, Verdict verdict, String name, String location,
    String reason, List<String> codes, String exchanges) {

  /** What a scenario came to. */
  public enum Verdict {
    PASSED,
    /** Its rule is broken (or a step of it is). */
    FAILED,
    /** A step that only prepares it failed for a reason outside its rule: not judged. */
    BLOCKED,
    /** Not run: the target lacks what it needs. */
    SKIPPED
  }

  /** @return {@code rule: name (location)} */
  public String title() {
    return rule + ": " + name + " (" + location + ")";
  }
}
