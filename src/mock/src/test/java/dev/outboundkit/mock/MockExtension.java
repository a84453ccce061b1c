package dev.outboundkit.mock;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One mock per test class, reset before each test so that no test sees another's edits. Register
 * it as a static field; its server is started before the class's own {@code @BeforeAll} methods
 * run, so they may build clients on it.
 */
final class MockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final Supplier<MockServer> start;
  private MockServer server;

  /** A mock with {@link MockFixture}'s tenant and the default fixtures. */
  MockExtension() {
    this(MockFixture::startMock);
  }

  /** @param start makes and starts the mock, e.g. with the control API on */
  MockExtension(Supplier<MockServer> start) {
    this.start = start;
  }

  MockServer server() {
    return server;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = start.get();
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
