package dev.outboundkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.RSAPrivateKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.testing.TestKeys;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

/** What a {@code 10001} says beyond the vendor's 鉴权失败: the clock's offset and the key's fingerprint, never the key. */
class AuthenticationHintTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
  /** What {@code openssl pkey -pubin -in rsa2048-public.pem -outform DER | openssl dgst -sha256} prints, cut to 16. */
  private static final String MAIN_KEY_FINGERPRINT = "616c82fccbd52be8";
  private static final String SECOND_KEY_FINGERPRINT = "59ba0ccb728e4bca";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private AuthenticationFailedException authFailure(PrivateKey key, String date) {
    MockResponse.Builder answer = new MockResponse.Builder()
        .body("{\"code\":\"10001\",\"message\":\"鉴权失败\",\"data\":false}");
    if (date != null) {
      answer.setHeader("Date", date);
    }
    server.enqueue(answer.build());
    OutboundClient client = TestClients.against(server).privateKey(key).clock(CLOCK).build();
    return catchThrowableOfType(AuthenticationFailedException.class, () -> client.getPhoneGroups(121L));
  }

  @Test
  void clockAheadOfTheDateHeaderIsShownInSeconds() {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), "Mon, 06 May 2024 07:02:57 GMT");

    assertThat(e.clockOffset()).contains(Duration.ofSeconds(312));
    assertThat(e).hasMessageContaining("this machine's clock is 312 s ahead of the answer's Date header");
  }

  @Test
  void clockBehindTheDateHeaderIsShownInSeconds() {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), "Mon, 06 May 2024 07:10:09 GMT");

    assertThat(e.clockOffset()).contains(Duration.ofSeconds(-120));
    assertThat(e).hasMessageContaining("this machine's clock is 120 s behind the answer's Date header");
  }

  @Test
  void clockInStepWithTheDateHeaderIsSaidToBe() {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), "Mon, 06 May 2024 07:08:09 GMT");

    assertThat(e).hasMessageContaining("this machine's clock is within a second of the answer's Date header");
  }

  @Test
  void answerWithoutADateHeaderSaysSo() {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), null);

    assertThat(e.clockOffset()).isEmpty();
    assertThat(e).hasMessageContaining("no Date header in the answer");
  }

  @Test
  void fingerprintIsThatOfTheMatchingPublicKeyAsOpensslPrintsIt() {
    assertThat(authFailure(TestKeys.privateKey(), null))
        .hasMessageContaining("public-key fingerprint is " + MAIN_KEY_FINGERPRINT)
        .satisfies(e -> assertThat(e.keyFingerprint()).contains(MAIN_KEY_FINGERPRINT));
    assertThat(authFailure(PrivateKeys.load(TestKeys.path(TestKeys.SECOND_PKCS8_PEM)), null).keyFingerprint())
        .contains(SECOND_KEY_FINGERPRINT);
  }

  @Test
  void vendorsCodeAndMessageStayAsSent() {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), "Mon, 06 May 2024 07:02:57 GMT");

    assertThat(e.code()).isEqualTo("10001");
    assertThat(e.vendorMessage()).isEqualTo("鉴权失败");
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e).hasMessageStartingWith("vendor answered 10001 鉴权失败 (HTTP 200); local hints: ");
  }

  @Test
  void messageNeverShowsTheKeyOrTheSign() throws Exception {
    AuthenticationFailedException e = authFailure(TestKeys.privateKey(), "Mon, 06 May 2024 07:02:57 GMT");
    String sign = server.takeRequest().getHeaders().get(SigningInterceptor.SIGN_HEADER);

    assertThat(e.getMessage()).doesNotContain(sign).doesNotContain("\n");
    for (String keyFile : new String[] {TestKeys.PKCS8_PEM, TestKeys.PUBLIC_PEM}) {
      for (String line : TestKeys.base64BodyLines(keyFile)) {
        assertThat(e.getMessage()).doesNotContain(line.substring(0, 16));
      }
    }
  }

  @Test
  void keyWithoutItsPublicExponentStillGetsTheClockHint() throws Exception {
    RSAPrivateKey crt = TestKeys.privateKey();
    PrivateKey bare = KeyFactory.getInstance("RSA")
        .generatePrivate(new RSAPrivateKeySpec(crt.getModulus(), crt.getPrivateExponent()));

    AuthenticationFailedException e = authFailure(bare, "Mon, 06 May 2024 07:02:57 GMT");

    assertThat(e.keyFingerprint()).isEmpty();
    assertThat(e).hasMessageContaining("312 s ahead").hasMessageNotContaining("fingerprint");
  }
}
