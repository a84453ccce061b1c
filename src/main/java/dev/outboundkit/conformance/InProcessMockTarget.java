package dev.outboundkit.conformance;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Task;
import dev.outboundkit.mock.TaskStatus;

/**
 * The default target: the project's mock, started in this JVM with a tenant of its own (an
 * RSA-2048 key pair made for the JVM), the default fixtures and its control API, through which
 * the suite sees the whole task.
 */
public final class InProcessMockTarget implements Target {
  private final MockServer server;
  private final String appId;
  private final PrivateKey privateKey;
  private final Map<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
  private final String skillSetId;
  private final String numberGroupId;
  private final String what;
  private final Target.TaskInspector inspector;

  /** The mock as built by default. */
  public InProcessMockTarget() {
    this(UnaryOperator.identity(), "default fixtures");
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
    List<Task> notStarted = fixtures.tasks(TaskStatus.NOT_STARTED);
    ids.put(TaskRole.NOT_STARTED, first(notStarted, 0, "two not-started tasks"));
    ids.put(TaskRole.NOT_STARTED_2, first(notStarted, 1, "two not-started tasks"));
    ids.put(TaskRole.IN_PROGRESS, first(fixtures.tasks(TaskStatus.IN_PROGRESS), 0, "an in-progress task"));
    ids.put(TaskRole.PAUSED, first(fixtures.tasks(TaskStatus.PAUSED), 0, "a paused task"));
    ids.put(TaskRole.COMPLETED, first(fixtures.tasks(TaskStatus.COMPLETED), 0, "a completed task"));
    long highest = fixtures.tasks().stream().mapToLong(Task::id).max().orElse(0);
    ids.put(TaskRole.MISSING, highest + 9_000_000L);
    this.skillSetId = fixtures.skillSetIds().get(0);
    this.numberGroupId = fixtures.outboundNumberGroupIds().get(0);
  }

  private static long first(List<Task> tasks, int index, String needed) {
    if (tasks.size() <= index) {
      throw new IllegalStateException("the mock's default fixtures must hold " + needed);
    }
    return tasks.get(index).id();
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
