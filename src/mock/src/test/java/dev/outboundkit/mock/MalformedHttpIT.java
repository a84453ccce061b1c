package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed HTTP gets an HTTP error status with a small JSON body {@code {"error": "..."}} that
 * says what is wrong: never an HTML page, never a Java class name, never a reset. Each case of
 * docs/mock.md ("Malformed HTTP") is a row here.
 *
 * <p>Each request is sent whole in one write ({@link RawHttp#connect}) and is at most 16 KiB:
 * Jetty reads a head in 8 KiB reads and refuses it after its second, so the mock has read every
 * byte of these when it answers, and closes with nothing left unread (no reset). A longer head
 * is refused the same way but its rest races with the close (docs/mock.md), so no row has one.
 */
class MalformedHttpIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static final String EDIT = "POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: x\r\n";
  private static final String READ = "GET " + MockServer.PHONE_GROUPS_PATH;

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a bad %-escape in the query", READ + "?%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "%-escape"),
        Arguments.of("a bad %-escape in the path", "GET /speech/%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, "400 Bad Request"),
        Arguments.of("a backslash in the path", "GET /speech\\openapi HTTP/1.1\r\nHost: x\r\n\r\n", 400, "Path Character"),
        Arguments.of("Content-Length: abc", EDIT + "Content-Length: abc\r\n\r\n", 400, "Invalid Content-Length"),
        Arguments.of("a negative Content-Length", EDIT + "Content-Length: -1\r\n\r\n", 400, "Invalid Content-Length"),
        Arguments.of("two Content-Lengths", EDIT + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400,
            "Multiple Content-Lengths"),
        Arguments.of("Content-Length with chunked", EDIT + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400, "Transfer-Encoding and Content-Length"),
        // over the 8 KiB head limit, under the 16 KiB the mock reads before it refuses (see above)
        Arguments.of("1,000 headers", "GET / HTTP/1.1\r\nHost: x\r\n" + headers(1000) + "\r\n", 431,
            "Request Header Fields Too Large"),
        Arguments.of("one 12 KB header", "GET / HTTP/1.1\r\nHost: x\r\nX-A: " + "a".repeat(12_000) + "\r\n\r\n", 431,
            "Request Header Fields Too Large"),
        Arguments.of("a chunk size that is not hex", EDIT + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
            400, "chunk size that is not hex"),
        Arguments.of("a chunk longer than its size", EDIT + "Transfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n",
            400, "framing is broken"),
        Arguments.of("HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400, "No Host"),
        Arguments.of("an obs-folded header value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", 400, "Folding"),
        Arguments.of("NUL in a header value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n", 400,
            "Illegal character"),
        Arguments.of("a space in a header name", "GET / HTTP/1.1\r\nHost: x\r\nX A: b\r\n\r\n", 400, "Illegal character"),
        Arguments.of("bare LF line ends", "GET / HTTP/1.1\nHost: x\n\n", 400, "LF"),
        Arguments.of("an unknown HTTP version", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", 505, "Unknown Version"),
        Arguments.of("a TLS handshake on the plain port", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003\r\n\r\n",
            400, "Illegal character"),
        Arguments.of("a request line over 8 KiB", "A".repeat(9000) + " / HTTP/1.1\r\nHost: x\r\n\r\n", 431,
            "Request Header Fields Too Large"));
  }

  private static String headers(int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("X-H").append(i).append(": v\r\n");
    }
    return lines.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedHttpGetsAJsonErrorThatSaysWhatIsWrong(String name, String request, int status, String says) {
    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(), request);

    assertThat(response.closedWithoutAnswer()).as("answered, not reset: %s", response.head()).isFalse();
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
    JsonObject json = response.json().getAsJsonObject();
    assertThat(json.keySet()).containsExactly("error");
    assertThat(json.get("error").getAsString()).contains(says);
    assertThat(RawHttp.leaksInternals(response.head() + response.body())).as(response.body()).isFalse();
  }

  @Test
  void theServerDoesNotNameItself() {
    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(), "GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Server")).isNull();
    assertThat(response.json().getAsJsonObject().get("error").getAsString()).isEqualTo("no such path: '/nope'");
  }

  @Test
  void anUnknownMethodOnAnUnknownPathStillGetsAJsonBody() {
    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(),
        "BREW /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().getAsJsonObject().has("error")).isTrue();
  }
}
