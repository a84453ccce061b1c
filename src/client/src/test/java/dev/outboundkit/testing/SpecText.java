package dev.outboundkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.outboundkit.spec.ApiSpec;

/** The bundled spec's text, for tests that change a rule in a copy. */
public final class SpecText {
  private SpecText() {
  }

  public static String bundled() {
    try (InputStream in = ApiSpec.class.getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
