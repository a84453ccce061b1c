package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import dev.outboundkit.conformance.generate.GeneratedRun;
import dev.outboundkit.conformance.generate.RuleBook;
import dev.outboundkit.conformance.generate.RuleCounts;
import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.glue.Hooks;
import dev.outboundkit.conformance.glue.NoAnswer;
import dev.outboundkit.conformance.glue.Precondition;
import dev.outboundkit.conformance.glue.TakenReadings;
import dev.outboundkit.conformance.targets.SavedRequest;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.WriteEvent;

/**
 * Turns Cucumber's events into one {@link Outcome} per scenario and, at the end of the run,
 * writes into the report directory {@code rules-summary.md} (each verdict's count per rule),
 * {@code failures.md} (each failed, blocked or unanswered scenario: its rule, why, its requests as
 * curl lines and the answers), the requests of those scenarios as files {@code outboundkit replay}
 * sends again ({@code requests/}), and the run's first page ({@link HandOver}: {@code index.html}
 * and {@code acceptance.md}).
 *
 * <p>As a Cucumber plugin (the Maven runners) its argument is the report directory and it
 * prints the table at the end; the {@code conformance} command makes its own and prints it.
 * After a generated run against the same target ({@link #addGenerated}) the table has the
 * generated counts beside the scenarios' and a verdict per rule that takes both into account.
 */
public final class RunReport implements ConcurrentEventListener {
  static final String RULE_TAG = "@rule:";
  public static final String SUMMARY_FILE = "rules-summary.md";
  public static final String FAILURES_FILE = "failures.md";
  /** The folder of the report directory that holds requests to send again. */
  public static final String REQUESTS_FOLDER = "requests";

  private final Path directory;
  private final boolean print;
  private final List<Outcome> outcomes = new ArrayList<>();
  private final Map<UUID, String> exchanges = new HashMap<>();
  private final Map<UUID, List<String>> codes = new HashMap<>();
  private final Map<UUID, String> readingLines = new HashMap<>();
  private final Map<UUID, List<SavedRequest>> requests = new HashMap<>();
  /** The readings the run took and how it was asked for; kept from the run when first written. */
  private TakenReadings readings;
  private ConformanceRun.Settings settings;
  /** Where --write-readings wrote the readings, for the first page; null when it did not. */
  private Path readingsFile;
  private long startedNanos;
  private long millis;
  /** The generated run's result and its rules' kinds; null until one is added. */
  private GeneratedRun.Result generated;
  private RuleBook book;
  /** The scenarios' target, as the reports name it; set when they are first written. */
  private String target;

  /** For Cucumber's {@code plugin} option: {@code dev.outboundkit.conformance.RunReport:DIR}. */
  public RunReport(String directory) {
    this(Path.of(directory.strip()), true);
  }

  RunReport(Path directory, boolean print) {
    this.directory = directory.toAbsolutePath();
    this.print = print;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> startedNanos = System.nanoTime());
    publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
    publisher.registerHandlerFor(WriteEvent.class, this::written);
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    publisher.registerHandlerFor(TestRunFinished.class, event -> {
      millis = (System.nanoTime() - startedNanos) / 1_000_000L;
      write();
      if (print) {
        print(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
      }
    });
  }

  private synchronized void embedded(EmbedEvent event) {
    if (Hooks.EXCHANGES_ATTACHMENT.equals(event.getName())) {
      exchanges.put(event.getTestCase().getId(), new String(event.getData(), StandardCharsets.UTF_8));
    } else if (Hooks.REQUESTS_ATTACHMENT.equals(event.getName())) {
      requests.put(event.getTestCase().getId(),
          SavedRequest.listFromJson(new String(event.getData(), StandardCharsets.UTF_8)));
    }
  }

  private synchronized void written(WriteEvent event) {
    if (event.getText().startsWith(Hooks.CODES_LINE)) {
      codes.put(event.getTestCase().getId(),
          Arrays.asList(event.getText().substring(Hooks.CODES_LINE.length()).split(", ")));
    } else if (event.getText().startsWith(Hooks.READING_LINE)) {
      readingLines.put(event.getTestCase().getId(), event.getText().substring(Hooks.READING_LINE.length()));
    }
  }

  private synchronized void finished(TestCaseFinished event) {
    add(outcome(event.getTestCase(), event.getResult()));
  }

  /**
   * Adds a scenario's outcome. Cucumber's scenarios come in through the events; cases run
   * another way (generated ones, say) can be added here and share the tables and the reports.
   */
  public synchronized void add(Outcome outcome) {
    outcomes.add(java.util.Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Adds a generated run against the same target to the per-rule table and rewrites
   * {@value #SUMMARY_FILE}.
   *
   * @param book the rules' kinds, for the rules no selected scenario has
   */
  public synchronized void addGenerated(GeneratedRun.Result result, RuleBook book) {
    this.generated = java.util.Objects.requireNonNull(result, "result");
    this.book = java.util.Objects.requireNonNull(book, "book");
    write();
  }

  /** @return the rule ids of a scenario's {@code @rule:} tags, in order */
  static List<String> rules(List<String> tags) {
    return tags.stream().filter(tag -> tag.startsWith(RULE_TAG)).map(tag -> tag.substring(RULE_TAG.length())).toList();
  }

  private Outcome outcome(TestCase testCase, Result result) {
    List<String> tags = testCase.getTags();
    String rule = rules(tags).stream().findFirst().orElse("(none)");
    String kind = tags.contains("@documented") ? "documented" : tags.contains("@inferred") ? "inferred" : "?";
    Throwable error = result.getError();
    String reading = readingLines.get(testCase.getId());
    Outcome.Verdict verdict = switch (result.getStatus()) {
      case PASSED -> reading != null ? Outcome.Verdict.READING : Outcome.Verdict.PASSED;
      case SKIPPED -> Precondition.isPrecondition(error) ? Outcome.Verdict.BLOCKED : Outcome.Verdict.SKIPPED;
      default -> NoAnswer.isNoAnswer(error) ? Outcome.Verdict.ERROR : Outcome.Verdict.FAILED;
    };
    String reason = result.getStatus() == Status.PASSED ? null
        : error != null && error.getMessage() != null ? error.getMessage()
        : result.getStatus() == Status.UNDEFINED ? "a step has no glue (undefined)" : result.getStatus().name();
    String file = testCase.getUri().toString().replaceFirst("^.*/(features/)", "$1");
    return new Outcome(rule, kind, verdict, testCase.getName(), file + ":" + testCase.getLocation().getLine(),
        reason, codes.getOrDefault(testCase.getId(), List.of()), exchanges.get(testCase.getId()),
        verdict == Outcome.Verdict.READING ? reading : null, requests.get(testCase.getId()));
  }

  /**
   * @return the run's exit status: {@link Conformance#FAILED} when a scenario failed or a generated
   *     case or sequence did, else {@link Conformance#ERROR} when one got no answer, else
   *     {@link Conformance#BLOCKED} when one was blocked, else {@link Conformance#PASSED}
   */
  public synchronized int exitStatus() {
    if (count(Outcome.Verdict.FAILED) > 0 || generated != null && !generated.passed()) {
      return Conformance.FAILED;
    }
    if (count(Outcome.Verdict.ERROR) > 0) {
      return Conformance.ERROR;
    }
    return count(Outcome.Verdict.BLOCKED) > 0 ? Conformance.BLOCKED : Conformance.PASSED;
  }

  /** @return the readings the run took; empty before the run wrote its reports */
  public synchronized TakenReadings readings() {
    return readings == null ? new TakenReadings() : readings;
  }

  /** Names the readings file written for this run on its first page, and rewrites the pages. */
  public synchronized void readingsWrittenTo(Path file) {
    readingsFile = java.util.Objects.requireNonNull(file, "file");
    write();
  }

  /** @return every scenario's outcome, in the order they ran */
  public synchronized List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  public Path directory() {
    return directory;
  }

  /** @return how many scenarios came to the verdict */
  public synchronized long count(Outcome.Verdict verdict) {
    return outcomes.stream().filter(outcome -> outcome.verdict() == verdict).count();
  }

  /**
   * @return the per-rule table, as Markdown; after a generated run, one row per rule the scenarios
   *     or the generated run tried, its columns beside the scenarios', blanks where one of them did not
   */
  public synchronized String table() {
    Map<String, long[]> rules = new TreeMap<>();
    Map<String, String> kinds = new HashMap<>();
    for (Outcome outcome : outcomes) {
      rules.computeIfAbsent(outcome.rule(), id -> new long[Outcome.Verdict.values().length])[outcome.verdict().ordinal()]++;
      kinds.put(outcome.rule(), outcome.kind());
    }
    Map<String, RuleCounts.Count> counts = generated == null ? Map.of() : generated.counts().byRule();
    TreeSet<String> ids = new TreeSet<>(rules.keySet());
    ids.addAll(counts.keySet());
    // READING and ERROR come last, after the generated columns, so that the columns before them stay where scripts read them
    StringBuilder table = new StringBuilder("| rule | kind | passed | failed | blocked | skipped |")
        .append(generated == null ? "" : " generated cases | sequence steps | generated failures | verdict | pairs covered |")
        .append(" reading | error |")
        .append("\n|---|---|---:|---:|---:|---:|").append(generated == null ? "" : "---:|---:|---:|---|---:|")
        .append("---:|---:|\n");
    for (String rule : ids) {
      long[] n = rules.get(rule);
      String kind = kinds.containsKey(rule) ? kinds.get(rule)
          : book.has(rule) ? book.kind(rule).name().toLowerCase(Locale.ROOT) : "?";
      table.append("| ").append(rule).append(" | ").append(kind).append(" | ")
          .append(n == null ? " |  |  | " : n[0] + " | " + n[1] + " | " + n[2] + " | " + n[3]);
      if (generated != null) {
        RuleCounts.Count count = counts.get(rule);
        table.append(" | ").append(count == null ? " |  | " : count.cases() + " | " + count.steps() + " | " + count.failures())
            .append(" | ").append(verdict(n, count)).append(" | ").append(generated.coverage().pairsCell(rule));
      }
      table.append(" | ").append(n == null ? " | " : n[Outcome.Verdict.READING.ordinal()] + " | "
          + n[Outcome.Verdict.ERROR.ordinal()]);
      table.append(" |\n");
    }
    return table.toString();
  }

  /** @return the rule's verdict over both runs, naming the report that has the details of a failure */
  private static String verdict(long[] scenarios, RuleCounts.Count count) {
    boolean scenarioFailed = scenarios != null && scenarios[Outcome.Verdict.FAILED.ordinal()] > 0;
    boolean blocked = scenarios != null && scenarios[Outcome.Verdict.BLOCKED.ordinal()] > 0;
    boolean error = scenarios != null && scenarios[Outcome.Verdict.ERROR.ordinal()] > 0;
    boolean generatedFailed = count != null && count.failures() > 0;
    List<String> details = new ArrayList<>();
    if (scenarioFailed || blocked || error) {
      details.add(FAILURES_FILE);
    }
    if (generatedFailed) {
      details.add(GeneratedRun.FAILURES_FILE);
    }
    String where = " (see " + String.join(", ", details) + ")";
    if (scenarioFailed || generatedFailed) {
      return "FAILED" + where;
    }
    if (error) {
      return "ERROR" + where;
    }
    if (blocked) {
      return "BLOCKED" + where;
    }
    boolean passed = scenarios != null && scenarios[Outcome.Verdict.PASSED.ordinal()] > 0
        || count != null && count.cases() + count.steps() > 0;
    boolean reading = scenarios != null && scenarios[Outcome.Verdict.READING.ordinal()] > 0;
    return passed ? "passed" : reading ? "reading" : "skipped";
  }

  /**
   * @return e.g. {@code 294 scenarios: passed 280, failed 0, reading 14, blocked 0, skipped 0, error 0 (5240 ms)}
   */
  public synchronized String totals() {
    return outcomes.size() + " scenarios: passed " + count(Outcome.Verdict.PASSED) + ", failed "
        + count(Outcome.Verdict.FAILED) + ", reading " + count(Outcome.Verdict.READING) + ", blocked "
        + count(Outcome.Verdict.BLOCKED) + ", skipped " + count(Outcome.Verdict.SKIPPED) + ", error "
        + count(Outcome.Verdict.ERROR) + " (" + millis + " ms)";
  }

  private synchronized void write() {
    if (target == null) {
      // kept for the rewrite after a generated run, when the scenarios' run has ended
      ConformanceRun run = ConformanceRun.current();
      target = run == null ? "(no run)" : run.description();
      readings = run == null ? new TakenReadings() : run.readings();
      settings = run == null ? ConformanceRun.Settings.DEFAULT : run.settings();
    }
    StringBuilder summary = new StringBuilder("# Conformance run: result per rule\n\n")
        .append("Target: ").append(target).append("  \n")
        .append(totals()).append("\n\n");
    if (generated != null) {
      summary.append(generated.summary()).append("  \nGenerated cases and sequence steps ran after the scenarios, against"
          + " the same target (the built-in mock: a fresh one, set up alike); a rule fails when a scenario or a generated"
          + " case or step of it failed.\n\n");
    }
    summary.append("Reading: the scenario read a silence of the page (").append(HandOver.FILE_MD)
        .append(" lists the readings). Blocked: the target's state or set-up did not allow the scenario; error: the"
            + " target did not answer; see ").append(FAILURES_FILE).append(".\n\n")
        .append(table());
    Map<Outcome, List<String>> saved = saveRequests();
    StringBuilder failures = new StringBuilder("# Conformance run: failed, blocked and unanswered scenarios\n\n")
        .append("Target: ").append(target).append("\n\nEach `curl` line's `sign` holds only within the target's"
            + " timestamp window; `outboundkit replay FILE` sends the request again, signed afresh (the files are"
            + " under `").append(REQUESTS_FOLDER).append("/`).\n");
    int listed = 0;
    for (Outcome outcome : outcomes) {
      if (!HandOver.toHandOver(outcome.verdict())) {
        continue;
      }
      listed++;
      failures.append("\n## ").append(outcome.verdict().name()).append(' ')
          .append(outcome.title()).append("\n\nRule: `").append(outcome.rule()).append("` (").append(outcome.kind())
          .append(")\n\n```\n").append(outcome.reason()).append("\n```\n\nRequests and answers:\n\n```sh\n")
          .append(outcome.exchanges() == null ? "(none recorded)\n" : outcome.exchanges()).append("```\n");
      List<String> files = saved.getOrDefault(outcome, List.of());
      if (!files.isEmpty()) {
        failures.append("\nTo send again: ").append(String.join(", ", files.stream().map(file -> "`" + file + "`").toList()))
            .append("\n");
      }
    }
    if (listed == 0) {
      failures.append("\nNone: every scenario that ran passed or read a silence.\n");
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(SUMMARY_FILE), summary, StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(FAILURES_FILE), failures, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + directory, e);
    }
    new HandOver(directory, target, List.copyOf(outcomes), saved, readings.all(), settings, generated, readingsFile,
        totals(), table(), exitStatus()).write();
  }

  /**
   * Writes the requests of each failed, blocked or unanswered scenario as files {@code outboundkit
   * replay} sends again, named by the scenario's place in the run, stable from one run to the next.
   *
   * @return each such outcome's files, relative to the report directory
   */
  private Map<Outcome, List<String>> saveRequests() {
    Map<Outcome, List<String>> saved = new java.util.LinkedHashMap<>();
    Path folder = directory.resolve(REQUESTS_FOLDER);
    int index = 0;
    for (Outcome outcome : outcomes) {
      index++;
      if (!HandOver.toHandOver(outcome.verdict()) || outcome.requests().isEmpty()) {
        continue;
      }
      List<String> files = new ArrayList<>();
      int k = 0;
      for (SavedRequest request : outcome.requests()) {
        String name = String.format(Locale.ROOT, "%03d-%s-%d.json", index, outcome.rule(), ++k);
        request.write(folder.resolve(name));
        files.add(REQUESTS_FOLDER + "/" + name);
      }
      saved.put(outcome, files);
    }
    return saved;
  }

  /** Prints the table, the totals and where the reports are. */
  public synchronized void print(PrintWriter out) {
    out.println();
    ConformanceRun run = ConformanceRun.current();
    if (outcomes.isEmpty() && run != null && run.skipReason() != null) {
      out.println("Conformance suite skipped: " + run.skipReason());
      out.flush();
      return;
    }
    out.println("Conformance per rule:");
    out.print(table());
    out.println(totals());
    out.println("Reports: " + directory.resolve(HandOver.FILE_HTML) + "  (" + directory.resolve(HandOver.FILE_MD)
        + "; per rule: " + directory.resolve(SUMMARY_FILE) + ", failures: " + directory.resolve(FAILURES_FILE)
        + (generated == null ? "" : ", generated failures: " + directory.resolve(GeneratedRun.FAILURES_FILE))
        + ", Cucumber's: " + directory.resolve("report.html") + ")");
    out.flush();
  }
}
