package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.outboundkit.rules.ApiSpec;

/** A copy of the bundled spec with one change made by text, as a maintainer would make it. */
final class SpecCopy {
  private SpecCopy() {
  }

  static String bundledText() {
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
