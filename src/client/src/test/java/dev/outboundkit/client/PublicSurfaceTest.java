package dev.outboundkit.client;

import dev.outboundkit.testing.PublicSurfaceCheck;

/** The public surface of outboundkit is its list in {@code docs/java-api.md}, and leaks no internal type. */
class PublicSurfaceTest extends PublicSurfaceCheck {
  PublicSurfaceTest() {
    super("outboundkit", OutboundClient.class);
  }
}
