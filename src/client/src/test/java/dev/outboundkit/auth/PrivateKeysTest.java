package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static dev.outboundkit.auth.KeyFormatAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateKeysTest {

  private static final BigInteger MODULUS = TestKeys.referenceModulus();

  @TempDir
  Path tempDir;

  @Test
  void pkcs8PemLoads() {
    assertThat(PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void pkcs1PemLoads() {
    assertThat(PrivateKeys.load(TestKeys.path(TestKeys.PKCS1_PEM)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void bareBase64Pkcs8WithLineBreaksLoads() {
    assertThat(PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_BASE64)).getModulus())
        .isEqualTo(MODULUS);
  }

  @Test
  void bareBase64Pkcs8OnOneLineParses() {
    String oneLine = TestKeys.text(TestKeys.PKCS8_BASE64).replaceAll("\\s", "");

    assertThat(PrivateKeys.parse(oneLine, null, null).getModulus()).isEqualTo(MODULUS);
  }

  @Test
  void bareBase64WithWindowsLineBreaksAndIndentParses() {
    String pasted = "  " + TestKeys.text(TestKeys.PKCS8_BASE64).replace("\n", "\r\n\t");

    assertThat(PrivateKeys.parse(pasted, null, "console paste").getModulus()).isEqualTo(MODULUS);
  }

  @Test
  void encryptedPkcs8LoadsWithPassword() {
    RSAPrivateKey key = PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM),
        TestKeys.PASSWORD.toCharArray());

    assertThat(key.getModulus()).isEqualTo(MODULUS);
  }

  @Test
  void passwordIsIgnoredForAnUnencryptedKey() {
    assertThat(PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM), "unused".toCharArray())
        .getModulus()).isEqualTo(MODULUS);
  }

  @Test
  void callersPasswordArrayIsLeftUntouched() {
    char[] password = TestKeys.PASSWORD.toCharArray();

    PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM), password);

    assertThat(new String(password)).isEqualTo(TestKeys.PASSWORD);
  }

  @Test
  void loadedKeyIsAStandardJcaKey() {
    RSAPrivateKey key = PrivateKeys.load(TestKeys.path(TestKeys.PKCS1_PEM));

    assertThat(key.getClass().getName()).doesNotContain("bouncycastle");
    assertThat(key.getFormat()).isEqualTo("PKCS#8");
  }

  @Test
  void missingFileIsRefused() {
    Path missing = tempDir.resolve("nope.pem");

    assertRefused(() -> PrivateKeys.load(missing), missing.toString(), null, "file not found");
  }

  @Test
  void directoryIsRefused() {
    assertRefused(() -> PrivateKeys.load(tempDir), tempDir.toString(), null, "directory");
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path empty = Files.writeString(tempDir.resolve("empty.pem"), " \n\n");

    assertRefused(() -> PrivateKeys.load(empty), empty.toString(), null, "is empty");
  }

  @Test
  void garbageIsRefused() {
    Path garbage = TestKeys.path(TestKeys.GARBAGE);

    assertRefused(() -> PrivateKeys.load(garbage), garbage.toString(), TestKeys.GARBAGE,
        "neither PEM");
  }

  @Test
  void binaryDerFileIsRefusedWithConversionHint() throws IOException {
    byte[] der = Base64.getDecoder()
        .decode(String.join("", TestKeys.base64BodyLines(TestKeys.PKCS8_PEM)));
    Path file = Files.write(tempDir.resolve("key.der"), der);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.PKCS8_PEM,
        "binary file (DER?)");
  }

  @Test
  void base64ThatIsNoKeyIsRefused() {
    assertRefused(() -> PrivateKeys.parse("aGVsbG8gd29ybGQ=", null, null), "inline key", null,
        "not a key");
  }

  @Test
  void truncatedPemIsRefused() {
    String pem = TestKeys.text(TestKeys.PKCS8_PEM);
    String truncated = pem.substring(0, pem.length() / 2);

    assertRefused(() -> PrivateKeys.parse(truncated, null, "half.pem"), "half.pem",
        TestKeys.PKCS8_PEM, "PEM");
  }

  @Test
  void publicKeyPemInPlaceOfPrivateIsRefused() {
    Path file = TestKeys.path(TestKeys.PUBLIC_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.PUBLIC_PEM,
        "this is a public key; the private key is needed to sign");
  }

  @Test
  void bareBase64PublicKeyInPlaceOfPrivateIsRefused() {
    Path file = TestKeys.path(TestKeys.PUBLIC_BASE64);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.PUBLIC_BASE64,
        "this is a public key; the private key is needed to sign");
  }

  @Test
  void pkcs1PublicKeyInPlaceOfPrivateIsRefused() {
    Path file = TestKeys.path(TestKeys.PUBLIC_PKCS1_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.PUBLIC_PKCS1_PEM,
        "this is a public key");
  }

  @Test
  void certificateInPlaceOfPrivateIsRefused() {
    Path file = TestKeys.path(TestKeys.CERTIFICATE_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.CERTIFICATE_PEM,
        "this is a certificate");
  }

  @Test
  void ecKeyIsRefusedNamingTheAlgorithm() {
    Path file = TestKeys.path(TestKeys.EC_PKCS8_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.EC_PKCS8_PEM,
        "this is an EC (prime256v1) key");
  }

  @Test
  void rsa1024KeyIsRefusedNamingItsSize() {
    Path file = TestKeys.path(TestKeys.RSA1024_PKCS8_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.RSA1024_PKCS8_PEM,
        "RSA key is 1024 bits");
  }

  @Test
  void encryptedKeyWithoutPasswordIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM);

    assertRefused(() -> PrivateKeys.load(file), file.toString(), TestKeys.PKCS8_ENCRYPTED_PEM,
        "encrypted and no password was given");
  }

  @Test
  void wrongPasswordIsRefused() {
    Path file = TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM);
    String wrong = "not-the-s3cret";

    assertRefused(() -> PrivateKeys.load(file, wrong.toCharArray()), file.toString(),
        TestKeys.PKCS8_ENCRYPTED_PEM, "wrong password", wrong, TestKeys.PASSWORD);
  }

  @Test
  void inlineKeyErrorsNameTheInlineSource() {
    String publicPem = TestKeys.text(TestKeys.PUBLIC_PEM);

    assertRefused(() -> PrivateKeys.parse(publicPem, null, null), "inline key",
        TestKeys.PUBLIC_PEM, "this is a public key");
  }
}
