package dev.outboundkit.conformance.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.outboundkit.conformance.targets.Launcher;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.spec.ApiSpec;

/**
 * A generated conformance run: {@code cases} generated edits, then {@code sequences} stateful
 * sequences, against one target, judged by the rule table and the spec alone. The edits start
 * with the covering arrays (every pair of value classes, {@link CoveringCases}) and the
 * sequences with every sequence of {@link SequenceRunner#BOUND} steps; random ones fill the rest
 * of each budget. A budget smaller than the systematic part is said so in the summary and the
 * reports.
 *
 * <pre>{@code
 * try (Target target = MockTarget.start()) {
 *   GeneratedRun.Result result = GeneratedRun.of(ApiSpec.bundled(), RuleBook.load(Path.of("docs/conformance-rules.md")))
 *       .run(target, new GeneratedRun.Options(2000, 20261201L, 50));
 *   result.write(Path.of("target/conformance/generated"));
 * }
 * }</pre>
 */
public final class GeneratedRun {
  /** Files a run writes into its report folder. */
  public static final String FAILURES_FILE = "generated-failures.md";
  public static final String COUNTS_FILE = "generated-rule-counts.md";
  public static final String COVERAGE_FILE = "generated-coverage.json";

  /**
   * @param cases generated edits to send
   * @param seed the seed: the same seed, counts and target state give the same run
   * @param sequences stateful sequences to run after the cases
   * @param maxFailures the run stops generating after this many failures (each is shrunk, which
   *     costs requests)
   * @param systematic whether the covering arrays and the exhaustive sequences come first (off:
   *     random cases and sequences only, to measure what the systematic part adds)
   */
  public record Options(int cases, long seed, int sequences, int maxFailures, boolean systematic) {
    /** Failures a run collects before it stops, unless told otherwise. */
    public static final int DEFAULT_MAX_FAILURES = 50;

    public Options {
      if (cases < 0 || sequences < 0 || maxFailures < 1) {
        throw new IllegalArgumentException("the numbers of cases and sequences must not be negative,"
            + " and at least one failure must be allowed");
      }
    }

    public Options(int cases, long seed, int sequences, int maxFailures) {
      this(cases, seed, sequences, maxFailures, true);
    }

    public Options(int cases, long seed, int sequences) {
      this(cases, seed, sequences, DEFAULT_MAX_FAILURES);
    }

    /** @return the same budget with random cases and sequences only */
    public Options randomOnly() {
      return new Options(cases, seed, sequences, maxFailures, false);
    }
  }

  /**
   * @return the cases of the covering arrays and the two-rule set, and the exhaustive sequences:
   *     a budget at least this large sends all of them
   */
  public static int[] systematicSize(ApiSpec spec) {
    return new int[] {new CoveringCases(new SpecRules(spec)).plan().size(), SequenceRunner.exhaustiveCount()};
  }

  /**
   * @param requests how many requests the run sent (edits and read-backs, shrinking included)
   */
  public record Result(Options options, String target, int cases, int sequences, int steps, long requests,
      Duration elapsed, List<Failure> failures, RuleCounts counts, Coverage coverage) {

    public boolean passed() {
      return failures.isEmpty();
    }

    /**
     * Writes {@value #FAILURES_FILE}, {@value #COUNTS_FILE} and {@value #COVERAGE_FILE} into the
     * folder, with the Maven command that runs it again (for runs Maven started: the integration tests).
     */
    public void write(Path folder) {
      write(folder, Launcher.detect().maven("GeneratedConformanceIT", List.of("conformance.seed=" + options.seed(),
          "conformance.generate=" + options.cases(), "conformance.sequences=" + options.sequences())));
    }

    /**
     * Writes {@value #FAILURES_FILE}, {@value #COUNTS_FILE} and {@value #COVERAGE_FILE} into the folder.
     *
     * @param rerun the command that runs it again, as the suite was started
     */
    public void write(Path folder, String rerun) {
      try {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(FAILURES_FILE), Reports.failures(this, rerun), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(COUNTS_FILE), Reports.counts(this), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(COVERAGE_FILE), coverage.json(this), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the generated run's report to " + folder + ": " + e.getMessage(), e);
      }
    }

    /** @return one line: counts, failures, time, then what the cases and sequences covered */
    public String summary() {
      return String.format("generated run, seed %d: %d cases, %d sequences (%d steps), %d requests, %d failures, %.1f s,"
          + " against %s", options.seed(), cases, sequences, steps, requests, failures.size(),
          elapsed.toMillis() / 1000.0, target) + (options.systematic() ? "; " + coverage.summary()
          : "; random cases and sequences only (no covering arrays, no exhaustive sequences)");
    }
  }

  private final SpecRules spec;
  private final RuleBook book;
  private final Clock clock;
  /** Built on first use: the same for every run of the spec, whatever the seed. */
  private CoveringCases covering;

  private GeneratedRun(ApiSpec spec, RuleBook book, Clock clock) {
    this.spec = new SpecRules(Objects.requireNonNull(spec, "spec"));
    this.book = Objects.requireNonNull(book, "book");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static GeneratedRun of(ApiSpec spec, RuleBook book) {
    return new GeneratedRun(spec, book, Clock.systemUTC());
  }

  public GeneratedRun clock(Clock value) {
    return new GeneratedRun(spec.spec(), book, value);
  }

  /**
   * Runs against the target, which stays open: the caller opened it and closes it.
   *
   * @param target where the whole task shows ({@link Target#inspector()}), every task is compared
   *     too; where it can reset ({@link Target#reset()}), each sequence replay starts from its fixtures
   */
  public Result run(Target target, Options options) {
    Objects.requireNonNull(options, "options");
    EditTarget edits = new EditTarget(target, clock);
    RuleCounts counts = new RuleCounts();
    long start = clock.millis();
    if (options.systematic() && covering == null) {
      covering = new CoveringCases(spec);
    }
    CaseRunner cases = new CaseRunner(edits, book, spec, counts, options.systematic() ? covering : null);
    List<Failure> failures = new ArrayList<>(cases.run(options.cases(), options.seed(), options.maxFailures()));
    SequenceRunner sequences = new SequenceRunner(edits, book, spec, counts, options.systematic());
    failures.addAll(sequences.run(options.sequences(), options.seed(), options.maxFailures() - failures.size()));
    return new Result(options, edits.description(), options.cases(), options.sequences(), sequences.stepsRun(),
        edits.requests(), Duration.ofMillis(clock.millis() - start), failures, counts,
        cases.coverage(sequences.coverage()));
  }
}
