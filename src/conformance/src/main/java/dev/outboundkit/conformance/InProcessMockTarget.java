package dev.outboundkit.conformance;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;

/**
 * The default target: the project's mock, started in this JVM with a tenant of its own (an
 * RSA-2048 key pair made for the JVM), the default fixtures and its control API, through which
 * the suite sees the whole task.
 */
public final class InProcessMockTarget implements Target {
  /** How a mock built with no changes is described in reports. */
  public static final String DEFAULT_MOCK = "default fixtures";

  private final MockServer server;
  private final String appId;
  private final PrivateKey privateKey;
  private final Map<TaskRole, Long> ids;
  private final String skillSetId;
  private final String numberGroupId;
  private final String what;
  private final Target.TaskInspector inspector;

  /** The mock as built by default. */
  public InProcessMockTarget() {
    this(UnaryOperator.identity(), DEFAULT_MOCK);
  }

  /**
   * @param configure changes to the mock's builder (a spec of its own, the readings of what the
   *     page leaves open); tenant and control API are set here
   * @param what how the mock differs from the default, for reports
   */
  public InProcessMockTarget(UnaryOperator<MockServer.Builder> configure, String what) {
    KeyPair keys = Keys.tenantPair();
    this.appId = "conformance-" + UUID.randomUUID().toString().substring(0, 8);
    this.privateKey = keys.getPrivate();
    this.what = what;
    this.server = configure.apply(MockServer.builder())
        .tenant(appId, keys.getPublic())
        .controlApi(true)
        .build()
        .start();
    this.inspector = new ControlApiInspector(server.baseUrl() + MockServer.CONTROL_PREFIX);
    Fixtures fixtures = server.fixtures();
    this.ids = TaskRole.taskIds(fixtures);
    this.skillSetId = fixtures.skillSetIds().get(0);
    this.numberGroupId = fixtures.outboundNumberGroupIds().get(0);
  }

  @Override
  public String description() {
    return "in-process mock at " + server.baseUrl() + " (" + what + ", appId " + appId + ")";
  }

  @Override
  public String baseUrl() {
    return server.baseUrl();
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
  public String skillSetId() {
    return skillSetId;
  }

  @Override
  public String outboundNumberGroupId() {
    return numberGroupId;
  }

  @Override
  public long taskId(TaskRole role) {
    return ids.get(role);
  }

  @Override
  public Optional<TaskInspector> inspector() {
    return Optional.of(inspector);
  }

  @Override
  public void close() {
    server.close();
  }
}
