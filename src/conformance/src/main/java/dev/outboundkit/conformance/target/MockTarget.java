package dev.outboundkit.conformance.target;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.google.gson.JsonObject;

import dev.outboundkit.mock.MockServer;

/**
 * The project's mock in this JVM, with a tenant of its own: the vendor operations over HTTP like
 * any target, the whole task read from the mock itself ({@link MockServer#findTask}), and a reset
 * to its fixtures. The default target of the scenarios and of the generated run.
 *
 * <p>{@link #of} reaches the mock through something in front of it (a test's proxy); the whole
 * task is still read from the mock.
 */
public final class MockTarget implements Target {
  /** How a mock built with no changes is described in reports. */
  public static final String DEFAULT_MOCK = "default fixtures";

  private final MockServer server;
  private final boolean ownsServer;
  private final String appId;
  private final PrivateKey privateKey;
  private final TargetFacts facts;
  private final Wire wire;
  private final String description;
  private final Runnable onReset;
  private final TaskInspector inspector = new TaskInspector() {
    @Override
    public JsonObject task(long id) {
      return server.findTask(id).map(task -> TaskInspector.fromMockForm(server.toJson(task))).orElse(null);
    }

    @Override
    public String description() {
      return "the mock in this JVM";
    }
  };

  private MockTarget(MockServer server, boolean ownsServer, String baseUrl, String appId, PrivateKey privateKey,
      String what, Runnable onReset) {
    this.server = server;
    this.ownsServer = ownsServer;
    this.appId = appId;
    this.privateKey = privateKey;
    this.facts = TargetFacts.of(server.fixtures());
    this.wire = new Wire(baseUrl);
    this.description = "in-process mock at " + wire.baseUrl() + " (" + what + ", appId " + appId + ")";
    this.onReset = onReset;
  }

  /** Starts the mock as built by default. */
  public static MockTarget start() {
    return start(UnaryOperator.identity(), DEFAULT_MOCK);
  }

  /**
   * Starts a mock with a tenant of its own (a fresh appId, the JVM's tenant key) and the fixtures
   * as {@code configure} leaves them; closing the target stops it.
   *
   * @param configure changes to the mock's builder (a spec of its own, the readings of what the
   *     page leaves open), as the {@code conformance} command's {@code --mock-*} options make them
   * @param what how the mock differs from the default, for reports, e.g. {@code spec copy.yaml}
   */
  public static MockTarget start(UnaryOperator<MockServer.Builder> configure, String what) {
    Objects.requireNonNull(configure, "configure");
    KeyPair keys = Keys.tenantPair();
    String appId = "conformance-" + UUID.randomUUID().toString().substring(0, 8);
    MockServer server = configure.apply(MockServer.builder()).tenant(appId, keys.getPublic()).build().start();
    return new MockTarget(server, true, server.baseUrl(), appId, keys.getPrivate(), Objects.requireNonNull(what, "what"),
        () -> { });
  }

  /**
   * A mock started elsewhere in this JVM, reached at {@code baseUrl}; closing the target leaves the
   * mock running.
   *
   * @param keys the key pair of the mock's tenant {@code appId}
   * @param onReset also run on {@link #reset()}, e.g. to reset what stands at {@code baseUrl}
   */
  public static MockTarget of(MockServer server, String baseUrl, String appId, KeyPair keys, Runnable onReset) {
    return new MockTarget(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(baseUrl, "baseUrl"),
        Objects.requireNonNull(appId, "appId"), keys.getPrivate(), DEFAULT_MOCK, Objects.requireNonNull(onReset, "onReset"));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String baseUrl() {
    return wire.baseUrl();
  }

  @Override
  public String appId() {
    return appId;
  }

  @Override
  public PrivateKey privateKey() {
    return privateKey;
  }

  @Override
  public TargetFacts facts() {
    return facts;
  }

  @Override
  public Wire wire() {
    return wire;
  }

  @Override
  public Optional<TaskInspector> inspector() {
    return Optional.of(inspector);
  }

  /** Back to the fixtures (and whatever {@code onReset} resets). */
  @Override
  public boolean reset() {
    onReset.run();
    server.reset();
    return true;
  }

  @Override
  public void close() {
    wire.close();
    if (ownsServer) {
      server.close();
    }
  }
}
