package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outboundkit.spec.SpecCompatibilityGuard.SemVer;
import dev.outboundkit.testing.RepoFiles;
import dev.outboundkit.spec.SpecCompatibilityGuard.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breaking-change guard: {@code api/openapi.yaml} against the newest spec under
 * {@code api/released/}. Runs in plain {@code mvn verify}; needs nothing but Maven Central.
 */
class SpecCompatibilityTest {

  private static final Path SPEC = RepoFiles.path("api", "openapi.yaml");
  private static final Path RELEASED = RepoFiles.path("api", "released");

  /** acw's block in NotStartedTaskEdit, up to and including its maximum. */
  private static final Pattern ACW_MAXIMUM =
      Pattern.compile("(\\n        acw:\\n(?:          [^\\n]*\\n)*?          maximum: )(\\d+)");
  private static final Pattern INFO_VERSION = Pattern.compile("(?m)^(  version: )(\\S+)$");

  @TempDir
  Path tmp;

  @Test
  void theSpecIsCompatibleWithTheNewestReleaseOrRaisedItsMajorVersion() {
    Verdict verdict = SpecCompatibilityGuard.enforce(SPEC, RELEASED);
    assertThat(verdict.released()).as("a released spec under %s", RELEASED).isNotNull();
  }

  @Test
  void theFirstReleaseIsKeptAs100() {
    assertThat(RELEASED.resolve("openapi-1.0.0.yaml")).exists();
    assertThat(SpecCompatibilityGuard.newestRelease(RELEASED)).isPresent();
  }

  @Test
  void narrowingAcwWithoutANewMajorVersionIsRefusedAndNamed() throws IOException {
    SemVer released = SpecCompatibilityGuard.version(SpecCompatibilityGuard.newestRelease(RELEASED).orElseThrow());
    // A MINOR raise is not enough for a breaking change.
    String sameMajor = released.major() + "." + (released.minor() + 1) + ".0";
    Path spec = variant(sameMajor, 120);

    Verdict verdict = SpecCompatibilityGuard.check(spec, RELEASED);

    assertThat(verdict.allowed()).as(verdict.message()).isFalse();
    assertThat(verdict.breaks()).anySatisfy(line -> assertThat(line)
        .contains("POST /speech/openapi/v1/task/outbound/edit")
        .contains("NotStartedTaskEdit.acw")
        .contains("maximum lowered from 180 to 120"));
    assertThat(verdict.message())
        .contains("acw")
        .contains("info.version is " + sameMajor)
        .contains((released.major() + 1) + ".0.0");
    assertThatThrownBy(() -> SpecCompatibilityGuard.enforce(spec, RELEASED))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("maximum lowered from 180 to 120");
  }

  @Test
  void narrowingAcwWithANewMajorVersionPasses() throws IOException {
    SemVer released = SpecCompatibilityGuard.version(SpecCompatibilityGuard.newestRelease(RELEASED).orElseThrow());
    Path spec = variant((released.major() + 1) + ".0.0", 120);

    Verdict verdict = SpecCompatibilityGuard.enforce(spec, RELEASED);

    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.breaks()).as("the break is still reported").isNotEmpty();
    assertThat(verdict.message()).contains("raised the MAJOR version");
  }

  @Test
  void wideningARequestLimitNeedsNoNewMajorVersion() throws IOException {
    SemVer released = SpecCompatibilityGuard.version(SpecCompatibilityGuard.newestRelease(RELEASED).orElseThrow());
    Path spec = variant(released.major() + "." + (released.minor() + 1) + ".0", 300);

    Verdict verdict = SpecCompatibilityGuard.enforce(spec, RELEASED);

    assertThat(verdict.breaks()).isEmpty();
  }

  @Test
  void aVersionBelowTheNewestReleaseIsRefused() throws IOException {
    Path spec = variant("0.9.0", null);

    Verdict verdict = SpecCompatibilityGuard.check(spec, RELEASED);

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.message()).contains("lower than the newest release");
  }

  @Test
  void semanticVersionsCompareAsSemverSays() {
    assertThat(SemVer.parse("2.0.0")).isGreaterThan(SemVer.parse("1.99.99"));
    assertThat(SemVer.parse("1.10.0")).isGreaterThan(SemVer.parse("1.9.0"));
    assertThat(SemVer.parse("2.0.0-rc.1")).isLessThan(SemVer.parse("2.0.0"));
    assertThat(SemVer.parse("1.0.0+build.5")).isEqualByComparingTo(SemVer.parse("1.0.0"));
    assertThatThrownBy(() -> SemVer.parse("1.0")).isInstanceOf(IllegalArgumentException.class);
  }

  /** A temp copy of the spec with {@code info.version} and, unless null, acw's maximum replaced. */
  private Path variant(String version, Integer acwMaximum) throws IOException {
    String text = Files.readString(SPEC, StandardCharsets.UTF_8);
    text = replaceOnce(INFO_VERSION, text, "$1" + version);
    if (acwMaximum != null) {
      text = replaceOnce(ACW_MAXIMUM, text, "$1" + acwMaximum);
    }
    Path copy = tmp.resolve("openapi-candidate.yaml");
    Files.writeString(copy, text, StandardCharsets.UTF_8);
    return copy;
  }

  private static String replaceOnce(Pattern pattern, String text, String replacement) {
    assertThat(pattern.matcher(text).results().count()).as("matches of %s in api/openapi.yaml", pattern).isEqualTo(1);
    return pattern.matcher(text).replaceFirst(replacement);
  }
}
