package dev.outboundkit.mock;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock on the wire, Jetty's side only: reads a request's body without blocking
 * ({@link BodyReader}) under the body deadline of {@link ReadDeadlines}, hands it to the
 * {@link Reception} (routing, faults, the journal), and writes the {@link Answer}, or plays the
 * injected {@link Fault} on the wire: later (on Jetty's scheduler, holding no thread), as a reset
 * connection, never, or cut off. Everything after the read runs on the thread that completed it.
 */
final class MockHandler extends Handler.Abstract {

  static final String JSON_TYPE = "application/json;charset=UTF-8";
  static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, JSON_TYPE);
  private static final HttpField CLOSE = new PreEncodedHttpField(HttpHeader.CONNECTION,
      HttpHeaderValue.CLOSE.asString());

  /**
   * How much of a refused, too large body is read and thrown away so that the client gets the
   * answer; beyond it the connection is cut.
   */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(MockHandler.class);
  static final String BROKEN_BODY = "the body's framing is broken: a chunk size that is not hex,"
      + " a chunk of another length than its size, or no last chunk";

  private final Reception reception;
  private final int maxBodyBytes;
  private final ReadDeadlines deadlines;

  MockHandler(Reception reception, int maxBodyBytes, ReadDeadlines deadlines) {
    this.reception = reception;
    this.maxBodyBytes = maxBodyBytes;
    this.deadlines = deadlines;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange exchange = new Exchange(request, response, callback);
    ReadDeadlines.Request watch = deadlines.started(request.getConnectionMetaData().getConnection(),
        exchange::expire);
    exchange.watch = watch;
    exchange.reader = BodyReader.read(request, request.getLength(), maxBodyBytes,
        exchange::bodyRead, exchange::readFailed);
    return true;
  }

  /** @return how many bytes of an answer's body a {@link Fault#truncated()} fault sends: half */
  static int truncatedLength(Answer answer) {
    return answer.body.length / 2;
  }

  /** One request and its answer. */
  private final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private ReadDeadlines.Request watch;
    private volatile BodyReader reader;

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    void expire() {
      BodyReader current = reader;
      if (current != null) {
        current.expire();
      }
    }

    void bodyRead(BodyReader.Body body) {
      watch.bodyRead();
      HttpFields fields = request.getHeaders();
      Reception.Outcome outcome = reception.receive(new Reception.Received(request.getMethod(),
          request.getHttpURI().getPath(), request.getHttpURI().getQuery(), fields::getValuesList,
          () -> headerList(fields), body));
      Fault fault = outcome.fault();
      if (fault == null) {
        send(outcome.answer(), body.tooLarge());
        return;
      }
      Runnable play = switch (fault.kind()) {
        case CONNECTION_RESET -> this::reset;
        case NO_ANSWER -> this::holdUntilIdle;
        case TRUNCATED -> () -> cut(outcome.answer());
        default -> () -> send(outcome.answer(), body.tooLarge());
      };
      if (fault.delay().isZero()) {
        play.run();
      } else {
        request.getComponents().getScheduler().schedule(play, fault.delay().toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    void readFailed(Throwable failure) {
      watch.bodyRead();
      if (failure instanceof BodyReader.BodyTimeout) {
        send(Answer.error(408, "the body did not arrive within the body timeout; the connection is closed"),
            true);
      } else if (failure instanceof HttpException) {
        // Jetty reports every broken chunked encoding as an early end of the body.
        send(Answer.error(400, JsonErrorHandler.malformed(400, BROKEN_BODY)), true);
      } else {
        if (!(failure instanceof EofException)) {
          LOG.debug("reading a body failed: {}", failure.toString());
        }
        answered();
        callback.failed(failure);
      }
    }

    /** @param close whether to end the connection after the answer (a body was left unread) */
    private void send(Answer answer, boolean close) {
      head(answer, answer.body.length);
      if (close) {
        response.getHeaders().put(CLOSE);
      }
      response.write(true, ByteBuffer.wrap(answer.body), Callback.from(() -> {
        answered();
        callback.succeeded();
      }, failure -> {
        answered();
        callback.failed(failure);
      }));
    }

    private void head(Answer answer, int contentLength) {
      response.setStatus(answer.status);
      HttpFields.Mutable headers = response.getHeaders();
      if (answer.allow != null) {
        headers.put(HttpHeader.ALLOW, answer.allow);
      }
      if (answer.contentType == null) {
        headers.put(CONTENT_TYPE);
      } else {
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType);
      }
      if (answer.diagnosis != null) {
        headers.put(SignatureDoctor.HEADER, answer.diagnosis);
      }
      headers.put(HttpHeader.CONTENT_LENGTH, contentLength);
    }

    /** {@link Fault#connectionReset()}: an RST rather than a FIN, as a crashed peer or a middlebox sends. */
    private void reset() {
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      if (endPoint.getTransport() instanceof SocketChannel channel) {
        try {
          channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        } catch (IOException | UnsupportedOperationException closedAlready) {
          // closed below all the same
        }
      }
      endPoint.close();
      callback.failed(new EofException("connection reset by an injected fault"));
    }

    /**
     * {@link Fault#noAnswer()}: nothing is sent and no thread waits; the connection goes when the
     * client gives up or, at the latest, at the mock's idle timeout.
     */
    private void holdUntilIdle() {
      request.addIdleTimeoutListener(timeout -> {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(timeout);
        return true;
      });
    }

    /**
     * {@link Fault#truncated()}: the head promises the whole body, half of it is sent, then the
     * connection is closed.
     */
    private void cut(Answer answer) {
      head(answer, answer.body.length);
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      response.write(false, ByteBuffer.wrap(answer.body, 0, truncatedLength(answer)), Callback.from(() -> {
        endPoint.close();
        callback.failed(new EofException("answer cut by an injected fault"));
      }, failure -> {
        endPoint.close();
        callback.failed(failure);
      }));
    }

    private void answered() {
      watch.answered();
    }
  }

  /** @return every header received, by name as sent, for the journal */
  static Map<String, List<String>> headerList(HttpFields fields) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : fields) {
      headers.computeIfAbsent(field.getName(), name -> new ArrayList<>(1)).add(field.getValue());
    }
    return headers;
  }

  /** @return whether every {@code %} starts a two-hex-digit escape */
  static boolean validEscapes(String raw) {
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
