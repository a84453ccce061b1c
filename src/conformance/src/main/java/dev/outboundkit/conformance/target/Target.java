package dev.outboundkit.conformance.target;

import java.security.PrivateKey;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * A server a conformance run (the scenarios, the generated run) talks to, and what it may use
 * there. The two vendor operations are used to talk to it, through its one {@link #wire()};
 * {@link #inspector()} is present only when the target has a view of the whole task (the mock in
 * this JVM, a control API a profile names).
 */
public interface Target extends AutoCloseable {

  /** @return one line naming the target, for logs and reports (never key material) */
  String description();

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  String baseUrl();

  String appId();

  /** @return the tenant's private key, which signs every request */
  PrivateKey privateKey();

  /** @return the tasks and references a run may use there */
  TargetFacts facts();

  /** @return a skill set (技能组id) that exists on the target */
  default String skillSetId() {
    return facts().skillSetId();
  }

  /** @return an outbound number group (外呼号码组id) that exists on the target */
  default String outboundNumberGroupId() {
    return facts().outboundNumberGroupId();
  }

  /** @return the id of the task playing that role */
  default long taskId(TaskRole role) {
    return facts().taskId(role);
  }

  /** @return the one HTTP client to the target, shared by every way of talking to it */
  Wire wire();

  /** @return the whole-task view, when the target offers one */
  Optional<TaskInspector> inspector();

  /**
   * Puts the target back to its starting state, where it can (the mock in this JVM), so that a
   * generated sequence and each of its shrunk replays start from the same tasks.
   *
   * @return whether it did; a sandbox cannot, and replays there start from whatever is left
   */
  default boolean reset() {
    return false;
  }

  /** Stops what the target started (a mock, the wire's connections); idempotent. */
  @Override
  void close();

  /** Reads a task whole, outside the vendor operations. */
  interface TaskInspector {
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
