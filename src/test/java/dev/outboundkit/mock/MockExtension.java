package dev.outboundkit.mock;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One mock per test class, with {@link MockFixture}'s tenant and the default fixtures, reset
 * before each test so that no test sees another's edits. Register it as a static field.
 */
final class MockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private MockServer server;

  MockServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = MockFixture.startMock();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }
}
