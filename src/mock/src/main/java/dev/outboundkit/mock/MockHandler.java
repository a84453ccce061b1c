package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.spec.ApiSpec;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * The mock on the wire: routes a Jetty request to {@link MockApi} and writes its {@link Answer}.
 * The body is read without blocking ({@link BodyReader}) under the body deadline of
 * {@link ReadDeadlines}; everything after it runs on the thread that completed the read.
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

  private final MockApi api;
  private final boolean controlApi;
  private final int maxBodyBytes;
  private final boolean allowMissingContentType;
  private final ReadDeadlines deadlines;
  /** The three signed headers' names, from the spec's x-signing-* schemes. */
  private final RequestSigning signing;
  /** The two operations' paths, from the spec the mock enforces (which may be a copy, --spec). */
  private final String editPath;
  private final String phoneGroupsPath;

  MockHandler(MockApi api, boolean controlApi, int maxBodyBytes, boolean allowMissingContentType,
      ReadDeadlines deadlines) {
    this.api = api;
    this.controlApi = controlApi;
    this.maxBodyBytes = maxBodyBytes;
    this.allowMissingContentType = allowMissingContentType;
    this.deadlines = deadlines;
    ApiSpec spec = api.validator().spec();
    this.signing = spec.signing();
    this.editPath = spec.path("editTask");
    this.phoneGroupsPath = spec.path("getPhoneGroups");
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
        LOG.error("unexpected failure answering {} {}; answered 29008", request.getMethod(),
            Answer.quote(path), e);
        answer = Answer.api(Answer.SYSTEM_ERROR, null,
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
      if (editPath.equals(path)) {
        return edit(body);
      }
      if (phoneGroupsPath.equals(path)) {
        return phoneGroups(query);
      }
      if (controlApi && path.startsWith(MockServer.CONTROL_PREFIX)) {
        return control(path.substring(MockServer.CONTROL_PREFIX.length()), body);
      }
      return Answer.error(404, "no such path: " + Answer.quote(path));
    }

    private Answer edit(BodyReader.Body body) {
      if (!"POST".equals(request.getMethod())) {
        return methodNotAllowed("POST");
      }
      Answer refusal = authenticate(Answer.EDIT_REFUSED);
      if (refusal == null) {
        refusal = api.contentType(request.getHeaders().getValuesList(HttpHeader.CONTENT_TYPE.asString()),
            allowMissingContentType);
      }
      if (refusal != null) {
        return refusal;
      }
      if (body.tooLarge()) {
        return MockApi.parameterError("the body is larger than " + maxBodyBytes + " bytes",
            Answer.EDIT_REFUSED);
      }
      JsonElement json;
      try {
        json = StrictJson.parse(body.bytes(), body.length());
      } catch (StrictJson.NotJsonException e) {
        return MockApi.parameterError(e.getMessage(), Answer.EDIT_REFUSED);
      }
      return api.edit(json);
    }

    private Answer phoneGroups(String query) {
      if (!"GET".equals(request.getMethod())) {
        return methodNotAllowed("GET");
      }
      Answer refusal = authenticate(Answer.READ_REFUSED);
      if (refusal != null) {
        return refusal;
      }
      return api.phoneGroups(queryParameter(query, "taskId"));
    }

    private Answer authenticate(JsonElement refused) {
      HttpFields headers = request.getHeaders();
      return api.authenticate(headers.getValuesList(signing.appIdHeader()),
          headers.getValuesList(signing.timestampHeader()), headers.getValuesList(signing.signHeader()),
          refused);
    }

    /** The control API: reset, seed a task, read a task. */
    private Answer control(String route, BodyReader.Body body) {
      String method = request.getMethod();
      if (route.equals("reset")) {
        if (!"POST".equals(method)) {
          return methodNotAllowed("POST");
        }
        api.reset();
        JsonObject done = new JsonObject();
        done.addProperty("reset", true);
        return Answer.http(200, done);
      }
      if (route.equals("tasks")) {
        if ("GET".equals(method)) {
          JsonArray all = new JsonArray();
          api.tasks().forEach(task -> all.add(api.taskJson().toJson(task)));
          JsonObject json = new JsonObject();
          json.add("tasks", all);
          return Answer.http(200, json);
        }
        if (!"POST".equals(method)) {
          return methodNotAllowed("GET, POST");
        }
        if (body.tooLarge()) {
          return Answer.error(413, "the body is larger than " + maxBodyBytes + " bytes");
        }
        try {
          JsonElement json = StrictJson.parse(body.bytes(), body.length());
          dev.outboundkit.mock.Task task = api.taskJson().fromJson(json, "task");
          api.seed(task);
          return Answer.http(200, api.taskJson().toJson(task));
        } catch (StrictJson.NotJsonException | IllegalArgumentException e) {
          return Answer.error(400, Answer.bound(e.getMessage()));
        }
      }
      if (route.startsWith("tasks/")) {
        if (!"GET".equals(method)) {
          return methodNotAllowed("GET");
        }
        String idText = route.substring("tasks/".length());
        long id;
        try {
          id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
          return Answer.error(400, "the task id must be an integer, was " + Answer.quote(idText));
        }
        return api.task(id).<Answer>map(task -> Answer.http(200, api.taskJson().toJson(task)))
            .orElseGet(() -> Answer.error(404, "the mock has no task " + id));
      }
      return Answer.error(404, "no such control route: " + Answer.quote(MockServer.CONTROL_PREFIX + route));
    }

    private Answer methodNotAllowed(String allowed) {
      response.getHeaders().put(HttpHeader.ALLOW, allowed);
      return Answer.error(405, Answer.quote(request.getMethod()) + " is not allowed here; use " + allowed);
    }

    /** @param close whether to end the connection after the answer (a body was left unread) */
    private void send(Answer answer, boolean close) {
      response.setStatus(answer.status);
      HttpFields.Mutable headers = response.getHeaders();
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

  /** @return the first value of the parameter, URL-decoded; null when absent */
  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(key).equals(name)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8); // escapes are checked before
  }
}
