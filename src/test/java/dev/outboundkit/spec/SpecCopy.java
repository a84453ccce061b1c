package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.outboundkit.internal.rules.ApiSpec;
import dev.outboundkit.testing.SpecText;

/** A copy of the bundled spec with one change made by text, as a maintainer would make it. */
final class SpecCopy {
  private SpecCopy() {
  }

  static String bundledText() {
    return SpecText.bundled();
  }

  /** @return the bundled text with {@code lines} inserted after the one place {@code anchor} is */
  static String insertAfter(String anchor, String lines) {
    String text = bundledText();
    assertThat(text.indexOf(anchor)).as(anchor).isPositive().isEqualTo(text.lastIndexOf(anchor));
    int at = text.indexOf(anchor) + anchor.length();
    return text.substring(0, at) + lines + text.substring(at);
  }

  static ApiSpec parse(String text) {
    return ApiSpec.parse(text, "spec copy");
  }

  /** @return the spec read back from a file holding {@code text}, as a mock takes it ({@code --spec}) */
  static Path write(String text) {
    try {
      Path file = Files.createTempFile("spec-copy", ".yaml");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
