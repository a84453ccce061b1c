package dev.outboundkit.client;

import java.time.Duration;

/**
 * How the client waits between attempts. Injected so that tests see the waits without waiting;
 * the client's own is {@link DaemonRetryTimer}.
 */
interface RetryTimer {
  /** Blocks the calling thread: the synchronous calls wait on their caller's thread. */
  void sleep(Duration delay) throws InterruptedException;

  /** Runs {@code next} after the delay without blocking any thread: the asynchronous calls. */
  void schedule(Duration delay, Runnable next);
}
