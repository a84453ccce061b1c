package dev.outboundkit.mock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The requests the mock received, in the order it read them: a ring buffer of the last
 * {@code capacity}, so that a mock left running keeps bounded memory. With capacity 0 it is off,
 * and the mock builds no {@link RecordedRequest} at all ({@link #on()}).
 *
 * <p>Thread-safe: one lock, held for an array store or a copy.
 */
final class Journal {

  /** How many characters of a {@code sign} are kept at most. */
  static final int SIGN_CHARS_KEPT = 8;

  private final RecordedRequest[] ring;
  /** Guarded by this: the next slot, how many are held, how many fell out since the last clear. */
  private int next;
  private int size;
  private long dropped;

  /** @param capacity the most requests kept; 0 for none */
  Journal(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("the journal's size must be 0 or more, was " + capacity);
    }
    this.ring = new RecordedRequest[capacity];
  }

  /** @return whether requests are recorded */
  boolean on() {
    return ring.length > 0;
  }

  int capacity() {
    return ring.length;
  }

  synchronized void add(RecordedRequest request) {
    if (ring.length == 0) {
      return;
    }
    if (size == ring.length) {
      dropped++;
    } else {
      size++;
    }
    ring[next] = request;
    next = (next + 1) % ring.length;
  }

  /** @return the requests held, oldest first */
  synchronized List<RecordedRequest> all() {
    List<RecordedRequest> all = new ArrayList<>(size);
    int first = (next - size + ring.length) % Math.max(1, ring.length);
    for (int i = 0; i < size; i++) {
      all.add(ring[(first + i) % ring.length]);
    }
    return all;
  }

  /** @return how many requests fell out of the ring since it was last cleared */
  synchronized long dropped() {
    return dropped;
  }

  synchronized void clear() {
    Arrays.fill(ring, null);
    next = 0;
    size = 0;
    dropped = 0;
  }

  /**
   * @return the sign as the journal keeps it: its first characters (at most
   *     {@value #SIGN_CHARS_KEPT}, and never more than half of it) and its length, e.g.
   *     {@code QmFzZTY0…(344 characters)}
   */
  static String shortenSign(String sign) {
    int kept = Math.min(SIGN_CHARS_KEPT, sign.length() / 2);
    return sign.substring(0, kept) + "…(" + sign.length() + " characters)";
  }
}
