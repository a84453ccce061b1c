package dev.outboundkit.client;

import dev.outboundkit.testing.TestKeys;
import mockwebserver3.MockWebServer;

/** Clients of the committed test key, against a local server. */
final class TestClients {
  private TestClients() {
  }

  /**
   * @return a builder against the server, whose clock reads one second later at each reading
   *     (every attempt signs its own timestamp) and whose waits the timer records
   */
  static OutboundClient.Builder recordingWaits(MockWebServer server, RecordingTimer timer) {
    return against(server).clock(new TickingClock(TestKeys.TIMESTAMP)).retryTimer(timer);
  }

  /** @return a builder against the server, with the client's own clock, timer and retries */
  static OutboundClient.Builder against(MockWebServer server) {
    return OutboundClient.builder()
        .baseUrl(server.url("/").toString())
        .appId(TestKeys.APP_ID)
        .privateKey(TestKeys.privateKey());
  }
}
