package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.outboundkit.spec.ApiSpec;

class RequestSigningTest {
  private static final Signer SIGNER = new RSASigner(PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM)));
  private static final Verifier VERIFIER = new RSAVerifier(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)));

  @Test
  void headersAreNamedByTheSpecAndSignAppIdFollowedByTimestamp() {
    var headers = ApiSpec.bundled().signing().headers(SIGNER, TestKeys.APP_ID, "1586314097995");

    assertThat(headers).containsExactly(
        java.util.Map.entry("appId", TestKeys.APP_ID),
        java.util.Map.entry("timestamp", "1586314097995"),
        java.util.Map.entry("sign", TestKeys.goldenSign(TestKeys.PKCS8_PEM, 1586314097995L)));
  }

  @Test
  void theSignerSignsTheUtf8BytesOfTheStringToSign() {
    byte[] message = RequestSigning.stringToSign("租户", "1").getBytes(StandardCharsets.UTF_8);

    assertThat(RequestSigning.sign(SIGNER, "租户", "1"))
        .isEqualTo(Base64.getEncoder().encodeToString(SIGNER.sign(message)));
  }

  @Test
  void aTimestampThatIsNotANumberIsSignedAsText() {
    String sign = RequestSigning.sign(SIGNER, TestKeys.APP_ID, "1586314097.995");

    assertThat(VERIFIER.verify(TestKeys.APP_ID, "1586314097.995", sign)).isTrue();
    assertThat(VERIFIER.verify(TestKeys.APP_ID, "1586314097995", sign)).isFalse();
  }

  @Test
  void unpaddedBase64IsRefused() {
    String sign = RequestSigning.sign(SIGNER, TestKeys.APP_ID, "1586314097995");
    assertThat(sign).endsWith("=");

    assertThat(VERIFIER.verify(TestKeys.APP_ID, "1586314097995", sign.replace("=", ""))).isFalse();
    assertThat(VERIFIER.verify(TestKeys.APP_ID, "1586314097995", sign)).isTrue();
  }
}
