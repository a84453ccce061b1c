package dev.outboundkit.conformance.generate;

import java.util.Map;
import java.util.TreeMap;

/** How many generated cases and sequence steps tried each rule, and how many of them failed. */
public final class RuleCounts {
  /** Counts of one rule. */
  public static final class Count {
    int cases;
    int steps;
    int failures;

    public int cases() {
      return cases;
    }

    public int steps() {
      return steps;
    }

    public int failures() {
      return failures;
    }
  }

  private final Map<String, Count> counts = new TreeMap<>();

  void caseTried(String rule) {
    count(rule).cases++;
  }

  void stepTried(String rule) {
    count(rule).steps++;
  }

  void failed(String rule) {
    count(rule).failures++;
  }

  private Count count(String rule) {
    return counts.computeIfAbsent(rule, any -> new Count());
  }

  /** @return per rule id, in order */
  public Map<String, Count> byRule() {
    return java.util.Collections.unmodifiableMap(counts);
  }
}
