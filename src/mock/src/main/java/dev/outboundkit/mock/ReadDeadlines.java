package dev.outboundkit.mock;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Per-connection read deadlines, which Jetty's idle timeout cannot give: a client that trickles
 * one byte a second is never idle. Two phases, each with a deadline of its own:
 *
 * <ul>
 *   <li><b>request head</b>: a request line and headers must be complete within one to two head
 *       timeouts of the request's first byte. The connection is looked at once per head timeout
 *       (from its opening, or from the end of the previous answer): if bytes of a request came
 *       since, the request has one more head timeout; then the client gets {@code 408} with a
 *       JSON body and the connection is closed. A connection where nothing came is left to the
 *       idle timeout, so that a kept-alive connection a client keeps in its pool is not closed
 *       under it;
 *   <li><b>body</b>: from the end of the headers to the end of the body; when it passes, the
 *       request's reader is told ({@link Request#expire()}) and the handler answers {@code 408}.
 * </ul>
 *
 * <p>A {@link Connection.Listener} bean of the connector: Jetty calls it for every connection.
 */
final class ReadDeadlines implements Connection.Listener {

  private final Scheduler scheduler;
  private final long headMillis;
  private final long bodyMillis;
  private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();

  ReadDeadlines(Scheduler scheduler, Duration head, Duration body) {
    this.scheduler = scheduler;
    this.headMillis = head.toMillis();
    this.bodyMillis = body.toMillis();
  }

  @Override
  public void onOpened(Connection connection) {
    Watch watch = new Watch(connection);
    watches.put(connection, watch);
    watch.armHead();
  }

  @Override
  public void onClosed(Connection connection) {
    Watch watch = watches.remove(connection);
    if (watch != null) {
      watch.cancel();
    }
  }

  /**
   * Called when a request's headers are in: stops the head deadline, starts the body one.
   *
   * @param onBodyExpired run (on a scheduler thread) when the body is not in by the deadline
   * @return the request's deadlines; {@link Request#answered()} when the answer is sent
   */
  Request started(Connection connection, Runnable onBodyExpired) {
    Watch watch = watches.get(connection);
    Request request = new Request(watch, onBodyExpired);
    if (watch != null) {
      watch.startBody(request);
    }
    return request;
  }

  /** The deadlines of one request. */
  final class Request {
    private final Watch watch;
    private final Runnable onBodyExpired;

    private Request(Watch watch, Runnable onBodyExpired) {
      this.watch = watch;
      this.onBodyExpired = onBodyExpired;
    }

    /** The body is in: its deadline no longer applies. */
    void bodyRead() {
      if (watch != null) {
        watch.cancel();
      }
    }

    /** The answer is sent: the next request's head deadline starts. */
    void answered() {
      if (watch != null) {
        watch.armHead();
      }
    }

    void expire() {
      onBodyExpired.run();
    }
  }

  /** One connection's pending deadline: at most one at a time. */
  private final class Watch {
    private final Connection connection;
    private Scheduler.Task task;
    private long bytesAtArm;
    /** Whether bytes of a request were seen at a look: its last head timeout runs. */
    private boolean requestStarted;

    Watch(Connection connection) {
      this.connection = connection;
    }

    synchronized void armHead() {
      cancelLocked();
      bytesAtArm = connection.getBytesIn();
      requestStarted = false;
      task = scheduler.schedule(this::lookAtHead, headMillis, TimeUnit.MILLISECONDS);
    }

    synchronized void startBody(Request request) {
      cancelLocked();
      task = scheduler.schedule(request::expire, bodyMillis, TimeUnit.MILLISECONDS);
    }

    synchronized void cancel() {
      cancelLocked();
    }

    private void cancelLocked() {
      if (task != null) {
        task.cancel();
        task = null;
      }
    }

    private void lookAtHead() {
      synchronized (this) {
        if (!requestStarted) {
          requestStarted = connection.getBytesIn() != bytesAtArm;
          // idle, or a request began since the last look: look again after one more head timeout
          task = scheduler.schedule(this::lookAtHead, headMillis, TimeUnit.MILLISECONDS);
          return;
        }
        task = null;
      }
      EndPoint endPoint = connection.getEndPoint();
      Answer answer = Answer.error(408, "the request line and headers did not arrive in time (header"
          + " timeout " + headMillis + " ms); the connection is closed");
      String head = "HTTP/1.1 408 Request Timeout\r\nContent-Type: " + MockHandler.JSON_TYPE
          + "\r\nContent-Length: " + answer.body.length + "\r\nConnection: close\r\n\r\n";
      ByteBuffer bytes = ByteBuffer.allocate(head.length() + answer.body.length);
      bytes.put(head.getBytes(StandardCharsets.US_ASCII)).put(answer.body).flip();
      endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()), bytes);
    }
  }
}
