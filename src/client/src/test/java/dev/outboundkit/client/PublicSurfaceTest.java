package dev.outboundkit.client;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.outboundkit.testing.PublicSurface;

/** The public surface of outboundkit is the list in {@code docs/java-api.md}, and leaks no internal type. */
class PublicSurfaceTest {
  private final PublicSurface surface = new PublicSurface("outboundkit", OutboundClient.class);

  @Test
  void everyPublicTypeIsListedAndEveryListedTypeIsPublic() throws IOException {
    surface.everyPublicTypeIsListedAndEveryListedTypeIsPublic();
  }

  @Test
  void noPublicSignatureNamesAnInternalType() throws IOException {
    surface.noPublicSignatureNamesAnInternalType();
  }
}
