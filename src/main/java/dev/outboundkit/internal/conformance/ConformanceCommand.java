package dev.outboundkit.internal.conformance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dev.outboundkit.internal.conformance.generate.EditTarget;
import dev.outboundkit.internal.conformance.generate.GeneratedRun;
import dev.outboundkit.internal.conformance.generate.HttpEditTarget;
import dev.outboundkit.internal.conformance.generate.MockEditTarget;
import dev.outboundkit.internal.conformance.generate.RuleBook;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.internal.profile.ProfileException;
import dev.outboundkit.internal.rules.ApiSpec;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outboundkit conformance}: the conformance suite against a target profile or the
 * built-in mock, from the jar. Exit status 0 when every selected scenario passed (or was
 * skipped for want of a control API), 1 when any failed or was blocked, 2 when the run could
 * not start (a bad flag, a missing or broken profile, a target that cannot be reached or signed
 * for).
 */
@Command(name = "conformance",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ConformanceCommand.CANNOT_RUN,
    exitCodeOnExecutionException = ConformanceCommand.CANNOT_RUN,
    description = {
        "Run the conformance suite (every rule of the vendor's page as scenarios) against a target"
            + " profile (a sandbox, the mock started on its own) or, by default, the built-in mock.",
        "Exit status: 0 every selected scenario passed, 1 some failed or were blocked, 2 the run could not start."})
public final class ConformanceCommand implements Callable<Integer> {
  static final int PASSED = 0;
  static final int FAILED = 1;
  static final int CANNOT_RUN = 2;
  static final String MOCK = "mock";

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true)
  TargetChoice target = new TargetChoice();

  static final class TargetChoice {
    @Option(names = "--profile", paramLabel = "FILE",
        description = "Target profile (Java properties; see docs/sample-profile.properties).")
    Path profile;

    @Option(names = "--mock", description = "Run against the built-in mock, started in this process (the default).")
    boolean mock;
  }

  @Option(names = "--mock-spec", paramLabel = "FILE",
      description = "With the built-in mock: the OpenAPI file it takes its limits from. Default: the spec in the jar.")
  Path mockSpec;

  @Option(names = "--mock-refusal-code", paramLabel = "SITUATION=CODE",
      description = "With the built-in mock: the code it refuses with where the page leaves it open"
          + " (missing-task, completed-task, duplicate-name, unknown-reference = 20001 or 29002). Repeatable.")
  Map<String, String> mockRefusalCodes = new LinkedHashMap<>();

  @Option(names = "--mock-failure-data", paramLabel = "WHAT",
      description = "With the built-in mock: the data of its refusals (default, null, false, absent, empty-array).")
  String mockFailureData;

  @Option(names = "--mock-timestamp-window-seconds", paramLabel = "N",
      description = "With the built-in mock: how far a timestamp may be from its clock. Default: 300.")
  Long mockWindowSeconds;

  @Option(names = "--compare", paramLabel = "OTHER",
      description = "Also run the same scenarios against OTHER ('mock' or a second profile) and write"
          + " differences.md and differences.json: each scenario where the two disagree.")
  String compare;

  @Option(names = "--generate", paramLabel = "N", defaultValue = "0",
      description = "After the scenarios, send N edits generated from the spec, each valid or breaking"
          + " known rules, judged by the rules they break (see docs/conformance.md). Default: 0.")
  int generate;

  @Option(names = "--sequences", paramLabel = "M", defaultValue = "0",
      description = "After the generated edits, run M random sequences of edits and read-backs across"
          + " every task, checked against a model of the page. Default: 0.")
  int sequences;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of --generate and --sequences: the same seed, counts and target state give the"
          + " same run. Default: a new one, printed.")
  Long seed;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-report",
      description = "Where the reports go. Default: ${DEFAULT-VALUE} in the current folder.")
  Path reportDir;

  @Option(names = "--tags", paramLabel = "EXPR",
      description = "Cucumber tag expression selecting scenarios, e.g. '@documented and not @area:authentication'.")
  String tags;

  @Option(names = "--rule", paramLabel = "ID",
      description = "Only the scenarios of this rule (e.g. FC-ACW); repeatable.")
  List<String> rules = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out);
    } catch (ConformanceSetupException | ProfileException e) {
      err.println("outboundkit conformance: " + oneLine(e.getMessage()));
      err.flush();
      return CANNOT_RUN;
    }
  }

  private int run(PrintWriter out) {
    if (target.profile != null && (mockSpec != null || !mockRefusalCodes.isEmpty() || mockFailureData != null
        || mockWindowSeconds != null)) {
      throw new ConformanceSetupException("the --mock-* options set up the built-in mock; with --profile the"
          + " target is the profile's server");
    }
    if (generate < 0 || sequences < 0) {
      throw new ConformanceSetupException("--generate and --sequences must be 0 or more");
    }
    String selection = selection();
    SuiteRunner runner = new SuiteRunner(selection);
    int total = runner.count();
    if (total == 0) {
      throw new ConformanceSetupException("no scenario matches " + describeSelection());
    }
    Path directory = reportDir.toAbsolutePath().normalize();
    // the --mock-* options, checked once; the generated run's mock is made from them too
    UnaryOperator<MockServer.Builder> mock = target.profile == null ? mockBuilder() : null;
    Target first = mock != null ? new InProcessMockTarget(mock, mockDescription()) : openProfile(target.profile);
    Target second;
    try {
      second = compare == null ? null
          : MOCK.equals(compare) ? new InProcessMockTarget() : openProfile(Path.of(compare));
    } catch (RuntimeException e) {
      first.close();
      throw e;
    }
    out.println("Conformance suite: " + total + " scenarios against " + first.description());
    out.flush();
    RunReport report = runner.run(first, directory, out, "");
    boolean generating = generate > 0 || sequences > 0;
    if (!generating) {
      report.print(out);
    }
    if (second != null) {
      Path otherDirectory = directory.resolve("compare");
      out.println();
      out.println("Compared with: " + total + " scenarios against " + second.description());
      out.flush();
      RunReport other = runner.run(second, otherDirectory, out, "compare ");
      Differences differences = Differences.of(report.outcomes(), other.outcomes());
      differences.write(directory, report.totals(), other.totals());
      out.println(differences.summary() + ": " + directory.resolve(Differences.MARKDOWN) + " (and "
          + Differences.JSON_FILE + "); the other run's reports: " + otherDirectory);
    }
    out.flush();
    boolean clean = report.count(Outcome.Verdict.FAILED) == 0 && report.count(Outcome.Verdict.BLOCKED) == 0;
    if (generating) {
      clean &= generated(directory, report, out, mock, first);
      // one table per rule: the scenarios' counts and the generated run's side by side
      report.print(out);
    }
    return clean ? PASSED : FAILED;
  }

  /**
   * The generated run, against a target of its own: a fresh mock made with the same --mock-*
   * options, or the profile's server (already checked by the preflight).
   *
   * Its counts go into the scenarios' per-rule table.
   *
   * @param mock the built-in mock's settings, null with --profile
   * @param scenarios the scenarios' target: with --profile, the loaded profile the run reuses
   * @return whether every generated case and sequence passed
   */
  private boolean generated(Path directory, RunReport report, PrintWriter out, UnaryOperator<MockServer.Builder> mock,
      Target scenarios) {
    long runSeed = seed != null ? seed : new SecureRandom().nextLong();
    GeneratedRun.Result result;
    RuleBook book = RuleBook.bundled();
    try (EditTarget editTarget = mock != null ? MockEditTarget.start(mock, mockDescription())
        : HttpEditTarget.of(scenarios, Clock.systemUTC())) {
      out.println();
      out.println("Generated run: " + generate + " cases and " + sequences + " sequences, seed " + runSeed
          + ", against " + editTarget.description());
      out.flush();
      result = GeneratedRun.of(ApiSpec.bundled(), book).run(editTarget, new GeneratedRun.Options(generate, runSeed, sequences));
    }
    result.write(directory);
    report.addGenerated(result, book);
    out.println(result.summary());
    out.println("Generated run's failures: " + directory.resolve(GeneratedRun.FAILURES_FILE) + " (per rule: in "
        + RunReport.SUMMARY_FILE + " with the scenarios); again: --generate " + generate + " --sequences "
        + sequences + " --seed " + runSeed);
    out.flush();
    return result.passed();
  }

  /** @return the profile's target, checked before the first scenario */
  private static Target openProfile(Path profile) {
    ProfileTarget loaded = ProfileTarget.load(profile);
    new Preflight(loaded).check();
    return loaded;
  }

  /** @return the built-in mock's settings from the --mock-* options */
  private UnaryOperator<MockServer.Builder> mockBuilder() {
    Readings readings;
    if (mockSpec != null) {
      try {
        // read here to stop before the run with the option named; each mock made with these settings reads it again
        ApiSpec.load(mockSpec);
      } catch (IllegalArgumentException e) {
        throw new ConformanceSetupException("--mock-spec: " + e.getMessage(), e);
      }
    }
    try {
      readings = Readings.parse(mockRefusalCodes, mockFailureData, "--mock-refusal-code");
    } catch (IllegalArgumentException e) {
      throw new ConformanceSetupException(e.getMessage(), e);
    }
    if (mockWindowSeconds != null && mockWindowSeconds < 0) {
      throw new ConformanceSetupException("--mock-timestamp-window-seconds must be 0 or more");
    }
    Duration window = mockWindowSeconds == null ? MockServer.DEFAULT_TIMESTAMP_WINDOW
        : Duration.ofSeconds(mockWindowSeconds);
    return builder -> (mockSpec == null ? builder : builder.spec(mockSpec)).readings(readings).timestampWindow(window);
  }

  /** @return how the built-in mock differs from its defaults, for reports */
  private String mockDescription() {
    List<String> parts = new ArrayList<>(List.of(InProcessMockTarget.DEFAULT_MOCK));
    if (mockSpec != null) {
      parts.add("spec " + mockSpec);
    }
    mockRefusalCodes.forEach((situation, code) -> parts.add(situation + "=" + code));
    if (mockFailureData != null) {
      parts.add("failure data " + mockFailureData);
    }
    if (mockWindowSeconds != null) {
      parts.add("timestamp window " + mockWindowSeconds + " s");
    }
    return String.join(", ", parts);
  }

  /** @return the tag expression of --tags and --rule, null for every scenario */
  private String selection() {
    List<String> parts = new ArrayList<>();
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new ConformanceSetupException("--tags '" + tags + "' is not a tag expression: " + e.getMessage(), e);
      }
      parts.add("(" + tags + ")");
    }
    if (!rules.isEmpty()) {
      Set<String> known = FeatureFiles.all().stream().flatMap(scenario -> scenario.rules().stream())
          .collect(Collectors.toCollection(TreeSet::new));
      for (String rule : rules) {
        if (!known.contains(rule)) {
          throw new ConformanceSetupException("--rule " + rule + ": no scenario has this rule; the rules are "
              + String.join(", ", known));
        }
      }
      parts.add("(" + rules.stream().map(rule -> RunReport.RULE_TAG + rule).collect(Collectors.joining(" or ")) + ")");
    }
    return parts.isEmpty() ? null : String.join(" and ", parts);
  }

  private String describeSelection() {
    List<String> parts = new ArrayList<>();
    if (tags != null) {
      parts.add("--tags '" + tags + "'");
    }
    rules.forEach(rule -> parts.add("--rule " + rule));
    return String.join(" ", parts);
  }

  private static String oneLine(String message) {
    return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
