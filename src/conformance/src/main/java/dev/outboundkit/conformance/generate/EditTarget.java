package dev.outboundkit.conformance.generate;

import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * The server a generated run talks to: the two vendor operations, signed, and, where the target
 * offers it (the in-process mock), a view of a whole task.
 */
public interface EditTarget extends AutoCloseable {

  /** @return one line naming the target, for reports (never key material) */
  String description();

  /** @return the tasks and references the run may use */
  TargetFacts facts();

  /** Sends {@code body} as it is, signed, to the edit operation. */
  Reply edit(String body);

  /** Reads a task's batches back with getPhoneGroups, signed. */
  Reply readBack(long taskId);

  /**
   * @return the task whole, as a JSON object with the fields of the not-started edit body plus
   *     {@code taskId}, {@code status}, {@code customerCount} and {@code agentCount}; empty when
   *     the task does not exist. Present only where {@link #offersWholeTask()}.
   */
  default Optional<JsonObject> wholeTask(long taskId) {
    return Optional.empty();
  }

  /** @return whether {@link #wholeTask(long)} shows tasks */
  default boolean offersWholeTask() {
    return false;
  }

  /**
   * Puts the target back to its starting state, where it can (the in-process mock), so that a
   * sequence and each of its shrunk replays start from the same tasks.
   *
   * @return whether it did; a sandbox cannot, and replays there start from whatever is left
   */
  default boolean reset() {
    return false;
  }

  @Override
  void close();
}
