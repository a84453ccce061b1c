package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Beyond {@code maxConnections}, a new connection waits to be accepted until one closes. No
 * sleep decides anything: the holder's own round trips show that it is the accepted connection,
 * and that the mock is answering while the one over the bound gets nothing.
 */
class ConnectionLimitIT {

  private static final int ROUND_TRIPS = 3;

  @Test
  void aConnectionOverTheBoundIsServedOnlyAfterAnotherCloses() throws Exception {
    try (MockServer server = MockFixture.builder().maxConnections(1).build().start();
        Socket holder = RawHttp.connect(server.port())) {
      assertThat(editOn(holder, "占位")).as("the holder is the one connection accepted").isEqualTo("10000");

      try (Socket waiting = RawHttp.connect(server.port())) { // the system completes it; the mock does not accept it
        send(waiting, RawHttp.edit(body("排队"), MockFixture.signedHeaders()));
        for (int i = 0; i < ROUND_TRIPS; i++) {
          assertThat(editOn(holder, "占位" + i)).isEqualTo("10000");
          assertThat(waiting.getInputStream().available()).as("nothing for the connection over the bound").isZero();
        }
        holder.close(); // frees the one place

        RawHttp.Response answer = RawHttp.read(waiting.getInputStream());
        assertThat(answer.status()).as(answer.head()).isEqualTo(200);
        assertThat(answer.json().getAsJsonObject().get("code").getAsString()).isEqualTo("10000");
        assertThat(server.task(MockFixture.NOT_STARTED).taskName()).isEqualTo("排队");
      }
    }
  }

  /** @return the code of an edit renaming the not-started task, sent on a kept-alive connection */
  private static String editOn(Socket socket, String taskName) throws IOException {
    send(socket, RawHttp.keptAliveEdit(body(taskName), MockFixture.signedHeaders()));
    InputStream in = socket.getInputStream();
    RawHttp.Response answer = RawHttp.read(in);
    assertThat(answer.status()).as(answer.head()).isEqualTo(200);
    return answer.json().getAsJsonObject().get("code").getAsString();
  }

  private static String body(String taskName) {
    return MockFixture.notStartedBody(MockFixture.NOT_STARTED, taskName).toString();
  }

  private static void send(Socket socket, String request) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
