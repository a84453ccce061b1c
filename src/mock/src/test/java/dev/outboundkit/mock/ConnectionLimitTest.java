package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Beyond {@code maxConnections}, a new connection waits to be accepted until one closes. */
class ConnectionLimitTest {

  @Test
  void aConnectionOverTheBoundWaitsUntilAnotherCloses() throws Exception {
    try (MockServer server = MockFixture.builder().maxConnections(1).build().start()) {
      Socket holder = new Socket();
      holder.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
      Thread.sleep(200); // accepted: the one connection allowed

      CompletableFuture<MockFixture.Reply> waiting = CompletableFuture.supplyAsync(() ->
          MockFixture.edit(server, MockFixture.notStartedBody(MockFixture.NOT_STARTED, "排队")));
      Thread.sleep(500);
      assertThat(waiting).as("not accepted while the bound is reached").isNotDone();

      holder.close();
      assertThat(waiting.get(5, TimeUnit.SECONDS).code()).isEqualTo("10000");
    }
  }
}
