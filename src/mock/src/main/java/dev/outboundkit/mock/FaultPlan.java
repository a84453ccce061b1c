package dev.outboundkit.mock;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The faults injected and not yet spent, in the order they were injected. A request takes the
 * first that matches it; a fault with a count is spent by exactly that many requests, however
 * many arrive at once.
 *
 * <p>Thread-safe. With no fault armed, {@link #take} is one read of an empty list.
 */
final class FaultPlan {

  /** A fault and how many plays it has left; -1 for until cleared. */
  private static final class Armed {
    final Fault fault;
    final AtomicInteger left;

    Armed(Fault fault) {
      this.fault = fault;
      this.left = new AtomicInteger(fault.times() == 0 ? -1 : fault.times());
    }

    /** @return whether this request may play it (and, when counted, one play is taken) */
    boolean takeOne() {
      while (true) {
        int now = left.get();
        if (now < 0) {
          return true;
        }
        if (now == 0) {
          return false;
        }
        if (left.compareAndSet(now, now - 1)) {
          return true;
        }
      }
    }
  }

  private final CopyOnWriteArrayList<Armed> armed = new CopyOnWriteArrayList<>();

  void add(Fault fault) {
    armed.add(new Armed(Objects.requireNonNull(fault, "fault")));
  }

  void clear() {
    armed.clear();
  }

  /**
   * @param taskId the task the request names; asked only when a fault is for a task
   * @return the fault to play on this request of the vendor's operations, one play taken; null
   *     for none
   */
  Fault take(String path, String appId, Supplier<OptionalLong> taskId) {
    if (armed.isEmpty()) {
      return null;
    }
    Supplier<OptionalLong> once = new Supplier<>() {
      private OptionalLong id;

      @Override
      public OptionalLong get() {
        if (id == null) {
          id = taskId.get();
        }
        return id;
      }
    };
    for (Armed candidate : armed) {
      if (candidate.fault.matches(path, appId, once) && candidate.takeOne()) {
        if (candidate.left.get() == 0) {
          armed.remove(candidate);
        }
        return candidate.fault;
      }
    }
    return null;
  }

  /** @return the faults armed, each with the plays it has left, e.g. {@code resultCode 29008, 1 time} */
  List<String> describe() {
    return armed.stream().filter(a -> a.left.get() != 0).map(a -> a.left.get() < 0 ? a.fault.toString()
        : a.fault.times(a.left.get()).toString()).toList();
  }
}
