package dev.outboundkit.conformance.generate;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.SignedHeaders;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TargetFacts;

/**
 * A target as the generated run uses it: the two vendor operations over the target's wire, every
 * request signed (one timestamp and its signature reused for up to a second), the whole task where
 * the target shows it, and a count of the requests sent.
 */
final class EditTarget {
  /** How long one timestamp and its signature are reused. */
  private static final Duration RESIGN_AFTER = Duration.ofSeconds(1);

  private final Target target;
  private final SignedHeaders headers;
  private final AtomicLong requests = new AtomicLong();

  EditTarget(Target target, Clock clock) {
    this.target = Objects.requireNonNull(target, "target");
    this.headers = SignedHeaders.reusing(RESIGN_AFTER, clock);
  }

  String description() {
    return target.description();
  }

  TargetFacts facts() {
    return target.facts();
  }

  /** Sends {@code body} as it is, signed, to the edit operation. */
  Exchange edit(String body) {
    requests.incrementAndGet();
    return target.wire().edit(body, headers.build(target, true));
  }

  /** Reads a task's batches back with getPhoneGroups, signed. */
  Exchange readBack(long taskId) {
    requests.incrementAndGet();
    return target.wire().readBack(taskId, headers.build(target, false));
  }

  /** @return the task whole, as {@link Target.TaskInspector#task} shows it; empty when it does not exist or the target shows no whole task */
  Optional<JsonObject> wholeTask(long taskId) {
    return target.inspector().map(inspector -> inspector.task(taskId));
  }

  /** @return whether {@link #wholeTask(long)} shows tasks */
  boolean offersWholeTask() {
    return target.inspector().isPresent();
  }

  /** @return whether the target went back to its starting state ({@link Target#reset()}) */
  boolean reset() {
    return target.reset();
  }

  long requests() {
    return requests.get();
  }
}
