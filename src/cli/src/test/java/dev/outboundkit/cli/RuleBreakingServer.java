package dev.outboundkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.outboundkit.mock.MockServer;

/**
 * A server no one here wrote, as the conformance suite sees it: the mock behind a small HTTP
 * front that passes every request through (every header, repeated ones too) and breaks one
 * documented rule of the page on the way back, or none.
 */
final class RuleBreakingServer implements AutoCloseable {

  /** What the front breaks. */
  enum Break {
    /** Nothing: the mock's answers as they are. */
    NONE,
    /** Every edit is answered as accepted, and none is kept: no refusal the page states is made. */
    ACCEPTS_EVERY_EDIT,
    /** Every edit is refused with 20001, valid ones too. */
    REFUSES_EVERY_EDIT,
    /** An accepted edit is answered with {@code data: false} rather than the page's {@code true}. */
    SUCCESS_WITH_DATA_FALSE,
    /** getPhoneGroups answers success with no batches, whatever the task holds. */
    READ_BACK_EMPTY,
    /** No rule broken, but an edit is answered only after {@link #SLOW}: later than a client waits. */
    NO_ANSWER_TO_EDITS
  }

  /** How long an edit waits for its answer with {@link Break#NO_ANSWER_TO_EDITS}. */
  static final java.time.Duration SLOW = java.time.Duration.ofSeconds(3);

  private static final String ACCEPTED = "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}";
  private static final String REFUSED = "{\"code\":\"20001\",\"message\":\"请求失败\",\"data\":false}";
  private static final String NO_BATCHES = "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":[]}";
  /** Headers the JDK's client sets itself. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final MockServer mock;
  private final Break broken;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  RuleBreakingServer(MockServer mock, Break broken) throws IOException {
    this.mock = mock;
    this.broken = broken;
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      // without it the JDK's server waits for delayed ACKs: about 40 ms a request on loopback
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // a thread per exchange: a slow edit holds up no read-back
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getRawPath();
      if (broken == Break.NO_ANSWER_TO_EDITS && path.equals(MockServer.EDIT_PATH)) {
        try {
          Thread.sleep(SLOW.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return; // closed without an answer; the client has long stopped waiting
      }
      HttpResponse<String> answer = forward(exchange, body);
      String text = answer.body();
      if (path.equals(MockServer.EDIT_PATH)) {
        text = switch (broken) {
          case ACCEPTS_EVERY_EDIT -> ACCEPTED;
          case REFUSES_EVERY_EDIT -> REFUSED;
          case SUCCESS_WITH_DATA_FALSE -> text.replace("\"data\":true", "\"data\":false");
          default -> text;
        };
      } else if (path.equals(MockServer.PHONE_GROUPS_PATH) && broken == Break.READ_BACK_EMPTY
          && text.contains("\"10000\"")) {
        text = NO_BATCHES;
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
      exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private HttpResponse<String> forward(HttpExchange exchange, String body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + exchange.getRequestURI()));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    boolean get = exchange.getRequestMethod().equals("GET");
    request.method(exchange.getRequestMethod(), get ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
