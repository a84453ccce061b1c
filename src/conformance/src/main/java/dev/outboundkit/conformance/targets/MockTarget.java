package dev.outboundkit.conformance.targets;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.google.gson.JsonObject;

import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;

/**
 * The project's mock in this JVM as a {@link Target}, with a tenant of its own: the vendor
 * operations over HTTP like any target, the whole task read from the mock itself
 * ({@link MockServer#findTask}), and a reset to its fixtures. The default target of the scenarios
 * and of the generated run.
 */
public final class MockTarget {
  /** How a mock built with no changes is described in reports. */
  public static final String DEFAULT_MOCK = "default fixtures";

  private MockTarget() {
  }

  /** Starts the mock as built by default. */
  public static Target start() {
    return start(UnaryOperator.identity(), DEFAULT_MOCK);
  }

  /**
   * Starts a mock with a tenant of its own (a fresh appId, the JVM's tenant key), a second tenant
   * (for the tenants' isolation) and the fixtures as {@code configure} leaves them; closing the
   * target stops it.
   *
   * @param configure changes to the mock's builder (a spec of its own, the readings of what the
   *     page leaves open), as the {@code conformance} command's {@code --mock-*} options make them
   * @param what how the mock differs from the default, for reports, e.g. {@code spec copy.yaml}
   */
  public static Target start(UnaryOperator<MockServer.Builder> configure, String what) {
    Objects.requireNonNull(configure, "configure");
    Objects.requireNonNull(what, "what");
    KeyPair keys = Keys.tenantPair();
    String run = UUID.randomUUID().toString().substring(0, 8);
    String appId = "conformance-" + run;
    Tenant second = new Tenant("conformance-second-" + run, Keys.secondTenantPair().getPrivate());
    MockServer server = configure.apply(MockServer.builder()).tenant(appId, keys.getPublic())
        .tenant(second.appId(), Keys.secondTenantPair().getPublic()).build().start();
    return target(server, server.baseUrl(), appId, keys, second, what, () -> { }, server::close);
  }

  /**
   * The mock as the Maven runners set it up from system properties: a spec and a readings file
   * of its own, each optional.
   *
   * @param spec the OpenAPI file it takes its limits from; null for the bundled one
   * @param readings a readings file; null for the mock's own readings
   */
  public static Target start(Path spec, Path readings) {
    List<String> what = new ArrayList<>(List.of(DEFAULT_MOCK));
    if (spec != null) {
      what.add("spec " + spec);
    }
    if (readings != null) {
      what.add("readings " + readings);
    }
    Readings read = readings == null ? null : Readings.load(readings);
    return start(builder -> {
      MockServer.Builder configured = spec == null ? builder : builder.spec(spec);
      return read == null ? configured : configured.readings(read);
    }, String.join(", ", what));
  }

  /**
   * A mock started elsewhere in this JVM, reached at {@code baseUrl} (through a test's proxy, say);
   * the whole task is still read from the mock, and closing the target leaves the mock running.
   *
   * @param keys the key pair of the mock's tenant {@code appId}
   * @param onReset also run on {@link Target#reset()}, e.g. to reset what stands at {@code baseUrl}
   */
  public static Target of(MockServer server, String baseUrl, String appId, KeyPair keys, Runnable onReset) {
    return target(Objects.requireNonNull(server, "server"), baseUrl, appId, keys, null, DEFAULT_MOCK,
        Objects.requireNonNull(onReset, "onReset"), () -> { });
  }

  private static Target target(MockServer server, String baseUrl, String appId, KeyPair keys, Tenant second,
      String what, Runnable onReset, Runnable stop) {
    Wire wire = new Wire(baseUrl);
    return new Target("in-process mock at " + wire.baseUrl() + " (" + what + ", appId " + appId + ")", wire, appId,
        keys.getPrivate(), TargetFacts.of(server.fixtures()), new Inspector(server, appId), second, () -> {
          onReset.run();
          server.reset();
        }, stop);
  }

  /** The whole task of the run's tenant, read from the mock itself. */
  private record Inspector(MockServer server, String appId) implements Target.TaskInspector {
    @Override
    public JsonObject task(long id) {
      return server.findTask(appId, id).map(task -> Target.TaskInspector.fromMockForm(server.toJson(task)))
          .orElse(null);
    }

    @Override
    public String description() {
      return "the mock in this JVM";
    }
  }
}
