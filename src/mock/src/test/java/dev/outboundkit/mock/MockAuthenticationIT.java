package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.TS;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.post;
import static dev.outboundkit.mock.MockFixture.sign;
import static dev.outboundkit.mock.MockFixture.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MockAuthenticationIT {

  private static final long WINDOW = MockServer.DEFAULT_TIMESTAMP_WINDOW.toMillis();
  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static MockFixture.Reply editWith(Map<String, String> headers) {
    return post(MOCK.server(), MockServer.EDIT_PATH, inProgressBody(IN_PROGRESS).toString(), headers);
  }

  private static Map<String, String> headers(String appId, String timestamp, String sign) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (appId != null) {
      headers.put("appId", appId);
    }
    if (timestamp != null) {
      headers.put("timestamp", timestamp);
    }
    if (sign != null) {
      headers.put("sign", sign);
    }
    return headers;
  }

  @Test
  void aCorrectlySignedRequestIsAccepted() {
    assertThat(editWith(signedHeaders()).code()).isEqualTo("10000");
  }

  @Test
  void aSignatureMadeWithAnotherKeyIsRefusedWith10001() {
    String foreign = RequestSigning.sign(new RSASigner(MockFixture.OTHER_PRIVATE_KEY), APP_ID, Long.toString(TS));

    MockFixture.Reply reply = editWith(headers(APP_ID, Long.toString(TS), foreign));

    assertThat(reply.code()).isEqualTo("10001");
    assertThat(reply.message()).isEqualTo("鉴权失败");
    assertThat(reply.data().getAsBoolean()).isFalse();
    assertThat(MOCK.server().task(IN_PROGRESS)).isEqualTo(MOCK.server().fixtures().task(IN_PROGRESS).orElseThrow());
  }

  @Test
  void aSignOfAnotherTimestampIsRefusedWith10001() {
    assertThat(editWith(headers(APP_ID, Long.toString(TS), sign(TS - 1))).code()).isEqualTo("10001");
  }

  @Test
  void aTimestampOlderThanTheWindowIsRefusedWith10001() {
    long stale = TS - WINDOW - 1;
    assertThat(editWith(headers(APP_ID, Long.toString(stale), sign(stale))).code()).isEqualTo("10001");
  }

  @Test
  void aTimestampFurtherAheadThanTheWindowIsRefusedWith10001() {
    long ahead = TS + WINDOW + 1;
    assertThat(editWith(headers(APP_ID, Long.toString(ahead), sign(ahead))).code()).isEqualTo("10001");
  }

  @Test
  void aTimestampAtTheEdgeOfTheWindowIsAccepted() {
    long edge = TS - WINDOW;
    assertThat(editWith(headers(APP_ID, Long.toString(edge), sign(edge))).code()).isEqualTo("10000");
  }

  @Test
  void theTimestampWindowIsConfigurable() {
    long tenSecondsAgo = TS - 10_000;
    try (MockServer strict = MockFixture.builder().timestampWindow(Duration.ofSeconds(5)).build().start()) {
      MockFixture.Reply reply = post(strict, MockServer.EDIT_PATH, inProgressBody(IN_PROGRESS).toString(),
          headers(APP_ID, Long.toString(tenSecondsAgo), sign(tenSecondsAgo)));
      assertThat(reply.code()).isEqualTo("10001");
    }
  }

  static Stream<String> notEpochMilliseconds() {
    return Stream.of(TS + ".000", "+" + TS, "-" + TS, TS / 1000 + "e3", "0x" + Long.toHexString(TS),
        "now", TS + "x");
  }

  @ParameterizedTest
  @MethodSource("notEpochMilliseconds")
  void aTimestampThatIsNotEpochMillisecondsIsRefusedWith10001(String timestamp) {
    assertThat(editWith(headers(APP_ID, timestamp, sign(TS))).code()).isEqualTo("10001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"appId", "timestamp", "sign"})
  void eachMissingHeaderIsRefusedWith10001(String missing) {
    Map<String, String> headers = signedHeaders();
    headers.remove(missing);

    assertThat(editWith(headers).code()).isEqualTo("10001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"appId", "timestamp", "sign"})
  void eachBlankHeaderIsRefusedWith10001(String blank) {
    Map<String, String> headers = signedHeaders();
    headers.put(blank, " ");

    assertThat(editWith(headers).code()).isEqualTo("10001");
  }

  @Test
  void anAppIdWithNoPublicKeyIsRefusedWith10002() {
    MockFixture.Reply reply = editWith(headers("unknown-app", Long.toString(TS), sign(TS)));

    assertThat(reply.code()).isEqualTo("10002");
    assertThat(reply.message()).isEqualTo("找不到对应的公钥,请先上传公钥");
  }

  @Test
  void aMissingSignIsReportedBeforeAnUnknownAppId() {
    assertThat(editWith(headers("unknown-app", Long.toString(TS), null)).code()).isEqualTo("10001");
  }

  @Test
  void anUnknownAppIdIsReportedBeforeABadTimestamp() {
    assertThat(editWith(headers("unknown-app", "yesterday", sign(TS))).code()).isEqualTo("10002");
  }

  @Test
  void authenticationComesBeforeTheBody() {
    MockFixture.Reply reply = post(MOCK.server(), MockServer.EDIT_PATH, "{not json",
        headers(APP_ID, Long.toString(TS), "bad"));

    assertThat(reply.code()).isEqualTo("10001");
  }

  @Test
  void theReadBackChecksTheSignatureToo() {
    MockFixture.Reply reply = MockFixture.get(MOCK.server(), MockServer.PHONE_GROUPS_PATH + "?taskId=121",
        headers(APP_ID, Long.toString(TS), sign(TS - 1)));

    assertThat(reply.code()).isEqualTo("10001");
    assertThat(reply.data().isJsonNull()).isTrue();
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    Map<String, String> headers = headers(null, null, null);
    headers.put("APPID", APP_ID);
    headers.put("Timestamp", Long.toString(TS));
    headers.put("SIGN", sign(TS));

    assertThat(editWith(headers).code()).isEqualTo("10000");
  }
}
