package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A signing header sent twice makes the request ambiguous: 10001 and nothing changes, whichever
 * copy is the good one, and whatever case the second name is in.
 */
class DuplicatedSigningHeadersIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  static Stream<Arguments> duplicates() {
    Map<String, String> good = MockFixture.signedHeaders();
    return Stream.of(
        Arguments.of("appId twice, an unknown one second", "appId: unknown-app"),
        Arguments.of("appId twice, the same value", "appId: " + good.get("appId")),
        Arguments.of("appid in lower case, second", "appid: " + good.get("appId")),
        Arguments.of("timestamp twice, a stale one second", "timestamp: 1586314097995"),
        Arguments.of("timestamp twice, the same value", "timestamp: " + good.get("timestamp")),
        Arguments.of("sign twice, garbage second", "sign: bm90LWEtc2lnbmF0dXJl"),
        Arguments.of("sign twice, the same value", "SIGN: " + good.get("sign")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void aDuplicatedSigningHeaderIsRefusedWith10001(String name, String extraHeader) {
    JsonObject body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "重复");

    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(),
        RawHttp.edit(body.toString(), MockFixture.signedHeaders(), extraHeader));

    assertThat(response.status()).isEqualTo(200);
    JsonObject json = response.json().getAsJsonObject();
    assertThat(json.get("code").getAsString()).isEqualTo("10001");
    assertThat(json.get("data").getAsBoolean()).isFalse();
    assertThat(MOCK.server().task(MockFixture.NOT_STARTED))
        .isEqualTo(MOCK.server().fixtures().task(MockFixture.NOT_STARTED).orElseThrow());
  }

  @Test
  void theSameRequestWithEachHeaderOnceIsAccepted() {
    JsonObject body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "重复");

    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(),
        RawHttp.edit(body.toString(), MockFixture.signedHeaders()));

    assertThat(response.json().getAsJsonObject().get("code").getAsString()).isEqualTo("10000");
  }

  @Test
  void aDuplicatedHeaderOnTheReadBackIsRefusedWith10001() {
    StringBuilder request = new StringBuilder("GET " + MockServer.PHONE_GROUPS_PATH + "?taskId=121 HTTP/1.1\r\n"
        + "Host: x\r\nConnection: close\r\n");
    MockFixture.signedHeaders().forEach((header, value) -> request.append(header).append(": ").append(value).append("\r\n"));
    request.append("timestamp: 1\r\n\r\n");

    RawHttp.Response response = RawHttp.exchange(MOCK.server().port(), request.toString());

    assertThat(response.json().getAsJsonObject().get("code").getAsString()).isEqualTo("10001");
    assertThat(response.json().getAsJsonObject().get("data").isJsonNull()).isTrue();
  }
}
