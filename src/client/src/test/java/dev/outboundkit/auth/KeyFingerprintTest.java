package dev.outboundkit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.RSAPrivateKeySpec;

import org.junit.jupiter.api.Test;

import dev.outboundkit.testing.TestKeys;

class KeyFingerprintTest {
  /** What {@code openssl pkey -pubin -in rsa2048-public.pem -outform DER | openssl dgst -sha256} prints, cut to 16. */
  private static final String MAIN_KEY_FINGERPRINT = "616c82fccbd52be8";
  private static final String SECOND_KEY_FINGERPRINT = "59ba0ccb728e4bca";

  @Test
  void aPublicKeysFingerprintIsWhatOpensslPrints() {
    assertThat(KeyFingerprint.of(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)))).isEqualTo(MAIN_KEY_FINGERPRINT);
    assertThat(KeyFingerprint.of(PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM))))
        .isEqualTo(SECOND_KEY_FINGERPRINT);
  }

  @Test
  void aPrivateKeyHasTheFingerprintOfItsPublicKey() {
    assertThat(KeyFingerprint.of(TestKeys.privateKey())).contains(MAIN_KEY_FINGERPRINT);
    assertThat(KeyFingerprint.of(PrivateKeys.load(TestKeys.path(TestKeys.SECOND_PKCS8_PEM))))
        .contains(SECOND_KEY_FINGERPRINT);
  }

  @Test
  void aPrivateKeyWithoutItsPublicExponentHasNone() throws Exception {
    RSAPrivateKey crt = TestKeys.privateKey();
    PrivateKey bare = KeyFactory.getInstance("RSA")
        .generatePrivate(new RSAPrivateKeySpec(crt.getModulus(), crt.getPrivateExponent()));

    assertThat(KeyFingerprint.of(bare)).isEmpty();
  }
}
