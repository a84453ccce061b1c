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
 * sequences, against one target, judged by the rule table and the spec alone.
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

  /**
   * @param cases generated edits to send
   * @param seed the seed: the same seed, counts and target state give the same run
   * @param sequences stateful sequences to run after the cases
   * @param maxFailures the run stops generating after this many failures (each is shrunk, which
   *     costs requests)
   */
  public record Options(int cases, long seed, int sequences, int maxFailures) {
    /** Failures a run collects before it stops, unless told otherwise. */
    public static final int DEFAULT_MAX_FAILURES = 50;

    public Options {
      if (cases < 0 || sequences < 0 || maxFailures < 1) {
        throw new IllegalArgumentException("the numbers of cases and sequences must not be negative,"
            + " and at least one failure must be allowed");
      }
    }

    public Options(int cases, long seed, int sequences) {
      this(cases, seed, sequences, DEFAULT_MAX_FAILURES);
    }
  }

  /**
   * @param requests how many requests the run sent (edits and read-backs, shrinking included)
   */
  public record Result(Options options, String target, int cases, int sequences, int steps, long requests,
      Duration elapsed, List<Failure> failures, RuleCounts counts) {

    public boolean passed() {
      return failures.isEmpty();
    }

    /**
     * Writes {@value #FAILURES_FILE} and {@value #COUNTS_FILE} into the folder, with the Maven command
     * that runs it again (for runs Maven started: the integration tests).
     */
    public void write(Path folder) {
      write(folder, Launcher.detect().maven("GeneratedConformanceIT", List.of("conformance.seed=" + options.seed(),
          "conformance.generate=" + options.cases(), "conformance.sequences=" + options.sequences())));
    }

    /**
     * Writes {@value #FAILURES_FILE} and {@value #COUNTS_FILE} into the folder.
     *
     * @param rerun the command that runs it again, as the suite was started
     */
    public void write(Path folder, String rerun) {
      try {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(FAILURES_FILE), Reports.failures(this, rerun), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(COUNTS_FILE), Reports.counts(this), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the generated run's report to " + folder + ": " + e.getMessage(), e);
      }
    }

    /** @return one line: counts, failures, time */
    public String summary() {
      return String.format("generated run, seed %d: %d cases, %d sequences (%d steps), %d requests, %d failures, %.1f s,"
          + " against %s", options.seed(), cases, sequences, steps, requests, failures.size(),
          elapsed.toMillis() / 1000.0, target);
    }
  }

  private final SpecRules spec;
  private final RuleBook book;
  private final Clock clock;

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
    List<Failure> failures = new ArrayList<>(
        new CaseRunner(edits, book, spec, counts).run(options.cases(), options.seed(), options.maxFailures()));
    SequenceRunner sequences = new SequenceRunner(edits, book, spec, counts);
    failures.addAll(sequences.run(options.sequences(), options.seed(), options.maxFailures() - failures.size()));
    return new Result(options, edits.description(), options.cases(), options.sequences(), sequences.stepsRun(),
        edits.requests(), Duration.ofMillis(clock.millis() - start), failures, counts);
  }
}
