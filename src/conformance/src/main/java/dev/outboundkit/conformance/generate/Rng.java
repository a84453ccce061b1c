package dev.outboundkit.conformance.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The run's randomness: one seed, split per case and per sequence so that case {@code i} of a
 * seed is the same whatever ran before it (and can be rerun on its own).
 */
final class Rng {
  /** Mixed scripts for names: Latin, digits, CJK, kana, Hangul, Cyrillic, Greek, emoji. */
  private static final int[][] SCRIPTS = {
      {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0x4E00, 0x9FA5}, {0x3041, 0x3096}, {0xAC00, 0xD7A3},
      {0x0410, 0x044F}, {0x03B1, 0x03C9}, {0x1F600, 0x1F64F}, {0x1F680, 0x1F6C5}};

  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** @return the generator of item {@code index} of stream {@code stream} of a seed */
  static Rng of(long seed, int stream, long index) {
    return new Rng(new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (stream + 1)) ^ (0xBF58476D1CE4E5B9L * index))
        .nextLong());
  }

  int between(int lowInclusive, int highInclusive) {
    return (int) longBetween(lowInclusive, highInclusive);
  }

  long longBetween(long lowInclusive, long highInclusive) {
    if (highInclusive == Long.MAX_VALUE) {
      return lowInclusive + (long) (random.nextDouble() * (double) (highInclusive - lowInclusive));
    }
    return random.nextLong(lowInclusive, highInclusive + 1);
  }

  /**
   * A value of [low, high], an edge (low, high, then low + 1, high - 1) four times in ten, else spread
   * over the whole range (log-uniformly when the range is wider than 10,000, so that small and
   * large values both come up).
   */
  long inRange(long low, long high) {
    if (chance(0.4)) {
      long[] edges = {low, low, high, high, Math.min(high, low + 1), Math.max(low, high - 1)};
      return edges[random.nextInt(edges.length)];
    }
    if (high - low > 10_000 && chance(0.5)) {
      double span = Math.log((double) (high - low) + 1);
      return Math.min(high, low + (long) Math.expm1(random.nextDouble() * span));
    }
    return longBetween(low, high);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T of(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** @return {@code length} code points, each from a script picked at random (no spaces or controls) */
  String text(int length) {
    StringBuilder text = new StringBuilder();
    int[] script = SCRIPTS[random.nextInt(SCRIPTS.length)];
    for (int i = 0; i < length; i++) {
      if (chance(0.3)) {
        script = SCRIPTS[random.nextInt(SCRIPTS.length)];
      }
      text.appendCodePoint(between(script[0], script[1]));
    }
    return text.toString();
  }

  /**
   * @return {@code length} code points that go through the scripts in turn (Latin, digits, CJK,
   *     kana, Hangul, Cyrillic, Greek, emoji), so that any length from 8 on holds every script
   *     and an emoji, which counts once as a code point and twice in UTF-16
   */
  String mixed(int length) {
    StringBuilder text = new StringBuilder();
    int first = random.nextInt(SCRIPTS.length);
    for (int i = 0; i < length; i++) {
      int[] script = SCRIPTS[(first + i) % SCRIPTS.length];
      text.appendCodePoint(between(script[0], script[1]));
    }
    return text.toString();
  }

  /** @return a value of [low, high], log-uniform when the range is wider than 10,000: no extra weight on the edges */
  long typical(long low, long high) {
    if (high - low > 10_000) {
      double span = Math.log((double) (high - low) + 1);
      return Math.min(high, low + (long) Math.expm1(random.nextDouble() * span));
    }
    return longBetween(low, high);
  }

  /** @return {@code length} code points of one script, for text the tests must see as plain */
  String latin(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) between('a', 'z'));
    }
    return text.toString();
  }
}
