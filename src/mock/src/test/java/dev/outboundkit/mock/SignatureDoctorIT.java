package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.TS;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.auth.KeyFingerprint;
import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.testing.TestKeys;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the wire, a 10001 stays the vendor's bare envelope; the doctor's finding rides in the
 * X-Outboundkit-Diagnosis header and in the journal, never with the sign.
 */
class SignatureDoctorIT {

  private static final String VENDOR_10001 = "{\"code\":\"10001\",\"message\":\"鉴权失败\",\"data\":false}";
  private static final String OTHER_APP = "second-tenant";
  private static final PublicKey OTHER_KEY = PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM));

  private static Map<String, String> headers(String sign) {
    Map<String, String> headers = new LinkedHashMap<>(MockFixture.signedHeaders());
    headers.put("sign", sign);
    return headers;
  }

  private static RawHttp.Response editWith(MockServer mock, Map<String, String> headers, String... extra) {
    return RawHttp.exchange(mock.port(), RawHttp.edit(inProgressBody(IN_PROGRESS).toString(), headers, extra));
  }

  @Test
  void aSignOfAnotherTenantsKeyIsAnsweredAsTheVendorDoesAndDiagnosedBesideIt() {
    try (MockServer mock = MockFixture.builder().tenant(OTHER_APP, OTHER_KEY).build().start()) {
      String sign = RequestSigning.sign(new RSASigner(MockFixture.OTHER_PRIVATE_KEY), APP_ID, Long.toString(TS));

      RawHttp.Response response = editWith(mock, headers(sign));

      assertThat(response.body()).isEqualTo(VENDOR_10001);
      String diagnosis = response.header(SignatureDoctor.HEADER);
      assertThat(diagnosis).contains("another tenant, '" + OTHER_APP + "'", KeyFingerprint.of(OTHER_KEY),
          KeyFingerprint.of(MockFixture.PUBLIC_KEY)).doesNotContain(sign.substring(0, 8));
      RecordedRequest recorded = mock.requests().get(0);
      assertThat(recorded.resultCode()).isEqualTo("10001");
      assertThat(recorded.diagnosis()).contains(diagnosis);
      assertThat(mock.task(APP_ID, IN_PROGRESS)).isEqualTo(mock.fixtures().task(IN_PROGRESS).orElseThrow());
    }
  }

  @Test
  void aDuplicatedHeaderAndAStaleTimestampAreNamed() {
    try (MockServer mock = MockFixture.startMock()) {
      RawHttp.Response twice = editWith(mock, MockFixture.signedHeaders(), "timestamp: 1586314097995");
      long stale = TS - 3_600_000;
      Map<String, String> old = new LinkedHashMap<>(MockFixture.signedHeaders());
      old.put("timestamp", Long.toString(stale));
      old.put("sign", MockFixture.sign(stale));
      RawHttp.Response late = editWith(mock, old);

      assertThat(twice.body()).isEqualTo(VENDOR_10001);
      assertThat(twice.header(SignatureDoctor.HEADER)).startsWith("the timestamp header is sent 2 times");
      assertThat(late.header(SignatureDoctor.HEADER)).isEqualTo(
          "the timestamp is 3600 s behind the mock's clock, beyond the window of 300 s either side");
    }
  }

  @Test
  void anAcceptedRequestHasNoDiagnosis() {
    try (MockServer mock = MockFixture.startMock()) {
      RawHttp.Response response = editWith(mock, MockFixture.signedHeaders());

      assertThat(response.body()).contains("\"code\":\"10000\"");
      assertThat(response.header(SignatureDoctor.HEADER)).isNull();
      assertThat(mock.requests().get(0).diagnosis()).isEmpty();
    }
  }
}
