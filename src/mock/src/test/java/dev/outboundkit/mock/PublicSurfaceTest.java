package dev.outboundkit.mock;

import dev.outboundkit.testing.PublicSurfaceCheck;

/** The public surface of outboundkit-mock is its list in {@code docs/java-api.md}, and leaks no internal type. */
class PublicSurfaceTest extends PublicSurfaceCheck {
  PublicSurfaceTest() {
    super("outboundkit-mock", MockServer.class);
  }
}
