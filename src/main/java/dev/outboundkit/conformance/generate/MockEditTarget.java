package dev.outboundkit.conformance.generate;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.conformance.TaskRole;
import dev.outboundkit.mock.ExecTime;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.PhoneGroup;
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
    KeyPair keys = rsaKeyPair();
    String appId = "generated-run";
    MockServer server = configure.apply(MockServer.builder()).tenant(appId, keys.getPublic()).build().start();
    return new MockEditTarget(server, wire(server, server.baseUrl(), appId, keys), true, () -> { });
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
    return new MockEditTarget(server, wire(server, baseUrl, appId, keys), false, Objects.requireNonNull(onReset, "onReset"));
  }

  private static HttpEditTarget wire(MockServer server, String baseUrl, String appId, KeyPair keys) {
    return new HttpEditTarget(baseUrl, appId, new RSASigner(keys.getPrivate()), facts(server.fixtures()),
        Clock.systemUTC(), Duration.ofSeconds(1), "in-process mock at " + baseUrl + " (default fixtures)");
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
    return server.findTask(taskId).map(MockEditTarget::json);
  }

  /** The task in the shape of the not-started edit body, plus taskId, status and the two counts. */
  static JsonObject json(Task task) {
    JsonObject json = new JsonObject();
    json.addProperty("taskId", task.id());
    json.addProperty("status", task.status().name());
    json.addProperty("taskName", task.taskName());
    json.addProperty("taskExecStartDate", task.taskExecStartDate().toString());
    json.addProperty("taskExecEndDate", task.taskExecEndDate().toString());
    JsonArray times = new JsonArray();
    for (ExecTime time : task.taskExecTimes()) {
      JsonObject window = new JsonObject();
      window.addProperty("taskExecTimeStartStr", time.start());
      window.addProperty("taskExecTimeEndStr", time.end());
      times.add(window);
    }
    json.add("taskExecTimes", times);
    json.addProperty("taskDesc", task.taskDesc());
    json.addProperty("skillSetId", task.skillSetId());
    json.addProperty("outboundNumberGroupId", task.outboundNumberGroupId());
    json.addProperty("strategyDisplaySwitch", task.strategyDisplaySwitch());
    json.addProperty("sendNumberStrategy", task.sendNumberStrategy());
    json.addProperty("multiplyPower", task.multiplyPower());
    json.addProperty("abandonmentRate", task.abandonmentRate());
    JsonArray groups = new JsonArray();
    for (PhoneGroup group : task.outboundPhoneGroups()) {
      JsonObject batch = new JsonObject();
      batch.addProperty("name", group.name());
      batch.addProperty("identify", group.identify());
      batch.addProperty("autoOutboundSwitch", group.autoOutboundSwitch());
      batch.addProperty("autoOutboundInterval", group.autoOutboundInterval());
      batch.addProperty("autoOutboundTimes", group.autoOutboundTimes());
      groups.add(batch);
    }
    json.add("outboundPhoneGroups", groups);
    json.addProperty("maxRingingDuration", task.maxRingingDuration());
    json.addProperty("acw", task.acw());
    json.addProperty("customerCount", task.customerCount());
    json.addProperty("agentCount", task.agentCount());
    return json;
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
