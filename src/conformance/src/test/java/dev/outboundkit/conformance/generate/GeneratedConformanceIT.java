package dev.outboundkit.conformance.generate;

import dev.outboundkit.testing.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.ProfileTarget;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.spec.ApiSpec;

/**
 * The generated run as a Maven runner: against the in-process mock by default (the CI seed,
 * part of {@code mvn -B verify}), or against the server a target profile names.
 *
 * <pre>
 * -Dit.test=GeneratedConformanceIT [-Dconformance.generate=N] [-Dconformance.seed=S]
 *     [-Dconformance.sequences=M] [-Dconformance.maxFailures=F] [-Dconformance.profile=FILE]
 *     [-Dconformance.mockReadings=FILE] [-Dconformance.mockSpec=FILE]
 * </pre>
 *
 * (the whole command: docs/conformance.md). Report: {@code target/conformance/generated/} (mock) or
 * {@code target/conformance/generated-profile/}.
 */
class GeneratedConformanceIT {
  /** The CI seed and counts against the in-process mock: the covering arrays and the exhaustive sequences, then 2,000 random cases and 50 random sequences. */
  static final long CI_SEED = 20261201L;
  private static final int[] SYSTEMATIC = GeneratedRun.systematicSize(ApiSpec.bundled());
  static final int CI_CASES = SYSTEMATIC[0] + 2000;
  static final int CI_SEQUENCES = SYSTEMATIC[1] + 50;
  /** Against a sandbox every request is real: small counts unless asked for more. */
  static final int PROFILE_CASES = 100;
  static final int PROFILE_SEQUENCES = 5;
  static final Path RULES = RepoFiles.path("docs", "conformance-rules.md");

  @Test
  void generatedCasesAndSequencesKeepThePage() {
    String profile = System.getProperty("conformance.profile", "");
    boolean sandbox = !profile.isBlank();
    GeneratedRun.Options options = new GeneratedRun.Options(
        Integer.getInteger("conformance.generate", sandbox ? PROFILE_CASES : CI_CASES),
        Long.getLong("conformance.seed", CI_SEED),
        Integer.getInteger("conformance.sequences", sandbox ? PROFILE_SEQUENCES : CI_SEQUENCES),
        Integer.getInteger("conformance.maxFailures", GeneratedRun.Options.DEFAULT_MAX_FAILURES));
    Path report = Path.of("target", "conformance", sandbox ? "generated-profile" : "generated");
    GeneratedRun run = GeneratedRun.of(ApiSpec.bundled(), RuleBook.load(RULES));
    try (Target target = sandbox ? ProfileTarget.load(Path.of(profile))
        : MockTarget.start(file("conformance.mockSpec"), file("conformance.mockReadings"))) {
      GeneratedRun.Result result = run.run(target, options);
      result.write(report);
      System.out.println(result.summary() + "; report: " + report.toAbsolutePath());
      assertThat(result.cases()).isEqualTo(options.cases());
      if (!sandbox) {
        assertThat(result.coverage().pairs().complete()).as("pairs covered: %s", result.coverage().pairs()).isTrue();
        assertThat(result.coverage().sequences().complete()).as(result.coverage().summary()).isTrue();
      }
      assertThat(result.failures())
          .as("generated failures (%s), first: %s", report.resolve(GeneratedRun.FAILURES_FILE),
              result.failures().isEmpty() ? "" : result.failures().get(0))
          .isEmpty();
    }
  }

  /** @return the file a system property names, null when it is not set (as MockConformanceIT reads them) */
  private static Path file(String property) {
    String value = System.getProperty(property, "");
    return value.isBlank() ? null : Path.of(value.strip()).toAbsolutePath();
  }
}
