package dev.outboundkit.conformance;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.outboundkit.mock.ExecTime;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.PhoneGroup;
import dev.outboundkit.mock.Task;
import dev.outboundkit.mock.TaskStatus;
import dev.outboundkit.rules.ApiSpec;

/**
 * The default target: the project's mock, started in this JVM with a tenant of its own (an
 * RSA-2048 key pair made for the run) and the default fixtures.
 */
final class InProcessMockTarget implements Target {
  private final MockServer server;
  private final String appId;
  private final PrivateKey privateKey;
  private final Map<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
  private final String skillSetId;
  private final String numberGroupId;

  InProcessMockTarget(String runId) {
    KeyPair keys = Keys.tenantPair();
    this.appId = "conformance-" + runId;
    this.privateKey = keys.getPrivate();
    this.server = MockServer.builder()
        .tenant(appId, keys.getPublic())
        .spec(ApiSpec.bundled())
        .build()
        .start();
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
    return "in-process mock at " + server.baseUrl() + " (default fixtures, appId " + appId + ")";
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
    return Optional.of(new TaskInspector() {
      @Override
      public JsonObject task(long id) {
        return server.findTask(id).map(InProcessMockTarget::json).orElse(null);
      }

      @Override
      public String description() {
        return "MockServer.findTask(id), in process";
      }
    });
  }

  @Override
  public void close() {
    server.close();
  }

  /** The task in the shape of the not-started edit body, plus status and the two counts. */
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
}
