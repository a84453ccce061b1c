package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-traffic probe's slow clients: 64 connections (16 times the default handler
 * threads) trickle their headers, or their body, one byte every 100 ms. Meanwhile valid edits on
 * fresh connections are answered {@code 10000} at once, and every slow client is cut off with
 * {@code 408} and a JSON body after the configured timeout (1 s here; 5 s by default): a body at
 * the body timeout, a head within one to two head timeouts. Bounded: about 4 s, loopback only.
 */
class SlowClientsTest {

  private static final int SLOW_CLIENTS = 64;
  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private static final long TRICKLE_MILLIS = 100;
  /** Far longer than the timeout: a client still trickling then was never cut off. */
  private static final long GIVE_UP_MILLIS = 6_000;

  private static MockServer server;
  private static ExecutorService clients;

  @BeforeAll
  static void start() {
    server = MockFixture.builder().headerTimeout(TIMEOUT).bodyTimeout(TIMEOUT).build().start();
    clients = Executors.newFixedThreadPool(SLOW_CLIENTS);
    for (int i = 0; i < 20; i++) { // the edit path warm, so that the timing below is the server's
      MockFixture.edit(server, MockFixture.notStartedBody(MockFixture.NOT_STARTED, "预热"));
    }
  }

  @AfterAll
  static void stop() {
    clients.shutdownNow();
    server.close();
  }

  /** What one slow client saw: the answer and how long after connecting the server ended it. */
  record Cut(RawHttp.Response response, long afterMillis) {
  }

  @Test
  void trickledHeadersStarveNoOneAndAreCutAfterTheHeaderTimeout() throws Exception {
    String head = "POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    probe(head, "abcdefghijklmnopqrstuvwxyz".repeat(10), "request line and headers did not arrive in time",
        2 * TIMEOUT.toMillis());
  }

  @Test
  void trickledBodiesStarveNoOneAndAreCutAfterTheBodyTimeout() throws Exception {
    String body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "慢").toString();
    StringBuilder head = new StringBuilder("POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\n");
    MockFixture.signedHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n");
    probe(head.toString(), body, "body did not arrive", TIMEOUT.toMillis());
  }

  /** @param cutBy the latest the slow clients must be cut, after connecting, in ms */
  private void probe(String head, String trickled, String cutMessage, long cutBy) throws Exception {
    List<Future<Cut>> slow = new ArrayList<>();
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      slow.add(clients.submit(() -> trickle(head, trickled)));
    }
    Thread.sleep(300); // all connected and trickling

    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      MockFixture.Reply reply = MockFixture.edit(server, MockFixture.notStartedBody(MockFixture.NOT_STARTED, "快" + i));
      millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(reply.code()).isEqualTo("10000");
    }
    Arrays.sort(millis);
    // Starved, an edit would wait for a slow client's timeout (1 s); served, it takes ~1 ms.
    assertThat(millis[millis.length / 2]).as("median ms of %s", Arrays.toString(millis)).isLessThan(100);
    assertThat(millis[millis.length - 1]).as("slowest ms of %s", Arrays.toString(millis)).isLessThan(500);

    for (Future<Cut> future : slow) {
      Cut cut = future.get(GIVE_UP_MILLIS + 2_000, TimeUnit.MILLISECONDS);
      assertThat(cut.response().status()).as(cut.response().head()).isEqualTo(408);
      assertThat(cut.response().json().getAsJsonObject().get("error").getAsString()).contains(cutMessage);
      assertThat(cut.afterMillis()).isBetween(TIMEOUT.toMillis() - 50, cutBy + 1_000);
    }
  }

  /** Sends the head, then one byte of the rest every 100 ms, until the server answers or closes. */
  private static Cut trickle(String head, String rest) throws IOException, InterruptedException {
    byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      socket.setSoTimeout(3000);
      long start = System.nanoTime();
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      int sent = 0;
      while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < GIVE_UP_MILLIS) {
        if (in.available() > 0) {
          break;
        }
        try {
          out.write(bytes[sent++ % bytes.length]);
          out.flush();
        } catch (IOException closedByServer) {
          break;
        }
        Thread.sleep(TRICKLE_MILLIS);
      }
      RawHttp.Response response = RawHttp.read(in);
      return new Cut(response, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
  }
}
