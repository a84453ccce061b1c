package dev.outboundkit.conformance;

import java.security.PrivateKey;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * A server the suite runs against, and what it may use there. The two vendor operations are
 * used to talk to it; {@link #inspector()} is present only when the target has a view of the
 * whole task (the mock's control API), for the scenarios tagged {@code @whole-task}.
 */
public interface Target extends AutoCloseable {

  /** @return one line naming the target, for logs and reports (never key material) */
  String description();

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  String baseUrl();

  String appId();

  /** @return the tenant's private key, which signs every request */
  PrivateKey privateKey();

  /** @return a skill set (技能组id) that exists on the target */
  String skillSetId();

  /** @return an outbound number group (外呼号码组id) that exists on the target */
  String outboundNumberGroupId();

  /** @return the id of the task playing that role */
  long taskId(TaskRole role);

  /** @return the whole-task view, when the target offers one (the mock's control API) */
  Optional<TaskInspector> inspector();

  @Override
  void close();

  /** Reads a task whole, outside the vendor operations. */
  interface TaskInspector {
    /**
     * @return the task as a JSON object with the fields of the not-started edit body (taskId as
     *     {@code taskId}, an unset field as JSON null) plus {@code status}, {@code customerCount}
     *     and {@code agentCount}; null when there is no such task
     */
    JsonObject task(long id);

    /** @return why the inspector exists, for reports */
    String description();
  }
}
