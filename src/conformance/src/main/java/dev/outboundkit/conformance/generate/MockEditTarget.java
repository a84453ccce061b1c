package dev.outboundkit.conformance.generate;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.google.gson.JsonObject;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.conformance.InProcessMockTarget;
import dev.outboundkit.conformance.TaskRole;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Task;

/**
 * {@link EditTarget} for a {@link MockServer} in this JVM: the vendor operations over HTTP like
 * any target, plus the whole task read with {@link MockServer#findTask(long)}.
 *
 * <p>{@code baseUrl} may name something in front of the mock (a proxy of a test); the whole
 * task is still read from the mock.
 */
public final class MockEditTarget implements EditTarget {
  private final MockServer server;
  private final HttpEditTarget wire;
  private final boolean ownsServer;
  private final Runnable onReset;

  private MockEditTarget(MockServer server, HttpEditTarget wire, boolean ownsServer, Runnable onReset) {
    this.server = server;
    this.wire = wire;
    this.ownsServer = ownsServer;
    this.onReset = onReset;
  }

  /**
   * Starts a mock with the default fixtures and a tenant of its own (an RSA-2048 key pair made
   * here); closing the target stops it.
   */
  public static MockEditTarget start() {
    return start(UnaryOperator.identity());
  }

  /**
   * As {@link #start()}, with changes to the mock's builder (a spec of its own, the readings of
   * what the page leaves open), as the {@code conformance} command's {@code --mock-*} options make.
   */
  public static MockEditTarget start(UnaryOperator<MockServer.Builder> configure) {
    return start(configure, InProcessMockTarget.DEFAULT_MOCK);
  }

  /**
   * As {@link #start(UnaryOperator)}.
   *
   * @param what how the changes make the mock differ, for reports, e.g. {@code spec copy.yaml}
   */
  public static MockEditTarget start(UnaryOperator<MockServer.Builder> configure, String what) {
    KeyPair keys = rsaKeyPair();
    String appId = "generated-run";
    MockServer server = configure.apply(MockServer.builder()).tenant(appId, keys.getPublic()).build().start();
    return new MockEditTarget(server, wire(server, server.baseUrl(), appId, keys, what), true, () -> { });
  }

  /**
   * A target for a mock started elsewhere, reached at {@code baseUrl}; closing it leaves the
   * mock running.
   *
   * @param keys the key pair of the mock's tenant {@code appId}
   * @param onReset also run on {@link #reset()}, e.g. to reset what stands at {@code baseUrl}
   */
  public static MockEditTarget of(MockServer server, String baseUrl, String appId, KeyPair keys, Runnable onReset) {
    Objects.requireNonNull(server, "server");
    return new MockEditTarget(server, wire(server, baseUrl, appId, keys, InProcessMockTarget.DEFAULT_MOCK), false,
        Objects.requireNonNull(onReset, "onReset"));
  }

  private static HttpEditTarget wire(MockServer server, String baseUrl, String appId, KeyPair keys, String what) {
    return new HttpEditTarget(baseUrl, appId, new RSASigner(keys.getPrivate()), facts(server.fixtures()),
        Clock.systemUTC(), Duration.ofSeconds(1), "in-process mock at " + baseUrl + " (" + what + ")");
  }

  /** @return an RSA-2048 key pair for a tenant of a mock */
  public static KeyPair rsaKeyPair() {
    return RSAKeyPairs.generate();
  }


  /** The roles played by the fixtures' tasks: the first of each status, and an id none has. */
  static TargetFacts facts(Fixtures fixtures) {
    return new TargetFacts(TaskRole.taskIds(fixtures), fixtures.skillSetIds().get(0),
        fixtures.outboundNumberGroupIds().get(0));
  }

  @Override
  public String description() {
    return wire.description();
  }

  @Override
  public TargetFacts facts() {
    return wire.facts();
  }

  @Override
  public Reply edit(String body) {
    return wire.edit(body);
  }

  @Override
  public Reply readBack(long taskId) {
    return wire.readBack(taskId);
  }

  @Override
  public boolean offersWholeTask() {
    return true;
  }

  @Override
  public Optional<JsonObject> wholeTask(long taskId) {
    return server.findTask(taskId).map(task -> suiteForm(server.toJson(task)));
  }

  /**
   * The mock's JSON form of a task ({@link MockServer#toJson}, the control API's) as the suite
   * reads it: {@code id} named {@code taskId}, as in the edit body, and first; every other member
   * as the mock wrote it, an unset field as JSON null.
   */
  public static JsonObject suiteForm(JsonObject mockForm) {
    JsonObject task = new JsonObject();
    task.add("taskId", mockForm.get("id"));
    mockForm.entrySet().stream().filter(member -> !member.getKey().equals("id"))
        .forEach(member -> task.add(member.getKey(), member.getValue()));
    return task;
  }

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
