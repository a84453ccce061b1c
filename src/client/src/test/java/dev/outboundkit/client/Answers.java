package dev.outboundkit.client;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** The answers the retry tests queue on their MockWebServer. */
final class Answers {
  static final String SUCCESS = "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}";

  private Answers() {
  }

  /** @return an edit's success */
  static MockResponse success() {
    return new MockResponse.Builder().body(SUCCESS).build();
  }

  /** @return a read-back's success: one batch */
  static MockResponse phoneGroups() {
    return new MockResponse.Builder().body("{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":[{\"name\":\"本人\","
        + "\"identify\":\"default\",\"autoOutboundSwitch\":0}]}").build();
  }

  /** @return the vendor's envelope with that code, on HTTP 200 */
  static MockResponse code(String code) {
    return code(code, 200);
  }

  static MockResponse code(String code, int status) {
    return new MockResponse.Builder().code(status)
        .body("{\"code\":\"" + code + "\",\"message\":\"消息 " + code + "\",\"data\":false}").build();
  }

  /** @return a gateway's HTML page with that status */
  static MockResponse gatewayPage(int status) {
    return new MockResponse.Builder().code(status).body("<html><body>" + status + " from the gateway</body></html>")
        .build();
  }

  /** @return an answer that never comes: the server reads the request and says nothing */
  static MockResponse silence() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }
}
