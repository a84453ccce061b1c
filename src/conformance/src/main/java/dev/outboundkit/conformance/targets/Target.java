package dev.outboundkit.conformance.targets;

import java.security.PrivateKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * A server a conformance run (the scenarios, the generated run) talks to, and what it may use
 * there: made by {@link MockTarget} (the mock in this JVM) or {@link ProfileTarget} (any server a
 * profile describes). The two vendor operations are used to talk to it, through its one
 * {@link #wire()}; {@link #inspector()} is present only when the target shows whole tasks (the
 * mock in this JVM, a control API a profile names).
 */
public final class Target implements AutoCloseable {
  private final String description;
  private final Wire wire;
  private final String appId;
  private final PrivateKey privateKey;
  private final TargetFacts facts;
  private final Optional<TaskInspector> inspector;
  private final Optional<Tenant> secondTenant;
  private final Runnable reset;
  private final Runnable stop;

  /**
   * @param secondTenant another tenant of the same server; null when there is none to use
   * @param reset puts the target back to its starting state; null where it cannot
   * @param stop stops what the target started, after the wire is closed
   */
  Target(String description, Wire wire, String appId, PrivateKey privateKey, TargetFacts facts,
      TaskInspector inspector, Tenant secondTenant, Runnable reset, Runnable stop) {
    this.description = Objects.requireNonNull(description, "description");
    this.wire = Objects.requireNonNull(wire, "wire");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.inspector = Optional.ofNullable(inspector);
    this.secondTenant = Optional.ofNullable(secondTenant);
    this.reset = reset;
    this.stop = Objects.requireNonNull(stop, "stop");
  }

  /** @return one line naming the target, for logs and reports (never key material) */
  public String description() {
    return description;
  }

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  public String baseUrl() {
    return wire.baseUrl();
  }

  public String appId() {
    return appId;
  }

  /** @return the tenant's private key, which signs every request */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** @return the tasks and references a run may use there */
  public TargetFacts facts() {
    return facts;
  }

  /** @return a skill set (技能组id) that exists on the target */
  public String skillSetId() {
    return facts.skillSetId();
  }

  /** @return an outbound number group (外呼号码组id) that exists on the target */
  public String outboundNumberGroupId() {
    return facts.outboundNumberGroupId();
  }

  /** @return the id of the task playing that role */
  public long taskId(TaskRole role) {
    return facts.taskId(role);
  }

  /** @return the one HTTP client to the target, shared by every way of talking to it */
  public Wire wire() {
    return wire;
  }

  /** @return the whole-task view, when the target offers one */
  public Optional<TaskInspector> inspector() {
    return inspector;
  }

  /** @return another tenant of the same server, which must see none of this tenant's tasks, when known */
  public Optional<Tenant> secondTenant() {
    return secondTenant;
  }

  /**
   * Puts the target back to its starting state, where it can (the mock in this JVM), so that a
   * generated sequence and each of its shrunk replays start from the same tasks.
   *
   * @return whether it did; a sandbox cannot, and replays there start from whatever is left
   */
  public boolean reset() {
    if (reset == null) {
      return false;
    }
    reset.run();
    return true;
  }

  /** Stops what the target started (a mock, the wire's connections). */
  @Override
  public void close() {
    wire.close();
    stop.run();
  }

  /** Reads a task whole, outside the vendor operations. */
  public interface TaskInspector {
    /** The fields a whole task has beyond the edit body; no edit changes them. */
    List<String> NEVER_EDITED = List.of("status", "customerCount", "agentCount");

    /**
     * @return the task as a JSON object with the fields of the not-started edit body (taskId as
     *     {@code taskId}, first; an unset field as JSON null) plus the {@link #NEVER_EDITED} ones;
     *     null when there is no such task
     */
    JsonObject task(long id);

    /** @return where the view comes from, for reports */
    String description();

    /**
     * The mock's JSON form of a task ({@code MockServer.toJson}, the control API's) as the suite
     * reads it: {@code id} named {@code taskId}, as in the edit body, and first; every other member
     * as the mock wrote it.
     */
    static JsonObject fromMockForm(JsonObject mockForm) {
      JsonObject task = new JsonObject();
      task.add("taskId", mockForm.get("id"));
      mockForm.entrySet().stream().filter(member -> !member.getKey().equals("id"))
          .forEach(member -> task.add(member.getKey(), member.getValue()));
      return task;
    }
  }
}
