package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.outboundkit.conformance.generate.Failure;
import dev.outboundkit.conformance.generate.GeneratedRun;
import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.glue.TakenReadings;
import dev.outboundkit.conformance.targets.Catalogue;
import dev.outboundkit.conformance.targets.Launcher;
import dev.outboundkit.mock.Readings;

/**
 * The run's first page, to hand to the vendor: {@code index.html} and {@code acceptance.md} beside
 * it. It names the target and opens with the verdict (rules kept and broken, readings taken,
 * blocked and why, no answer); then, for each broken rule, the page's sentence in Chinese with an
 * English gloss (from the rule table), the requests and answers, a command that runs the rule's
 * scenarios again and one that sends each request again, both as the suite was started
 * ({@link Launcher}); the readings with their evidence; the generated run.
 */
final class HandOver {
  static final String FILE_HTML = "index.html";
  static final String FILE_MD = "acceptance.md";

  private final Path directory;
  private final String target;
  private final List<Outcome> outcomes;
  private final Map<Outcome, List<String>> saved;
  private final List<TakenReadings.Taken> readings;
  private final ConformanceRun.Settings settings;
  private final GeneratedRun.Result generated;
  private final Path readingsFile;
  private final String totals;
  private final String table;
  private final int status;
  private final Catalogue catalogue = Catalogue.bundled();
  private final Reruns reruns;

  HandOver(Path directory, String target, List<Outcome> outcomes, Map<Outcome, List<String>> saved,
      List<TakenReadings.Taken> readings, ConformanceRun.Settings settings, GeneratedRun.Result generated,
      Path readingsFile, String totals, String table, int status) {
    this.directory = directory;
    this.target = target;
    this.outcomes = outcomes;
    this.saved = saved;
    this.readings = readings;
    this.settings = settings;
    this.generated = generated;
    this.readingsFile = readingsFile;
    this.totals = totals;
    this.table = table;
    this.status = status;
    this.reruns = new Reruns(Launcher.detect(), settings, directory);
  }

  /** @return whether a scenario that came to this is listed with its requests: failed, blocked, no answer */
  static boolean toHandOver(Outcome.Verdict verdict) {
    return verdict == Outcome.Verdict.FAILED || verdict == Outcome.Verdict.BLOCKED || verdict == Outcome.Verdict.ERROR;
  }

  void write() {
    Page page = page();
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(FILE_HTML), page.html(), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(FILE_MD), page.markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the first page to " + directory, e);
    }
  }

  private Page page() {
    Map<String, List<Outcome>> byRule = new TreeMap<>();
    outcomes.forEach(outcome -> byRule.computeIfAbsent(outcome.rule(), rule -> new ArrayList<>()).add(outcome));
    Set<String> broken = new TreeSet<>();
    Set<String> kept = new TreeSet<>();
    Set<String> notJudged = new TreeSet<>();
    byRule.forEach((rule, list) -> {
      if (list.stream().anyMatch(outcome -> outcome.verdict() == Outcome.Verdict.FAILED)) {
        broken.add(rule);
      } else if (list.stream().anyMatch(outcome -> outcome.verdict() == Outcome.Verdict.PASSED)) {
        kept.add(rule);
      } else if (list.stream().noneMatch(outcome -> outcome.verdict() == Outcome.Verdict.READING)) {
        notJudged.add(rule);
      }
    });

    Page page = new Page("Conformance of " + target);
    page.paragraph(verdict(broken, byRule), true);
    List<String> summary = new ArrayList<>();
    summary.add("Documented rules (the page states them): " + count(kept, byRule, "documented") + " kept, "
        + count(broken, byRule, "documented") + " broken" + named(broken, byRule, "documented") + ".");
    summary.add("Inferred rules (what only a broken rule explains): " + count(kept, byRule, "inferred") + " kept, "
        + count(broken, byRule, "inferred") + " broken" + named(broken, byRule, "inferred") + ".");
    summary.add("Readings taken (where the page is silent, how this target reads it): " + readings.size()
        + (readings.isEmpty() ? "." : ", listed below."));
    summary.add("Blocked (the target's state or set-up did not allow the scenario): " + count(Outcome.Verdict.BLOCKED)
        + (count(Outcome.Verdict.BLOCKED) == 0 ? "." : ", each below with what would unblock it."));
    summary.add("No answer (ERROR: a timeout or a broken connection, no verdict on the rule): "
        + count(Outcome.Verdict.ERROR) + ".");
    summary.add("Skipped (the target lacks what the scenario needs): " + count(Outcome.Verdict.SKIPPED)
        + (notJudged.isEmpty() ? "." : "; rules not judged at all: " + String.join(", ", notJudged) + "."));
    if (generated != null) {
      summary.add("Generated run: " + generated.summary() + ".");
    }
    summary.add(totals + "; exit status " + status + " (" + statusWords(status) + ").");
    page.list(summary);

    if (!broken.isEmpty()) {
      page.heading("Broken rules");
      page.paragraph("Each curl line below holds a sign that is valid only within the target's timestamp window;"
          + " the replay command sends the same request again, signed afresh with the tenant's key, at any time.");
      for (String rule : broken) {
        brokenRule(page, rule, byRule.get(rule));
      }
    }
    readingsSection(page);
    listed(page, Outcome.Verdict.BLOCKED, "Blocked", "what would unblock it is in the reason");
    listed(page, Outcome.Verdict.ERROR, "No answer (ERROR)", "the timeout and the request are named");
    generatedSection(page);
    page.heading("Per rule");
    page.code(table);
    List<String> files = new ArrayList<>(List.of(RunReport.SUMMARY_FILE + ": the table above",
        RunReport.FAILURES_FILE + ": every failed, blocked and unanswered scenario, its requests and answers",
        RunReport.REQUESTS_FOLDER + "/: their requests, for `outboundkit replay`",
        "report.html, report.json, junit.xml: Cucumber's own reports"));
    if (readingsFile != null) {
      files.add(0, readingsFile + ": the readings, one silence a line (outboundkit mock --readings FILE)");
    }
    page.heading("Files");
    page.list(files);
    return page;
  }

  private String verdict(Set<String> broken, Map<String, List<Outcome>> byRule) {
    if (!broken.isEmpty()) {
      long documented = broken.stream().filter(rule -> kind(rule, byRule).equals("documented")).count();
      return "Verdict: the target breaks " + broken.size() + " rule" + (broken.size() == 1 ? "" : "s") + " of the"
          + " page (" + documented + " documented): " + String.join(", ", broken) + ".";
    }
    if (generated != null && !generated.passed()) {
      return "Verdict: the generated run found " + generated.failures().size() + " failure(s); the scenarios kept every"
          + " rule they tried.";
    }
    if (count(Outcome.Verdict.ERROR) > 0) {
      return "Verdict: no rule found broken, but " + count(Outcome.Verdict.ERROR) + " scenario(s) got no answer"
          + " (ERROR): run them again.";
    }
    if (count(Outcome.Verdict.BLOCKED) > 0) {
      return "Verdict: no rule found broken, but " + count(Outcome.Verdict.BLOCKED) + " scenario(s) were blocked and"
          + " not judged.";
    }
    return "Verdict: the target keeps every rule of the page the run tried, and every answer fits a reading of the"
        + " page" + (readings.isEmpty() ? "." : "; where the page is silent, its readings of " + readings.size()
        + " silences are listed below.");
  }

  private void brokenRule(Page page, String rule, List<Outcome> list) {
    page.subheading(rule + " (" + kind(rule, Map.of(rule, list)) + ")");
    catalogue.rule(rule).ifPresent(entry -> page.list(List.of("The page: " + entry.quote(), "In English: "
        + entry.gloss())));
    page.paragraph("Run its scenarios again:");
    page.code(reruns.rule(rule));
    for (Outcome outcome : list) {
      if (outcome.verdict() != Outcome.Verdict.FAILED) {
        continue;
      }
      page.paragraph(outcome.name() + " (" + outcome.location() + "):");
      page.code(outcome.reason());
      if (outcome.exchanges() != null) {
        page.folded("Requests and answers (curl; each sign valid only within the timestamp window)", outcome.exchanges());
      }
      List<String> files = saved.getOrDefault(outcome, List.of());
      if (!files.isEmpty()) {
        page.folded("Send them again, signed afresh", String.join("\n", reruns.replays(files)));
      }
    }
  }

  private void readingsSection(Page page) {
    if (readings.isEmpty()) {
      return;
    }
    page.heading("Readings taken");
    page.paragraph("Where the page is silent, how this target reads it (docs/conformance-rules.md, \"Silences of the"
        + " page\"). \"The page implies\" is the reading the page's own text suggests, where it suggests one;"
        + " --strict fails a reading that differs from it.");
    List<List<String>> rows = new ArrayList<>();
    for (TakenReadings.Taken taken : readings) {
      String implied = catalogue.implied(taken.silence());
      rows.add(List.of(taken.silence().key(), taken.value(), implied == null ? "-" : implied,
          taken.scenario() + (taken.otherwise().isEmpty() ? "" : "; also seen: " + String.join("; ", taken.otherwise()))));
    }
    page.table(List.of("silence", "reading", "the page implies", "shown by"), rows);
    for (TakenReadings.Taken taken : readings) {
      page.folded(taken.silence().key() + "=" + taken.value() + ": the request and answer that showed it",
          taken.evidence());
    }
    List<String> unread = new ArrayList<>();
    for (Readings.Silence silence : Readings.Silence.values()) {
      if (readings.stream().noneMatch(taken -> taken.silence() == silence)) {
        unread.add(silence.key());
      }
    }
    if (!unread.isEmpty()) {
      page.paragraph("Not read in this run (unknown): " + String.join(", ", unread) + ".");
    }
  }

  private void listed(Page page, Outcome.Verdict verdict, String heading, String note) {
    if (count(verdict) == 0) {
      return;
    }
    page.heading(heading);
    page.paragraph(count(verdict) + " scenario(s); " + note + ".");
    for (Outcome outcome : outcomes) {
      if (outcome.verdict() == verdict) {
        page.paragraph(outcome.title());
        page.code(outcome.reason());
      }
    }
  }

  private void generatedSection(Page page) {
    if (generated == null) {
      return;
    }
    page.heading("Generated run");
    page.paragraph(generated.summary());
    if (!generated.passed()) {
      List<String> items = new ArrayList<>();
      for (Failure failure : generated.failures()) {
        items.add(failure.rule() + ", " + failure.where() + ": " + failure.problem());
      }
      page.list(items);
      page.paragraph("Details in " + GeneratedRun.FAILURES_FILE + ". The same run again:");
      page.code(reruns.generated(generated.options()));
    }
  }

  // ---------------------------------------------------------------- counting

  private long count(Outcome.Verdict verdict) {
    return outcomes.stream().filter(outcome -> outcome.verdict() == verdict).count();
  }

  private static long count(Set<String> rules, Map<String, List<Outcome>> byRule, String kind) {
    return rules.stream().filter(rule -> kind(rule, byRule).equals(kind)).count();
  }

  private static String named(Set<String> rules, Map<String, List<Outcome>> byRule, String kind) {
    List<String> names = rules.stream().filter(rule -> kind(rule, byRule).equals(kind)).toList();
    return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
  }

  private static String kind(String rule, Map<String, List<Outcome>> byRule) {
    List<Outcome> list = byRule.get(rule);
    return list == null || list.isEmpty() ? "?" : list.get(0).kind();
  }

  /** @return what an exit status of the conformance command means, in words */
  static String statusWords(int status) {
    Map<Integer, String> words = new LinkedHashMap<>();
    words.put(Conformance.PASSED, "nothing failed, was blocked or went unanswered");
    words.put(Conformance.FAILED, "a rule is broken, or an answer fits no reading of the page");
    words.put(Conformance.CANNOT_RUN, "the run could not start");
    words.put(Conformance.BLOCKED, "nothing failed, but a scenario was blocked");
    words.put(Conformance.ERROR, "nothing failed, but the target did not answer a scenario");
    return words.getOrDefault(status, "?");
  }
}
