package dev.outboundkit.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * The wire sends an edit as given: the body's bytes, the headers given, and no Content-Type of its
 * own (REST Assured, used before, sent {@code *}{@code /*} where a scenario left it out); a server
 * that does not answer is an answer too.
 */
class WireIT {
  private static final String BODY = "{\"taskName\":\"任务\", \"acw\": 10}";
  private static final String ANSWER = "{\"code\":\"10000\",\"message\":\"ok\",\"data\":true}";

  private final AtomicReference<Headers> headersSeen = new AtomicReference<>();
  private final AtomicReference<String> bodySeen = new AtomicReference<>();
  private HttpServer server;
  private Wire wire;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      headersSeen.set(exchange.getRequestHeaders());
      bodySeen.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
    wire = new Wire("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    wire.close();
    server.stop(0);
  }

  @Test
  void anEditWithoutAContentTypeGoesWithoutOne() {
    List<Map.Entry<String, String>> headers = List.of(Map.entry("appId", "app"), Map.entry("timestamp", "1"));

    Exchange exchange = wire.edit(BODY, headers);

    assertThat(headersSeen.get().get("Content-Type")).isNull();
    assertThat(headersSeen.get().getFirst("appId")).isEqualTo("app");
    assertThat(bodySeen.get()).isEqualTo(BODY);
    assertThat(exchange.url()).isEqualTo(wire.baseUrl() + Wire.EDIT_PATH);
    assertThat(exchange.headers()).isEqualTo(headers);
    assertThat(exchange.answer().accepted()).isTrue();
  }

  @Test
  void theContentTypeGivenIsTheOneSent() {
    wire.edit(BODY, List.of(Map.entry("Content-Type", "text/plain")));

    assertThat(headersSeen.get().get("Content-Type")).containsExactly("text/plain");
  }

  @Test
  void anEmptyBodyIsSentEmpty() {
    wire.edit("", List.of(Map.entry("Content-Type", "application/json")));

    assertThat(bodySeen.get()).isEmpty();
    assertThat(headersSeen.get().getFirst("Content-Length")).isEqualTo("0");
  }

  @Test
  void aServerThatIsGoneIsNoAnswerNotAnException() {
    server.stop(0);

    Exchange exchange = wire.readBack(121, List.of());

    assertThat(exchange.answer().status()).isEqualTo(-1);
    assertThat(exchange.answer().text()).startsWith("no answer: ");
    assertThat(exchange.describe()).contains("# answer: (none)").contains("curl -sS -X GET");
  }
}
