package dev.outboundkit.conformance.generate;

import java.util.Map;

/** The generated run's report files, in the Markdown of the suite's own reports. */
final class Reports {
  private Reports() {
  }

  static String failures(GeneratedRun.Result result) {
    StringBuilder text = new StringBuilder("# Generated cases: failures\n\n").append(result.summary()).append("\n\n");
    text.append("Rerun: `mvn -B verify -pl src/conformance -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dit.test=GeneratedConformanceIT -Dfailsafe.failIfNoSpecifiedTests=false -Dconformance.seed=")
        .append(result.options().seed())
        .append(" -Dconformance.generate=").append(result.options().cases()).append(" -Dconformance.sequences=")
        .append(result.options().sequences()).append("` (against the same target state). A `curl` line's `sign` holds"
            + " only within the target's timestamp window (5 minutes on the mock): `outboundkit sign` makes a fresh one.\n\n");
    if (result.failures().isEmpty()) {
      return text.append("No failures.\n").toString();
    }
    int n = 1;
    for (Failure failure : result.failures()) {
      text.append("## ").append(n++).append(". `").append(failure.rule()).append("` — seed ").append(failure.seed())
          .append(", ").append(failure.where()).append("\n\n");
      text.append("- expected: ").append(failure.expected()).append('\n');
      text.append("- got: ").append(failure.problem()).append('\n');
      if (!failure.broken().isEmpty()) {
        text.append("- broken on purpose: ").append(String.join("; ", failure.broken())).append('\n');
      }
      if (!failure.steps().isEmpty()) {
        text.append("- steps (shrunk):\n");
        failure.steps().forEach(step -> text.append("  ").append(step).append('\n'));
      }
      text.append("\n```sh\n");
      failure.exchanges().forEach(reply -> text.append(reply.describe()).append("\n"));
      text.append("```\n\n");
    }
    return text.toString();
  }

  static String counts(GeneratedRun.Result result) {
    StringBuilder text = new StringBuilder("# Generated cases per rule\n\n").append(result.summary()).append("\n\n");
    text.append("| rule | generated cases | sequence steps | failures (after shrinking) |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, RuleCounts.Count> rule : result.counts().byRule().entrySet()) {
      RuleCounts.Count count = rule.getValue();
      text.append("| `").append(rule.getKey()).append("` | ").append(count.cases()).append(" | ").append(count.steps())
          .append(" | ").append(count.failures()).append(" |\n");
    }
    return text.toString();
  }
}
