package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-traffic probe's slow clients, two properties apart, neither judged by a clock:
 *
 * <ul>
 *   <li>a slow client holds no handler thread: with 64 requests stopped halfway (16 times the
 *       mock's handler threads), valid edits on fresh connections are answered, while every slow
 *       one still waits. Their deadlines are far longer than the test, so an edit that had to
 *       wait for a slow client's thread would not be answered at all (its client gives up first);
 *   <li>a slow client is cut: one that trickles its head or its body, a byte every 100 ms (never
 *       idle), gets {@code 408} with a JSON body, never before its deadline.
 * </ul>
 *
 * How fast an edit is answered meanwhile is a speed claim, for a benchmark (docs/BENCHMARKS.md).
 */
class SlowClientsIT {

  private static final int HANDLER_THREADS = 4;
  private static final int SLOW_CLIENTS = 16 * HANDLER_THREADS;
  /** Far beyond the test: no slow client of the first property is cut while it runs. */
  private static final Duration NEVER = Duration.ofMinutes(10);
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final long TRICKLE_MILLIS = 100;
  /** Far longer than the timeout: a client still trickling then was never cut off. */
  private static final long GIVE_UP_MILLIS = 6_000;

  private static ExecutorService clients;

  @BeforeAll
  static void start() {
    clients = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    clients.shutdownNow();
  }

  // ------------------------------------------------------------------ no thread held

  @Test
  void requestsStoppedInTheirHeadsHoldNoThread() throws Exception {
    editsAreAnsweredWhileSlowClientsWait(socket ->
        send(socket, "POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: abc"));
  }

  @Test
  void requestsStoppedInTheirBodiesHoldNoThread() throws Exception {
    String body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "慢").toString();
    editsAreAnsweredWhileSlowClientsWait(socket -> {
      send(socket, signedHead(body, "Expect: 100-continue\r\n"));
      // The mock's handler has the request and reads its body: a blocking server would now hold a
      // thread for it until the body or the deadline comes.
      assertThat(interimHead(socket.getInputStream())).as("the mock reads the body").startsWith("HTTP/1.1 100 ");
      send(socket, body.substring(0, body.length() / 2));
    });
  }

  /** How a slow client stops halfway through its request. */
  private interface Halfway {
    void stop(Socket socket) throws IOException;
  }

  /**
   * Against a mock with few handler threads and deadlines that never pass during the test, opens
   * the slow clients, then sends valid edits on fresh connections: each must be answered, and
   * every slow client must still be waiting.
   */
  private static void editsAreAnsweredWhileSlowClientsWait(Halfway halfway) throws IOException {
    try (MockServer server = MockFixture.builder().threads(HANDLER_THREADS).headerTimeout(NEVER).bodyTimeout(NEVER)
        .build().start()) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          Socket socket = RawHttp.connect(server.port());
          slow.add(socket);
          halfway.stop(socket);
        }
        for (int i = 0; i < 2 * HANDLER_THREADS; i++) {
          MockFixture.Reply reply = MockFixture.edit(server, MockFixture.notStartedBody(MockFixture.NOT_STARTED, "快" + i));
          assertThat(reply.code()).isEqualTo("10000");
        }
        for (Socket socket : slow) {
          assertThat(socket.getInputStream().available()).as("a slow client got an answer").isZero();
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  // ------------------------------------------------------------------ cut at the deadline

  @Test
  void trickledHeadersAreCutWithA408AfterTheHeaderTimeout() throws Exception {
    String head = "POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    cutAfterTheDeadline(head, "abcdefghijklmnopqrstuvwxyz".repeat(10), "request line and headers did not arrive in time");
  }

  @Test
  void trickledBodiesAreCutWithA408AfterTheBodyTimeout() throws Exception {
    String body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "慢").toString();
    cutAfterTheDeadline(signedHead(body, ""), body, "body did not arrive");
  }

  /** What one slow client saw: the answer and how long after connecting the mock ended it. */
  private record Cut(RawHttp.Response response, long afterMillis) {
  }

  private void cutAfterTheDeadline(String head, String trickled, String cutMessage) throws Exception {
    try (MockServer server = MockFixture.builder().headerTimeout(TIMEOUT).bodyTimeout(TIMEOUT).build().start()) {
      List<Future<Cut>> slow = new ArrayList<>();
      for (int i = 0; i < HANDLER_THREADS; i++) {
        slow.add(clients.submit(() -> trickle(server.port(), head, trickled)));
      }
      for (Future<Cut> future : slow) {
        Cut cut = future.get(GIVE_UP_MILLIS + 10_000, TimeUnit.MILLISECONDS);
        assertThat(cut.response().status()).as(cut.response().head()).isEqualTo(408);
        assertThat(cut.response().json().getAsJsonObject().get("error").getAsString()).contains(cutMessage);
        // The deadline starts after the connection does, so this holds on any machine, however slow.
        assertThat(cut.afterMillis()).isGreaterThanOrEqualTo(TIMEOUT.toMillis());
      }
    }
  }

  /** Sends the head, then one byte of the rest every 100 ms, until the mock answers or closes. */
  private static Cut trickle(int port, String head, String rest) throws IOException, InterruptedException {
    byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try (Socket socket = RawHttp.connect(port)) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      int sent = 0;
      while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < GIVE_UP_MILLIS && in.available() == 0) {
        try {
          out.write(bytes[sent++ % bytes.length]);
          out.flush();
        } catch (IOException closedByTheMock) {
          break;
        }
        Thread.sleep(TRICKLE_MILLIS);
      }
      RawHttp.Response response = RawHttp.read(in);
      return new Cut(response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
  }

  /** A signed edit's head for the body, with extra header lines, up to the blank line. */
  private static String signedHead(String body, String extraHeaderLines) {
    StringBuilder head = new StringBuilder("POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\n");
    MockFixture.signedHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append(extraHeaderLines);
    head.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n");
    return head.toString();
  }

  /**
   * @return an interim answer's head (it has no body), read up to its blank line and no further;
   *     what came when none came within the read timeout
   */
  private static String interimHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    try {
      while (head.indexOf("\r\n\r\n") < 0) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
    } catch (SocketTimeoutException none) {
      // returned as it is
    }
    return head.toString();
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }
}
