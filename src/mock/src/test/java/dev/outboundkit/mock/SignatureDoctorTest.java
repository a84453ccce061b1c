package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.TS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.Signer;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the signature doctor finds wrong with a request refused 10001, case by case; never the key or the sign. */
class SignatureDoctorTest {

  private static final String OTHER_APP = "other-app";
  private static final PublicKey OTHER_PUBLIC_KEY = PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM));
  private static final Signer OTHER_SIGNER = new RSASigner(MockFixture.OTHER_PRIVATE_KEY);
  /** {@code openssl pkey -pubin -outform DER | openssl dgst -sha256}, cut to 16, of the two test keys. */
  private static final String FINGERPRINT = "616c82fccbd52be8";
  private static final String OTHER_FINGERPRINT = "59ba0ccb728e4bca";

  private final SignatureDoctor doctor;

  SignatureDoctorTest() {
    Map<String, Verifier> verifiers = new LinkedHashMap<>();
    verifiers.put(APP_ID, new RSAVerifier(MockFixture.PUBLIC_KEY));
    verifiers.put(OTHER_APP, new RSAVerifier(OTHER_PUBLIC_KEY));
    Map<String, PublicKey> keys = Map.of(APP_ID, MockFixture.PUBLIC_KEY, OTHER_APP, OTHER_PUBLIC_KEY);
    doctor = new SignatureDoctor(ApiSpec.bundled().signing(), verifiers, keys, MockFixture.CLOCK, Duration.ofMinutes(5));
  }

  private static Headers headers(String appId, String timestamp, String sign) {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    put(sent, "appId", appId);
    put(sent, "timestamp", timestamp);
    put(sent, "sign", sign);
    return name -> sent.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  private static void put(Map<String, List<String>> headers, String name, String value) {
    if (value != null) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(value);
    }
  }

  private static String signed(Signer signer, String text) {
    return Base64.getEncoder().encodeToString(signer.sign(text.getBytes(StandardCharsets.UTF_8)));
  }

  private String diagnose(String appId, String timestamp, String sign) {
    String finding = doctor.diagnose(headers(appId, timestamp, sign));
    assertThat(finding).as("one line of printable ASCII").matches("[ -~]+");
    if (sign != null && sign.length() > 16) {
      assertThat(finding).doesNotContain(sign.substring(0, 16));
    }
    return finding;
  }

  @Test
  void aSignMadeWithAnotherTenantsKeyNamesThatTenantAndBothFingerprints() {
    String finding = diagnose(APP_ID, Long.toString(TS), RequestSigning.sign(OTHER_SIGNER, APP_ID, Long.toString(TS)));

    assertThat(finding).contains("another tenant", "'" + OTHER_APP + "'", OTHER_FINGERPRINT, FINGERPRINT);
  }

  @Test
  void aSignOfAnotherTenantOverItsOwnAppIdSaysWhichAppIdSigned() {
    String finding = diagnose(APP_ID, Long.toString(TS), RequestSigning.sign(OTHER_SIGNER, OTHER_APP, Long.toString(TS)));

    assertThat(finding).contains("'" + OTHER_APP + "'", "over its own appId", OTHER_FINGERPRINT);
  }

  @Test
  void aSignWithAKeyNoTenantHasNamesTheExpectedFingerprint() {
    Signer stranger = new RSASigner(RSAKeyPairs.generate().getPrivate());

    String finding = diagnose(APP_ID, Long.toString(TS), RequestSigning.sign(stranger, APP_ID, Long.toString(TS)));

    assertThat(finding).contains("does not verify with the public key of appId", FINGERPRINT, "compare its fingerprint");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "REVERSED | timestamp + appId",
      "NEWLINE  | appId + newline + timestamp",
      "TRAILING | appId + timestamp + newline",
      "SPACE    | appId + space + timestamp",
      "SECONDS  | appId + the timestamp in seconds"})
  void aSignOverAnotherStringSaysWhichString(String slip, String words) {
    String ts = Long.toString(TS);
    String text = switch (slip) {
      case "REVERSED" -> ts + APP_ID;
      case "NEWLINE" -> APP_ID + "\n" + ts;
      case "TRAILING" -> APP_ID + ts + "\n";
      case "SPACE" -> APP_ID + " " + ts;
      default -> APP_ID + ts.substring(0, ts.length() - 3);
    };

    assertThat(diagnose(APP_ID, ts, signed(MockFixture.SIGNER, text))).contains("over " + words,
        "not over appId + timestamp");
  }

  @Test
  void aTimestampBeyondTheWindowSaysHowFarAndWhichWay() {
    long ahead = TS + Duration.ofMinutes(10).toMillis();
    long behind = TS - Duration.ofMinutes(7).toMillis();

    assertThat(diagnose(APP_ID, Long.toString(ahead), MockFixture.sign(ahead)))
        .isEqualTo("the timestamp is 600 s ahead of the mock's clock, beyond the window of 300 s either side");
    assertThat(diagnose(APP_ID, Long.toString(behind), MockFixture.sign(behind))).contains("420 s behind");
  }

  @Test
  void withNoTimestampWindowAFarTimestampIsNotTheDiagnosis() {
    SignatureDoctor noWindow = new SignatureDoctor(ApiSpec.bundled().signing(),
        Map.of(APP_ID, new RSAVerifier(MockFixture.PUBLIC_KEY)), Map.of(APP_ID, MockFixture.PUBLIC_KEY),
        MockFixture.CLOCK, null);
    long ahead = TS + Duration.ofDays(30).toMillis();

    // Signed over another timestamp: that, not the distance, is what the mock refused.
    assertThat(noWindow.diagnose(headers(APP_ID, Long.toString(ahead), MockFixture.sign(TS))))
        .doesNotContain("window").contains("does not verify");
  }

  @Test
  void aTimestampInSecondsIsSaidToLookLikeSeconds() {
    String seconds = Long.toString(TS / 1000);

    assertThat(diagnose(APP_ID, seconds, RequestSigning.sign(MockFixture.SIGNER, APP_ID, seconds)))
        .contains("the timestamp " + seconds + " looks like epoch seconds", Long.toString(TS));
  }

  @Test
  void aTimestampThatIsNoNumberIsQuotedEscaped() {
    assertThat(diagnose(APP_ID, "2026-11-24T10:00:00Z", MockFixture.sign(TS)))
        .startsWith("the timestamp '2026-11-24T10:00:00Z' is not epoch milliseconds");
    assertThat(diagnose(APP_ID, "时间", MockFixture.sign(TS))).contains("'\\u65f6\\u95f4'");
  }

  @Test
  void aSignThatIsNotBase64SaysSo() {
    assertThat(diagnose(APP_ID, Long.toString(TS), "not base64!")).startsWith("sign is not Base64");
    assertThat(diagnose(APP_ID, Long.toString(TS), MockFixture.sign(TS).replace('+', '-').replace('/', '_')))
        .startsWith("sign is URL-safe Base64");
    assertThat(diagnose(APP_ID, Long.toString(TS), MockFixture.sign(TS).replace("=", "")))
        .contains("without its '=' padding");
  }

  @Test
  void aSignOfTheWrongLengthNamesBothLengths() {
    assertThat(diagnose(APP_ID, Long.toString(TS), "bm90LWEtc2lnbmF0dXJl"))
        .isEqualTo("sign decodes to 15 bytes, but a signature with the key of appId '" + APP_ID
            + "' (2048-bit RSA) is 256 bytes");
  }

  @Test
  void aDuplicatedHeaderIsNamedWithItsCount() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    put(sent, "appId", APP_ID);
    put(sent, "timestamp", Long.toString(TS));
    put(sent, "sign", MockFixture.sign(TS));
    put(sent, "sign", MockFixture.sign(TS));

    assertThat(doctor.diagnose(name -> sent.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())))
        .startsWith("the sign header is sent 2 times");
  }

  @Test
  void aMissingOrEmptyHeaderIsNamed() {
    assertThat(diagnose(APP_ID, null, MockFixture.sign(TS))).startsWith("the timestamp header is missing");
    assertThat(diagnose(APP_ID, Long.toString(TS), " ")).isEqualTo("the sign header is empty");
  }

  @Test
  void aRequestWithNothingWrongSaysTheDoctorCannotTell() {
    assertThat(diagnose(APP_ID, Long.toString(TS), MockFixture.sign(TS))).contains("cannot tell");
  }
}
