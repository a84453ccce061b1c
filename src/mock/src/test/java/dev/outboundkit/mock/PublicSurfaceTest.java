package dev.outboundkit.mock;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.outboundkit.testing.PublicSurface;

/** The public surface of outboundkit-mock is the list in {@code docs/java-api.md}, and leaks no internal type. */
class PublicSurfaceTest {
  private final PublicSurface surface = new PublicSurface("outboundkit-mock", MockServer.class);

  @Test
  void everyPublicTypeIsListedAndEveryListedTypeIsPublic() throws IOException {
    surface.everyPublicTypeIsListedAndEveryListedTypeIsPublic();
  }

  @Test
  void noPublicSignatureNamesAnInternalType() throws IOException {
    surface.noPublicSignatureNamesAnInternalType();
  }
}
