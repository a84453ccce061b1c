package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RSASignerTest {

  private static final Path OPENSSL = Path.of("/usr/bin/openssl");

  static List<TestKeys.GoldenSign> goldenSigns() {
    return TestKeys.goldenSigns();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenSigns")
  void signEqualsOpensslGoldenValue(TestKeys.GoldenSign golden) {
    Signer signer = new RSASigner(PrivateKeys.load(TestKeys.path(golden.keyFile())));

    assertThat(RequestSigning.sign(signer, golden.appId(), Long.toString(golden.timestamp()))).isEqualTo(golden.sign());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestKeys.PKCS8_PEM, TestKeys.SECOND_PKCS8_PEM})
  void signEqualsLiveOpensslOutput(String keyFile) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(OPENSSL), "openssl not installed");
    String appId = "租户-" + TestKeys.APP_ID; // non-ASCII checks the UTF-8 encoding step
    long timestamp = 1234567890123L;

    String expected = opensslSign(TestKeys.path(keyFile),
        RequestSigning.stringToSign(appId, Long.toString(timestamp)));

    assertThat(RequestSigning.sign(new RSASigner(PrivateKeys.load(TestKeys.path(keyFile))), appId, Long.toString(timestamp)))
        .isEqualTo(expected);
  }

  @Test
  void signIs344CharactersOfPaddedStandardBase64() {
    String sign = RequestSigning.sign(mainSigner(), TestKeys.APP_ID, "1586314097995");

    assertThat(sign).hasSize(344).matches("[A-Za-z0-9+/]{342}==");
    assertThat(Base64.getDecoder().decode(sign)).hasSize(256);
  }

  @Test
  void stringToSignIsAppIdFollowedByTimestamp() {
    assertThat(RequestSigning.stringToSign(TestKeys.APP_ID, "1586314097995"))
        .isEqualTo("99845aaaaebd4d61acccc9b776208f121586314097995");
  }

  @Test
  void oneSignerIsSafeToShareAcrossThreads() throws Exception {
    Signer signer = mainSigner();
    String expected = TestKeys.goldenSign(TestKeys.PKCS8_PEM, 1586314097995L);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> RequestSigning.sign(signer, TestKeys.APP_ID, "1586314097995")));
      }
      for (Future<String> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nonRsaPrivateKeyIsRefused() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RSASigner(ec.generateKeyPair().getPrivate()))
        .withMessageContaining("EC");
  }

  @Test
  void nullAppIdIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> RequestSigning.sign(mainSigner(), null, "1586314097995"));
  }

  @Test
  void toStringDoesNotRevealTheKey() {
    RSAPrivateKey key = PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM));

    String text = new RSASigner(key).toString();

    assertThat(text).contains("2048").doesNotContain(key.getPrivateExponent().toString())
        .doesNotContain(key.getPrivateExponent().toString(16))
        .doesNotContain(key.getModulus().toString()).doesNotContain(key.getModulus().toString(16));
    TestKeys.base64BodyLines(TestKeys.PKCS8_PEM).forEach(line -> assertThat(text)
        .doesNotContain(line));
  }

  private static Signer mainSigner() {
    return new RSASigner(PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM)));
  }

  /** {@code printf %s TEXT | openssl dgst -sha256 -sign KEY | base64 -w0}. */
  private static String opensslSign(Path key, String text) throws IOException,
      InterruptedException {
    Process process = new ProcessBuilder(OPENSSL.toString(), "dgst", "-sha256", "-sign",
        key.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(text.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream signature = new ByteArrayOutputStream();
    try (InputStream stdout = process.getInputStream()) {
      stdout.transferTo(signature);
    }
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("openssl exit code").isZero();
    return Base64.getEncoder().encodeToString(signature.toByteArray());
  }
}
