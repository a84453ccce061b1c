package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dev.outboundkit.conformance.generate.GeneratedRun;
import dev.outboundkit.conformance.generate.RuleBook;
import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.targets.Launcher;
import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.ProfileTarget;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.spec.ApiSpec;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;

/**
 * One conformance run, as the {@code conformance} command asks for it: the scenarios against a
 * target profile or the built-in mock, then, when asked, a comparison with a second target and a
 * generated run. The command line only turns its options into {@link Options}.
 */
public final class Conformance {
  /** Nothing failed, was blocked or went unanswered (scenarios passed, read a silence, or were skipped). */
  public static final int PASSED = 0;
  /** A scenario failed (a rule is broken, or an answer fits no reading of the page), or a generated case or sequence did. */
  public static final int FAILED = 1;
  /** The run could not start: a bad option, a broken profile, a target that cannot be reached. */
  public static final int CANNOT_RUN = 2;
  /** Nothing failed, but a scenario was blocked: the target's state or set-up did not allow it. */
  public static final int BLOCKED = 3;
  /** Nothing failed, but the target did not answer a scenario (a timeout, a broken connection). */
  public static final int ERROR = 4;
  /** The file the built-in mock's readings are written to, in the report folder, for the commands that run it again. */
  public static final String MOCK_READINGS_FILE = "mock-readings.properties";
  /** The value of {@code --compare} that names the built-in mock. */
  public static final String MOCK = "mock";

  private final Options options;
  /** How the built-in mock differs from its defaults, for reports; null when no built-in mock runs. */
  private String mockWhat;

  private Conformance(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** @return options with the command's defaults: every scenario against the built-in mock */
  public static Options.Builder options() {
    return new Options.Builder();
  }

  /**
   * Runs it, printing progress and the per-rule table to {@code out}.
   *
   * @return {@link #PASSED}, {@link #FAILED}, {@link #BLOCKED} or {@link #ERROR}
   * @throws ConformanceSetupException when the run cannot start, naming what to fix
   * @throws dev.outboundkit.conformance.profile.ProfileException when the profile is broken
   */
  public static int run(Options options, PrintWriter out) {
    return new Conformance(options).run(Objects.requireNonNull(out, "out"));
  }

  private int run(PrintWriter out) {
    Options o = options;
    boolean mockCompared = MOCK.equals(o.compare());
    if (o.profile() != null && o.mock().changed() && !mockCompared) {
      throw new ConformanceSetupException("the --mock-* options set up the built-in mock; with --profile the"
          + " target is the profile's server, and they need --compare mock (the mock it is compared with)");
    }
    if (o.generate() < 0 || o.sequences() < 0) {
      throw new ConformanceSetupException("--generate and --sequences must be 0 or more");
    }
    String selection = selection();
    SuiteRunner runner = new SuiteRunner(selection);
    int total = runner.count();
    if (total == 0) {
      throw new ConformanceSetupException("no scenario matches " + describeSelection());
    }
    Path directory = o.reportDir().toAbsolutePath().normalize();
    // the --mock-* options, checked once, set up the one built-in mock the run names: the target
    // (and the generated run's) without --profile, the mock compared with when --profile has
    // --compare mock; without --profile, --compare mock is the mock as built by default
    boolean mockFirst = o.profile() == null;
    boolean mockSetUp = mockFirst || mockCompared;
    Readings readings = mockSetUp ? mockReadings() : null;
    UnaryOperator<MockServer.Builder> mock = mockSetUp ? mockBuilder(readings) : null;
    ConformanceRun.Settings mockSettings = new ConformanceRun.Settings(o.strict(), null,
        readings == null || readings.changed().isEmpty() ? null : writeMockReadings(directory, readings),
        o.mock().spec());
    ConformanceRun.Settings settings = mockFirst ? mockSettings
        : new ConformanceRun.Settings(o.strict(), o.profile(), null, null);
    ConformanceRun.Settings compared = o.compare() == null ? null
        : !mockCompared ? new ConformanceRun.Settings(o.strict(), Path.of(o.compare()), null, null)
        : mockFirst ? new ConformanceRun.Settings(o.strict(), null, null, null) : mockSettings;
    mockWhat = readings == null ? null : mockDescription(readings);
    try (Target first = mockFirst ? MockTarget.start(mock, mockWhat) : openProfile(o.profile());
        Target second = o.compare() == null ? null
            : !mockCompared ? openProfile(Path.of(o.compare()))
            : mockFirst ? MockTarget.start() : MockTarget.start(mock, mockWhat)) {
      return run(runner, total, directory, mockFirst ? mock : null, settings, first, second, compared, out);
    }
  }

  /** The scenarios against the first target (and the second), then the generated run when asked for. */
  private int run(SuiteRunner runner, int total, Path directory, UnaryOperator<MockServer.Builder> mock,
      ConformanceRun.Settings settings, Target first, Target second, ConformanceRun.Settings compared,
      PrintWriter out) {
    Options o = options;
    out.println("Conformance suite: " + total + " scenarios against " + first.description());
    out.flush();
    RunReport report = runner.run(first, settings, directory, out, "");
    if (o.writeReadings() != null) {
      writeReadings(o.writeReadings(), report);
      out.println("Readings (" + report.readings().values().size() + " of " + Readings.Silence.values().length
          + " silences read) written to " + o.writeReadings().toAbsolutePath());
    }
    boolean generating = o.generate() > 0 || o.sequences() > 0;
    if (!generating) {
      report.print(out);
    }
    if (second != null) {
      Path otherDirectory = directory.resolve("compare");
      out.println();
      out.println("Compared with: " + total + " scenarios against " + second.description());
      out.flush();
      RunReport other = runner.run(second, compared, otherDirectory, out, "compare ");
      Differences differences = Differences.of(report.outcomes(), other.outcomes());
      differences.write(directory, report.totals(), other.totals());
      out.println(differences.summary() + ": " + directory.resolve(Differences.MARKDOWN) + " (and "
          + Differences.JSON_FILE + "); the other run's reports: " + otherDirectory);
    }
    out.flush();
    if (generating) {
      generated(directory, report, out, mock, first, new Reruns(Launcher.detect(), settings, directory));
      // one table per rule: the scenarios' counts and the generated run's side by side
      report.print(out);
    }
    int status = report.exitStatus();
    out.println("Exit status " + status + ": " + HandOver.statusWords(status));
    out.flush();
    return status;
  }

  /** Writes the readings the run took, one silence a line, {@code unknown} where it took none. */
  private static void writeReadings(Path file, RunReport report) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, Readings.format(report.readings().values()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the readings to " + file + ": " + e.getMessage(), e);
    }
    report.readingsWrittenTo(file.toAbsolutePath());
  }

  /** Writes the built-in mock's readings into the report folder, for the commands that run it again. */
  private static Path writeMockReadings(Path directory, Readings readings) {
    Path file = directory.resolve(MOCK_READINGS_FILE);
    try {
      Files.createDirectories(directory);
      Files.writeString(file, readings.format(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mock's readings to " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * The generated run: against a fresh mock made with the same --mock-* options, or against the
   * profile's server (already checked by the preflight) through the scenarios' target.
   *
   * Its counts go into the scenarios' per-rule table.
   *
   * @param mock the built-in mock's settings, null with --profile
   * @param scenarios the scenarios' target: with --profile, the loaded profile the run reuses
   * @return whether every generated case and sequence passed
   */
  private boolean generated(Path directory, RunReport report, PrintWriter out, UnaryOperator<MockServer.Builder> mock,
      Target scenarios, Reruns reruns) {
    Options o = options;
    long runSeed = o.seed() != null ? o.seed() : new SecureRandom().nextLong();
    GeneratedRun.Result result;
    RuleBook book = RuleBook.bundled();
    try (Target fresh = mock != null ? MockTarget.start(mock, mockWhat) : null) {
      Target target = fresh != null ? fresh : scenarios;
      out.println();
      out.println("Generated run: " + o.generate() + " cases and " + o.sequences() + " sequences, seed " + runSeed
          + ", against " + target.description());
      out.flush();
      result = GeneratedRun.of(ApiSpec.bundled(), book)
          .run(target, new GeneratedRun.Options(o.generate(), runSeed, o.sequences()));
    }
    String rerun = reruns.generated(result.options());
    result.write(directory, rerun);
    report.addGenerated(result, book);
    out.println(result.summary());
    out.println("Generated run's failures: " + directory.resolve(GeneratedRun.FAILURES_FILE) + " (per rule: in "
        + RunReport.SUMMARY_FILE + " with the scenarios); again: " + rerun);
    out.flush();
    return result.passed();
  }

  /** @return the profile's target, checked before the first scenario */
  private static Target openProfile(Path profile) {
    Target loaded = ProfileTarget.load(profile);
    try {
      new Preflight(loaded, Clock.systemUTC()).check();
    } catch (RuntimeException e) {
      loaded.close();
      throw e;
    }
    return loaded;
  }

  /**
   * @return the built-in mock's readings: the --mock-readings file, then each --mock-reading, then the
   *     older shorthands (--mock-refusal-code, --mock-failure-data, --mock-timestamp-window-seconds)
   */
  private Readings mockReadings() {
    MockOptions m = options.mock();
    Readings readings;
    try {
      readings = m.readings() == null ? Readings.defaults() : Readings.load(m.readings());
      readings = readings.with(m.reading(), "--mock-reading")
          .withShorthands(m.refusalCodes(), m.failureData(), "--mock-refusal-code");
    } catch (IllegalArgumentException e) {
      throw new ConformanceSetupException((m.readings() != null && e.getMessage().startsWith("readings ")
          ? "--mock-readings: " : "") + e.getMessage(), e);
    }
    if (m.windowSeconds() != null) {
      if (m.windowSeconds() < 0) {
        throw new ConformanceSetupException("--mock-timestamp-window-seconds must be 0 or more");
      }
      readings = readings.timestampWindow(Duration.ofSeconds(m.windowSeconds()));
    }
    return readings;
  }

  /** @return the built-in mock's settings from the --mock-* options */
  private UnaryOperator<MockServer.Builder> mockBuilder(Readings readings) {
    MockOptions m = options.mock();
    if (m.spec() != null) {
      try {
        // read here to stop before the run with the option named; each mock made with these settings reads it again
        ApiSpec.load(m.spec());
      } catch (IllegalArgumentException e) {
        throw new ConformanceSetupException("--mock-spec: " + e.getMessage(), e);
      }
    }
    return builder -> (m.spec() == null ? builder : builder.spec(m.spec())).readings(readings);
  }

  /** @return how the built-in mock differs from its defaults, for reports */
  private String mockDescription(Readings readings) {
    MockOptions m = options.mock();
    List<String> parts = new ArrayList<>(List.of(MockTarget.DEFAULT_MOCK));
    if (m.spec() != null) {
      parts.add("spec " + m.spec());
    }
    readings.changed().forEach((silence, value) -> parts.add(silence.key() + "=" + value));
    return String.join(", ", parts);
  }

  /** @return the tag expression of --tags and --rule, null for every scenario */
  private String selection() {
    List<String> parts = new ArrayList<>();
    String tags = options.tags();
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new ConformanceSetupException("--tags '" + tags + "' is not a tag expression: " + e.getMessage(), e);
      }
      parts.add("(" + tags + ")");
    }
    if (!options.rules().isEmpty()) {
      Set<String> known = FeatureFiles.all().stream().flatMap(scenario -> scenario.rules().stream())
          .collect(Collectors.toCollection(TreeSet::new));
      for (String rule : options.rules()) {
        if (!known.contains(rule)) {
          throw new ConformanceSetupException("--rule " + rule + ": no scenario has this rule; the rules are "
              + String.join(", ", known));
        }
      }
      parts.add("(" + options.rules().stream().map(rule -> RunReport.RULE_TAG + rule)
          .collect(Collectors.joining(" or ")) + ")");
    }
    return parts.isEmpty() ? null : String.join(" and ", parts);
  }

  private String describeSelection() {
    List<String> parts = new ArrayList<>();
    if (options.tags() != null) {
      parts.add("--tags '" + options.tags() + "'");
    }
    options.rules().forEach(rule -> parts.add("--rule " + rule));
    return String.join(" ", parts);
  }

  /**
   * How the built-in mock is set up where the page leaves things open.
   *
   * @param spec the OpenAPI file it takes its limits from; null for the bundled one
   * @param refusalCodes situation to code, as {@code --mock-refusal-code} takes them (shorthands)
   * @param failureData the data of its refusals, null for its default (a shorthand)
   * @param windowSeconds its timestamp window, null for its default (a shorthand)
   * @param readings a readings file ({@code --mock-readings}); null for the mock's defaults
   * @param reading single readings, silence to reading ({@code --mock-reading}), over the file's
   */
  public record MockOptions(Path spec, Map<String, String> refusalCodes, String failureData, Long windowSeconds,
      Path readings, Map<String, String> reading) {
    public MockOptions {
      refusalCodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
          Objects.requireNonNull(refusalCodes, "refusalCodes")));
      reading = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(reading, "reading")));
    }

    /** The mock as built by default. */
    public static MockOptions defaults() {
      return new MockOptions(null, Map.of(), null, null, null, Map.of());
    }

    boolean changed() {
      return spec != null || !refusalCodes.isEmpty() || failureData != null || windowSeconds != null
          || readings != null || !reading.isEmpty();
    }
  }

  /**
   * What to run.
   *
   * @param profile the target profile; null for the built-in mock
   * @param mock how the built-in mock is set up
   * @param compare a second target ({@value #MOCK} or a profile file), null for none
   * @param generate generated edits after the scenarios
   * @param sequences generated sequences after the edits
   * @param seed the generated run's seed, null for a new one
   * @param reportDir where the reports go
   * @param tags a Cucumber tag expression selecting scenarios, null for all
   * @param rules only the scenarios of these rules; empty for all
   * @param writeReadings where to write the readings the target takes, null for nowhere
   * @param strict whether a reading that differs from the one the page's text implies fails
   */
  public record Options(Path profile, MockOptions mock, String compare, int generate, int sequences, Long seed,
      Path reportDir, String tags, List<String> rules, Path writeReadings, boolean strict) {
    public Options {
      Objects.requireNonNull(mock, "mock");
      Objects.requireNonNull(reportDir, "reportDir");
      rules = List.copyOf(rules);
    }

    /** Builds {@link Options}; the defaults are the command's. */
    public static final class Builder {
      private Path profile;
      private MockOptions mock = MockOptions.defaults();
      private String compare;
      private int generate;
      private int sequences;
      private Long seed;
      private Path reportDir = Path.of("conformance-report");
      private String tags;
      private List<String> rules = List.of();
      private Path writeReadings;
      private boolean strict;

      private Builder() {
      }

      public Builder writeReadings(Path value) {
        writeReadings = value;
        return this;
      }

      public Builder strict(boolean value) {
        strict = value;
        return this;
      }

      public Builder profile(Path value) {
        profile = value;
        return this;
      }

      public Builder mock(MockOptions value) {
        mock = Objects.requireNonNull(value, "mock");
        return this;
      }

      public Builder compare(String value) {
        compare = value;
        return this;
      }

      public Builder generate(int value) {
        generate = value;
        return this;
      }

      public Builder sequences(int value) {
        sequences = value;
        return this;
      }

      public Builder seed(Long value) {
        seed = value;
        return this;
      }

      public Builder reportDir(Path value) {
        reportDir = Objects.requireNonNull(value, "reportDir");
        return this;
      }

      public Builder tags(String value) {
        tags = value;
        return this;
      }

      public Builder rules(List<String> value) {
        rules = List.copyOf(value);
        return this;
      }

      public Options build() {
        return new Options(profile, mock, compare, generate, sequences, seed, reportDir, tags, rules, writeReadings,
            strict);
      }
    }
  }
}
