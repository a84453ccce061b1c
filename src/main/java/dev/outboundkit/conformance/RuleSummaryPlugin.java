package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;

/**
 * Chooses the run's target and, at the end, sums the run up per rule: how many scenarios of
 * each {@code @rule:} tag passed, failed and were skipped. Prints the table and writes it to
 * {@code rules-summary.md} beside Cucumber's own reports.
 *
 * <p>Argument: {@code mock} (the in-process mock; reports in {@code target/conformance}),
 * {@code profile} (the server of {@code -Dconformance.profile}; reports in
 * {@code target/conformance/profile}) or {@code mutation} (the in-process mock under PIT: no
 * summary). The target is made here, before any scenario, so a
 * broken profile stops the run at once.
 */
public final class RuleSummaryPlugin implements ConcurrentEventListener {
  static final String RULE_TAG = "@rule:";

  private final ConformanceRun.Kind kind;
  private final Path directory;
  /** Under PIT every scenario is a run of its own: no table each time. */
  private final boolean quiet;
  private final Map<String, Tally> rules = new TreeMap<>();
  private final List<String> untagged = new ArrayList<>();
  private long startedNanos;

  public RuleSummaryPlugin(String argument) {
    String name = argument.strip();
    this.kind = switch (name) {
      case "mock", "mutation" -> ConformanceRun.Kind.MOCK;
      case "profile" -> ConformanceRun.Kind.PROFILE;
      default -> throw new IllegalArgumentException("RuleSummaryPlugin takes 'mock', 'profile' or 'mutation', not '"
          + argument + "'");
    };
    this.quiet = name.equals("mutation");
    this.directory = switch (name) {
      case "mock" -> Path.of("target", "conformance");
      case "profile" -> Path.of("target", "conformance", "profile");
      default -> Path.of("target", "conformance", "mutation");
    };
    ConformanceRun.begin(kind);
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> startedNanos = System.nanoTime());
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    publisher.registerHandlerFor(TestRunFinished.class, event -> {
      try {
        summarize();
      } finally {
        ConformanceRun.end();
      }
    });
  }

  private synchronized void finished(TestCaseFinished event) {
    List<String> tags = event.getTestCase().getTags();
    Status status = event.getResult().getStatus();
    boolean any = false;
    for (String tag : tags) {
      if (tag.startsWith(RULE_TAG)) {
        any = true;
        Tally tally = rules.computeIfAbsent(tag.substring(RULE_TAG.length()), id -> new Tally());
        tally.kind = tags.contains("@documented") ? "documented" : tags.contains("@inferred") ? "inferred" : "?";
        switch (status) {
          case PASSED -> tally.passed++;
          case SKIPPED -> tally.skipped++;
          default -> {
            tally.failed++;
            tally.failures.add(event.getTestCase().getName());
          }
        }
      }
    }
    if (!any) {
      untagged.add(event.getTestCase().getName());
    }
  }

  private synchronized void summarize() {
    if (quiet) {
      return;
    }
    long seconds = (System.nanoTime() - startedNanos) / 1_000_000L;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    StringBuilder table = new StringBuilder();
    table.append("| rule | kind | passed | failed | skipped |\n|---|---|---:|---:|---:|\n");
    for (Map.Entry<String, Tally> rule : rules.entrySet()) {
      Tally t = rule.getValue();
      table.append("| ").append(rule.getKey()).append(" | ").append(t.kind).append(" | ").append(t.passed)
          .append(" | ").append(t.failed).append(" | ").append(t.skipped).append(" |\n");
      passed += t.passed;
      failed += t.failed;
      skipped += t.skipped;
    }
    String target = ConformanceRun.skipReason() != null ? "none (" + ConformanceRun.skipReason() + ")"
        : describeTarget();
    StringBuilder md = new StringBuilder()
        .append("# Conformance run: result per rule\n\n")
        .append("Target: ").append(target).append("  \n")
        .append("Run id: ").append(ConformanceRun.runId()).append("  \n")
        .append("Scenarios: ").append(passed + failed + skipped).append(" (tallied per rule tag)")
        .append(", time ").append(seconds).append(" ms\n\n")
        .append(table);
    Map<String, List<String>> failures = new LinkedHashMap<>();
    rules.forEach((id, t) -> {
      if (!t.failures.isEmpty()) {
        failures.put(id, t.failures);
      }
    });
    if (!failures.isEmpty()) {
      md.append("\n## Failed scenarios\n\n");
      failures.forEach((id, names) -> names.forEach(name -> md.append("- ").append(id).append(": ").append(name).append('\n')));
    }
    if (!untagged.isEmpty()) {
      md.append("\n## Scenarios without a rule tag\n\n");
      untagged.forEach(name -> md.append("- ").append(name).append('\n'));
    }
    Path file = directory.resolve("rules-summary.md");
    try {
      Files.createDirectories(directory);
      Files.writeString(file, md, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("cannot write " + file + ": " + e);
    }
    PrintStream out = System.out;
    out.println();
    if (ConformanceRun.skipReason() != null) {
      out.println("Conformance suite skipped: " + ConformanceRun.skipReason());
      return;
    }
    out.println("Conformance per rule (" + target + "):");
    out.print(table);
    out.println("Scenarios per rule tag: passed " + passed + ", failed " + failed + ", skipped " + skipped
        + " (" + seconds + " ms)");
    out.println("Conformance report: " + directory.resolve("report.html").toAbsolutePath()
        + "  (per rule: " + file.toAbsolutePath() + ")");
  }

  private static String describeTarget() {
    try {
      return ConformanceRun.target().description();
    } catch (RuntimeException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static final class Tally {
    String kind;
    int passed;
    int failed;
    int skipped;
    final List<String> failures = new ArrayList<>();
  }
}
