package dev.outboundkit.conformance.generate;

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
    text.append("Pairs covered: the pairs of value classes of two parameters that the covering arrays' cases sent"
        + " hold, out of those possible (at most one rule broken a case), counted under the rule a pair's class breaks"
        + " (the variant's edit rule when neither breaks one); \"not all\" marks a rule some pair of which no case"
        + " held. Details: ").append(GeneratedRun.COVERAGE_FILE).append(".\n\n");
    text.append("| rule | generated cases | sequence steps | failures (after shrinking) | pairs covered | task × rule cells |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    java.util.Set<String> rules = new java.util.TreeSet<>(result.counts().byRule().keySet());
    rules.addAll(result.coverage().pairsByRule().keySet());
    for (String rule : rules) {
      RuleCounts.Count count = result.counts().byRule().get(rule);
      text.append("| `").append(rule).append("` | ").append(count == null ? "0 | 0 | 0" : count.cases() + " | "
          + count.steps() + " | " + count.failures()).append(" | ").append(result.coverage().pairsCell(rule)).append(" | ")
          .append(result.coverage().cellsCell(rule)).append(" |\n");
    }
    return text.toString();
  }
}
