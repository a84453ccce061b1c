package dev.outboundkit.conformance.generate;

import java.util.Map;

/** The generated run's report files, in the Markdown of the suite's own reports. */
final class Reports {
  private Reports() {
  }

  /** @param rerun the command that runs it again, as the suite was started */
  static String failures(GeneratedRun.Result result, String rerun) {
    StringBuilder text = new StringBuilder("# Generated cases: failures\n\n").append(result.summary()).append("\n\n");
    text.append("Rerun (against the same target state):\n\n```sh\n").append(rerun).append("\n```\n\n")
        .append("A `curl` line's `sign` holds only within the target's timestamp window (5 minutes on the mock's"
            + " default readings): `outboundkit sign` makes a fresh one.\n\n");
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
