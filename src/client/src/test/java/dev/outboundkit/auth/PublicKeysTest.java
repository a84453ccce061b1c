package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static dev.outboundkit.auth.KeyFormatAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outboundkit.exception.KeyFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicKeysTest {

  private static final BigInteger MODULUS = TestKeys.referenceModulus();

  @TempDir
  Path tempDir;

  @Test
  void spkiPemLoads() {
    assertThat(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void pkcs1PemLoads() {
    assertThat(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PKCS1_PEM)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void bareBase64SpkiLoads() {
    assertThat(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_BASE64)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void bareBase64SpkiOnOneLineParses() {
    String oneLine = TestKeys.text(TestKeys.PUBLIC_BASE64).replaceAll("\\s", "");

    assertThat(PublicKeys.parse(oneLine, null).getModulus()).isEqualTo(MODULUS);
  }

  @Test
  void loadedKeyEncodesAsX509() {
    assertThat(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PKCS1_PEM)).getFormat())
        .isEqualTo("X.509");
  }

  @Test
  void missingFileIsRefused() {
    Path missing = tempDir.resolve("nope.pem");

    assertRefused(() -> PublicKeys.load(missing), missing.toString(), null, "file not found");
  }

  @Test
  void emptyTextIsRefused() throws IOException {
    Path empty = Files.writeString(tempDir.resolve("empty.pem"), "");

    assertRefused(() -> PublicKeys.load(empty), empty.toString(), null, "is empty");
  }

  @Test
  void garbageIsRefused() {
    Path garbage = TestKeys.path(TestKeys.GARBAGE);

    assertRefused(() -> PublicKeys.load(garbage), garbage.toString(), TestKeys.GARBAGE,
        "neither PEM");
  }

  @Test
  void base64ThatIsNoKeyIsRefused() {
    // Shaped like a bare key, so it first meets the JDK-only path, which must hand it on.
    assertThat(catchThrowableOfType(KeyFormatException.class, () -> PublicKeys.parse("QUJDREVGR0hJSktM", "console paste")))
        .hasMessageStartingWith("console paste: ");
  }

  @Test
  void privateKeyPemInPlaceOfPublicIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS8_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.PKCS8_PEM,
        "this is a private key; the public key belongs here");
  }

  @Test
  void pkcs1PrivateKeyInPlaceOfPublicIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS1_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.PKCS1_PEM,
        "this is a private key");
  }

  @Test
  void bareBase64PrivateKeyInPlaceOfPublicIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS8_BASE64);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.PKCS8_BASE64,
        "this is a private key");
  }

  @Test
  void encryptedPrivateKeyInPlaceOfPublicIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.PKCS8_ENCRYPTED_PEM,
        "this is a private key");
  }

  @Test
  void certificateInPlaceOfPublicKeyIsRefused() {
    Path file = TestKeys.path(TestKeys.CERTIFICATE_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.CERTIFICATE_PEM,
        "this is a certificate, not a public key");
  }

  @Test
  void ecPublicKeyIsRefusedNamingTheAlgorithm() {
    Path file = TestKeys.path(TestKeys.EC_PUBLIC_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.EC_PUBLIC_PEM,
        "this is an EC (prime256v1) key");
  }

  @Test
  void rsa1024PublicKeyIsRefusedNamingItsSize() {
    Path file = TestKeys.path(TestKeys.RSA1024_PUBLIC_PEM);

    assertRefused(() -> PublicKeys.load(file), file.toString(), TestKeys.RSA1024_PUBLIC_PEM,
        "RSA key is 1024 bits");
  }
}
