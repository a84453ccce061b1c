package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RSAVerifierTest {

  private static final String TIMESTAMP = "1586314097995";
  private static final String GOOD_SIGN =
      TestKeys.goldenSign(TestKeys.PKCS8_PEM, Long.parseLong(TIMESTAMP));

  private final Verifier verifier =
      new RSAVerifier(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)));

  @Test
  void acceptsOpensslSignOfMatchingKey() {
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, GOOD_SIGN)).isTrue();
  }

  @Test
  void acceptsSignFromRsaSigner() {
    String sign = RequestSigning.sign(new RSASigner(PrivateKeys.load(TestKeys.path(TestKeys.PKCS1_PEM))),
        "app-1", "1700000000000");

    assertThat(verifier.verify("app-1", "1700000000000", sign)).isTrue();
  }

  @Test
  void refusesSignMadeWithTheOtherKey() {
    String otherKeySign = TestKeys.goldenSign(TestKeys.SECOND_PKCS8_PEM, Long.parseLong(TIMESTAMP));

    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, otherKeySign)).isFalse();
  }

  @Test
  void refusesDifferentTimestamp() {
    assertThat(verifier.verify(TestKeys.APP_ID, "1586314097996", GOOD_SIGN)).isFalse();
  }

  @Test
  void refusesDifferentAppId() {
    assertThat(verifier.verify(TestKeys.APP_ID + "x", TIMESTAMP, GOOD_SIGN)).isFalse();
  }

  @Test
  void refusesNonBase64WithoutThrowing() {
    String notBase64 = "!".repeat(342) + "==";

    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, notBase64)).isFalse();
  }

  @Test
  void refusesWrongLengthWithoutThrowing() {
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, "abcd")).isFalse();
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, "")).isFalse();
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, GOOD_SIGN + "AAAA")).isFalse();
  }

  @Test
  void refusesUnpaddedBase64() {
    String unpadded = GOOD_SIGN.substring(0, GOOD_SIGN.length() - 2);

    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, unpadded)).isFalse();
  }

  @Test
  void refusesUrlSafeBase64() {
    String urlSafe = GOOD_SIGN.replace('+', '-').replace('/', '_');
    Assumptions.assumeFalse(urlSafe.equals(GOOD_SIGN));

    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, urlSafe)).isFalse();
  }

  @Test
  void refusesRightLengthGarbageWithoutThrowing() {
    // All-ones decodes to a number above the modulus: some providers throw on that.
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, "/".repeat(342) + "==")).isFalse();
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, "A".repeat(342) + "==")).isFalse();
  }

  @Test
  void refusesMissingHeaders() {
    assertThat(verifier.verify(null, TIMESTAMP, GOOD_SIGN)).isFalse();
    assertThat(verifier.verify(TestKeys.APP_ID, null, GOOD_SIGN)).isFalse();
    assertThat(verifier.verify(TestKeys.APP_ID, TIMESTAMP, null)).isFalse();
  }

  @Test
  void nonRsaPublicKeyIsRefused() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RSAVerifier(ec.generateKeyPair().getPublic()));
  }
}
