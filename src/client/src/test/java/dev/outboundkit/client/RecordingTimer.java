package dev.outboundkit.client;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RetryTimer} that records each wait instead of waiting: a sleep returns at once, and a
 * scheduled attempt runs at once, or is held until {@link #runHeld()}.
 */
final class RecordingTimer implements RetryTimer {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<Duration> schedules = new CopyOnWriteArrayList<>();
  private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();
  private final boolean holdScheduled;
  private final CountDownLatch firstSchedule = new CountDownLatch(1);

  private RecordingTimer(boolean holdScheduled) {
    this.holdScheduled = holdScheduled;
  }

  static RecordingTimer immediate() {
    return new RecordingTimer(false);
  }

  static RecordingTimer holding() {
    return new RecordingTimer(true);
  }

  @Override
  public void sleep(Duration delay) {
    sleeps.add(delay);
  }

  @Override
  public void schedule(Duration delay, Runnable next) {
    schedules.add(delay);
    if (holdScheduled) {
      held.add(next);
      firstSchedule.countDown();
    } else {
      firstSchedule.countDown();
      next.run();
    }
  }

  /** @return the waits of synchronous calls, in order */
  List<Duration> sleeps() {
    return sleeps;
  }

  /** @return the waits of asynchronous calls, in order */
  List<Duration> schedules() {
    return schedules;
  }

  /** Waits until an asynchronous call has scheduled its next attempt. */
  void awaitFirstSchedule() throws InterruptedException {
    if (!firstSchedule.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no attempt was scheduled");
    }
  }

  /** @return how many held attempts were run, on the calling thread */
  int runHeld() {
    int run = 0;
    for (Runnable next; (next = held.poll()) != null; run++) {
      next.run();
    }
    return run;
  }
}
