package dev.outboundkit.mock;

import dev.outboundkit.generated.model.ResultCode;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock on the wire, Jetty's side only: reads a request's body without blocking
 * ({@link BodyReader}) under the body deadline of {@link ReadDeadlines}, routes by path to the
 * vendor's operations ({@link VendorApi}) or the control API ({@link ControlApi}), and writes
 * the {@link Answer}. Everything after the read runs on the thread that completed it.
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

  private final VendorApi api;
  /** Null when the control API is off: its paths are then unknown like any other. */
  private final ControlApi control;
  /** The two operations' paths, from the spec the mock enforces (which may be a copy, --spec). */
  private final String editPath;
  private final String phoneGroupsPath;
  private final int maxBodyBytes;
  private final ReadDeadlines deadlines;

  MockHandler(VendorApi api, ControlApi control, String editPath, String phoneGroupsPath, int maxBodyBytes,
      ReadDeadlines deadlines) {
    this.api = api;
    this.control = control;
    this.editPath = editPath;
    this.phoneGroupsPath = phoneGroupsPath;
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
      String path = request.getHttpURI().getPath();
      Answer answer;
      try {
        answer = route(path, body);
      } catch (RuntimeException | Error e) {
        // No request data in the log line (a body may hold anything); the stack trace is ours.
        LOG.error("unexpected failure answering {} {}; answered {}", request.getMethod(),
            Answer.quote(path), ResultCode.SYSTEM_ERROR, e);
        answer = Answer.api(ResultCode.SYSTEM_ERROR, null,
            phoneGroupsPath.equals(path) ? Answer.READ_REFUSED : Answer.EDIT_REFUSED);
      }
      send(answer, body.tooLarge());
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

    private Answer route(String path, BodyReader.Body body) {
      String query = request.getHttpURI().getQuery();
      if (query != null && !validEscapes(query)) {
        return Answer.error(400, JsonErrorHandler.malformed(400, "the query has a %-escape that is not % and two hex digits"));
      }
      String method = request.getMethod();
      Headers headers = request.getHeaders()::getValuesList;
      if (editPath.equals(path)) {
        return api.edit(method, headers, body);
      }
      if (phoneGroupsPath.equals(path)) {
        return api.phoneGroups(method, headers, query);
      }
      if (control != null && path.startsWith(MockServer.CONTROL_PREFIX)) {
        return control.answer(method, path.substring(MockServer.CONTROL_PREFIX.length()), body);
      }
      return Answer.error(404, "no such path: " + Answer.quote(path));
    }

    /** @param close whether to end the connection after the answer (a body was left unread) */
    private void send(Answer answer, boolean close) {
      response.setStatus(answer.status);
      HttpFields.Mutable headers = response.getHeaders();
      if (answer.allow != null) {
        headers.put(HttpHeader.ALLOW, answer.allow);
      }
      headers.put(CONTENT_TYPE);
      headers.put(HttpHeader.CONTENT_LENGTH, answer.body.length);
      if (close) {
        headers.put(CLOSE);
      }
      response.write(true, ByteBuffer.wrap(answer.body), Callback.from(() -> {
        answered();
        callback.succeeded();
      }, failure -> {
        answered();
        callback.failed(failure);
      }));
    }

    private void answered() {
      watch.answered();
    }
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
