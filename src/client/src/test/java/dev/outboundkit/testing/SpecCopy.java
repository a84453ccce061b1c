package dev.outboundkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.outboundkit.spec.ApiSpec;

/** A copy of the bundled spec with one change made by text, as a maintainer would make it. */
public final class SpecCopy {
  private SpecCopy() {
  }

  public static String bundledText() {
    return SpecText.bundled();
  }

  /** @return the bundled text with {@code lines} inserted after the one place {@code anchor} is */
  public static String insertAfter(String anchor, String lines) {
    String text = bundledText();
    assertThat(text.indexOf(anchor)).as(anchor).isPositive().isEqualTo(text.lastIndexOf(anchor));
    int at = text.indexOf(anchor) + anchor.length();
    return text.substring(0, at) + lines + text.substring(at);
  }

  public static ApiSpec parse(String text) {
    return ApiSpec.parse(text, "spec copy");
  }

  /** @return the spec read back from a file holding {@code text}, as a mock takes it ({@code --spec}) */
  public static Path write(String text) {
    try {
      Path file = Files.createTempFile("spec-copy", ".yaml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The optional property {@link #withRetryLimit()} adds to NotStartedTaskEdit. */
  public static final String RETRY_LIMIT = "retryLimit";
  private static final String RETRY_LIMIT_ANCHOR = "          example: 10\n      x-conditional-required:";

  /**
   * @return the bundled text with an optional int32 {@value #RETRY_LIMIT} of 1 to 10 after acw,
   *     the last property of NotStartedTaskEdit: what a maintainer adding a field would write
   */
  public static String withRetryLimit() {
    String text = bundledText();
    assertThat(text.indexOf(RETRY_LIMIT_ANCHOR)).isPositive().isEqualTo(text.lastIndexOf(RETRY_LIMIT_ANCHOR));
    return text.replace(RETRY_LIMIT_ANCHOR, "          example: 10\n"
        + "        " + RETRY_LIMIT + ":\n"
        + "          type: integer\n"
        + "          format: int32\n"
        + "          minimum: 1\n"
        + "          maximum: 10\n"
        + "          description: added by a test\n"
        + "      x-conditional-required:");
  }
}
