package dev.outboundkit.client;

import java.util.random.RandomGenerator;

/** Random generators pinned to an end of their range, to see the backoff's bounds. */
final class Jitter {
  /** {@code nextDouble()} is the largest double below 1. */
  static final RandomGenerator HIGHEST = () -> -1L;
  /** {@code nextDouble()} is 0. */
  static final RandomGenerator LOWEST = () -> 0L;

  private Jitter() {
  }
}
