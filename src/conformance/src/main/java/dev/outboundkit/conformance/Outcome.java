package dev.outboundkit.conformance;

import java.util.List;

import dev.outboundkit.conformance.targets.SavedRequest;

/**
 * What one scenario came to, in terms of the run model rather than Cucumber's: the reports, the
 * exit status and a comparison of two runs read only these.
 *
 * @param rule the id of its {@code @rule:} tag, {@code (none)} without one
 * @param kind {@code documented} or {@code inferred}
 * @param verdict what it came to
 * @param name the scenario's name, one example row each
 * @param location {@code features/<file>.feature:<line>}
 * @param reason why it failed, was blocked, skipped or got no answer; null when it passed or read a silence
 * @param codes the result codes of the target's answers, in order (for comparisons)
 * @param exchanges its requests as curl lines and the answers, when it did not simply pass; else null
 * @param reading what it read of a silence of the page, for a {@link Verdict#READING}; else null
 * @param requests its requests, to send again ({@code outboundkit replay}), when it did not pass or read
 */
public record Outcome(String rule, String kind, Verdict verdict, String name, String location,
    String reason, List<String> codes, String exchanges, String reading, List<SavedRequest> requests) {

  public Outcome {
    codes = List.copyOf(codes);
    requests = requests == null ? List.of() : List.copyOf(requests);
  }

  /** An outcome with no reading and no request to send again (a case run another way, say). */
  public Outcome(String rule, String kind, Verdict verdict, String name, String location, String reason,
      List<String> codes, String exchanges) {
    this(rule, kind, verdict, name, location, reason, codes, exchanges, null, List.of());
  }

  /** What a scenario came to. */
  public enum Verdict {
    PASSED,
    /** A documented rule is broken, or an answer fits no reading of the page. */
    FAILED,
    /** The target's state or set-up does not allow it: not judged; the reason says what would unblock it. */
    BLOCKED,
    /** Not run: the target lacks what it needs (a control API), or the run has no target. */
    SKIPPED,
    /** For a silence of the page, which reading the target takes. */
    READING,
    /** The target did not answer in time, or the connection broke: no verdict on the rule. */
    ERROR
  }

  /** @return {@code rule: name (location)} */
  public String title() {
    return rule + ": " + name + " (" + location + ")";
  }
}
