package dev.outboundkit.client;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real waits: a synchronous call sleeps on its caller's thread; an asynchronous one is
 * scheduled on one daemon thread shared by every client, which only hands the next attempt to
 * OkHttp's dispatcher. No thread per call, and none kept waiting.
 */
final class DaemonRetryTimer implements RetryTimer {
  static final DaemonRetryTimer INSTANCE = new DaemonRetryTimer();

  private DaemonRetryTimer() {
  }

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
  }

  @Override
  public void schedule(Duration delay, Runnable next) {
    Scheduler.EXECUTOR.schedule(next, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Started on the first asynchronous retry only: an application that never retries has no such thread. */
  private static final class Scheduler {
    static final ScheduledExecutorService EXECUTOR = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "outboundkit-retry-scheduler");
        // Must not keep an application alive that is done with its calls.
        thread.setDaemon(true);
        return thread;
      });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }
}
