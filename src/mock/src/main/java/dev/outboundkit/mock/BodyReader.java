package dev.outboundkit.mock;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body without blocking a thread: a slow body waits in Jetty's selector, not in
 * a handler thread. Keeps at most the limit plus one byte; a larger body is refused, and its rest
 * is read and thrown away (up to {@link MockHandler#DISCARD_LIMIT} bytes, never kept) so that a
 * client still sending gets the answer rather than a reset connection.
 *
 * <p>Ends exactly once: with {@link Body} through {@code onBody}, or with the failure of the read
 * (a broken chunked encoding, the connection gone, the body deadline) through {@code onFailure}.
 */
final class BodyReader implements Runnable {

  /** A request body, null bytes when it was over the limit. */
  record Body(byte[] bytes, int length, boolean tooLarge) {
  }

  /** The body did not arrive within its deadline. */
  static final class BodyTimeout extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTimeout() {
      super("body deadline", null, false, false);
    }
  }

  private final Content.Source source;
  private final int limit;
  private final Consumer<Body> onBody;
  private final Consumer<Throwable> onFailure;
  private final AtomicBoolean ended = new AtomicBoolean();
  private byte[] buffer;
  private int length;
  private long discarded;
  private boolean tooLarge;

  private BodyReader(Content.Source source, long declaredLength, int limit, Consumer<Body> onBody,
      Consumer<Throwable> onFailure) {
    this.source = source;
    this.limit = limit;
    this.onBody = onBody;
    this.onFailure = onFailure;
    if (declaredLength > limit) {
      tooLarge = true; // refused without keeping a byte of it
      buffer = new byte[0];
    } else {
      // a declared length is the exact size (0 for most reads); without one, grow from 8 KiB
      buffer = new byte[declaredLength >= 0 ? (int) declaredLength : Math.min(8192, limit + 1)];
    }
  }

  /**
   * Starts reading; the first chunks usually are already there, so a small body is read in this
   * call.
   *
   * @param declaredLength the Content-Length, or -1 when not given (chunked)
   * @return the reader, for {@link #expire()}
   */
  static BodyReader read(Content.Source source, long declaredLength, int limit, Consumer<Body> onBody,
      Consumer<Throwable> onFailure) {
    BodyReader reader = new BodyReader(source, declaredLength, limit, onBody, onFailure);
    reader.run();
    return reader;
  }

  /** Ends the read with {@link BodyTimeout}, unless it has ended. */
  void expire() {
    if (ended.compareAndSet(false, true)) {
      onFailure.accept(new BodyTimeout());
    }
  }

  @Override
  public void run() {
    while (!ended.get()) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        source.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        if (ended.compareAndSet(false, true)) {
          onFailure.accept(chunk.getFailure());
        }
        return;
      }
      try {
        take(chunk.getByteBuffer());
      } finally {
        chunk.release();
      }
      if (chunk.isLast() || discarded > MockHandler.DISCARD_LIMIT) {
        if (ended.compareAndSet(false, true)) {
          onBody.accept(tooLarge ? new Body(null, 0, true) : new Body(buffer, length, false));
        }
        return;
      }
    }
  }

  private void take(ByteBuffer bytes) {
    int count = bytes.remaining();
    if (tooLarge) {
      discarded += count;
      return;
    }
    if ((long) length + count > limit) {
      tooLarge = true;
      buffer = null;
      discarded = (long) length + count;
      return;
    }
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(limit + 1, Math.max(buffer.length * 2, length + count)));
    }
    bytes.get(buffer, length, count);
    length += count;
  }
}
