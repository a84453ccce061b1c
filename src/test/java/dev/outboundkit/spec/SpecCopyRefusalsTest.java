package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.ParameterErrorException;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.internal.rules.ApiSpec;
import dev.outboundkit.internal.rules.RequestChecks;
import dev.outboundkit.internal.rules.SchemaValidator;
import dev.outboundkit.internal.rules.ValidationMode;
import dev.outboundkit.testing.PageExamples;

/**
 * A rule added to a copy of the spec changes what the mock and the client's checks refuse, the
 * same way for both; a union the mock cannot serve stops it.
 */
class SpecCopyRefusalsTest {
  private static final String APP_ID = "spec-copy-app";
  private static final KeyPair KEYS = rsa2048();
  private static final String ACW = "          minimum: 1\n          maximum: 180\n";

  @Test
  void multipleOfChangesWhatBothRefuse() {
    String copy = SpecCopy.insertAfter(ACW, "          multipleOf: 5\n");

    expectBoth(copy, 15, null);
    expectBoth(copy, 11, "acw must be a multiple of 5, was 11");
  }

  @Test
  void exclusiveMaximumChangesWhatBothRefuse() {
    String copy = SpecCopy.insertAfter(ACW, "          exclusiveMaximum: true\n");

    expectBoth(copy, 179, null);
    expectBoth(copy, 180, "acw must be less than 180, was 180");
    assertThat(client(true).check(PageExamples.notStarted().acw(180))).isEmpty();
  }

  @Test
  void aOneOfBranchMakesTheClientRefuseTwoMatchesAndStopsTheMock() {
    String copy = SpecCopy.insertAfter(
        "        - $ref: '#/components/schemas/InProgressTaskEdit'\n", "        - type: object\n");

    assertThat(new RequestChecks(SpecCopy.parse(copy)).check(PageExamples.inProgress())).extracting(Violation::message)
        .containsExactly("the body matches more than one variant of EditTaskRequest "
            + "(InProgressTaskEdit and #/components/schemas/EditTaskRequest/oneOf/2); exactly one must match");
    assertThatThrownBy(() -> MockServer.builder().spec(SpecCopy.write(copy)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oneOf at #/components/schemas/EditTaskRequest")
        .hasMessageContaining("unknown: [#/components/schemas/EditTaskRequest/oneOf/2]");
  }

  @Test
  void aBodyOfNeitherVariantIsRefusedSayingWhich() {
    List<Violation> violations = new SchemaValidator(ApiSpec.bundled()).validate(
        JsonParser.parseString("{\"taskId\":1}"), "EditTaskRequest", ValidationMode.CLIENT);

    assertThat(violations.get(0).rule()).isEqualTo("oneOf");
    assertThat(violations.get(0).message()).startsWith("the body matches no variant of EditTaskRequest: "
        + "NotStartedTaskEdit (").contains("InProgressTaskEdit (4 problems)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+002020-09-27", "-2020-09-27", "+10000-01-01", "02020-09-27", "2020-9-27", "2021-02-29"})
  void aDateThatIsNotAFullDateIsRefusedByBoth(String date) throws Exception {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecStartDate", date);

    assertThat(new SchemaValidator(ApiSpec.bundled()).validate(body, "EditTaskRequest", ValidationMode.CLIENT))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecStartDate format");
    try (MockServer mock = mock(MockServer.builder())) {
      assertThat(postEdit(mock, body)).contains("\"code\":\"29002\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "2020-09-27", "2024-02-29", "9999-12-31"})
  void aFullDateAtTheEdgesIsAccepted(String date) {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecStartDate", date);
    body.addProperty("taskExecEndDate", "9999-12-31");

    assertThat(new SchemaValidator(ApiSpec.bundled()).validate(body, "EditTaskRequest", ValidationMode.CLIENT)).isEmpty();
  }

  @Test
  void aTypedBodyWithASignedOrFiveDigitYearIsRefusedBeforeSending() {
    OutboundClient client = client(true);

    assertThat(client.check(PageExamples.notStarted().taskExecStartDate(LocalDate.of(-2020, 9, 27))))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecStartDate format");
    assertThat(client.check(PageExamples.notStarted().taskExecEndDate(LocalDate.of(10000, 1, 1))))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecEndDate format");
  }

  /** The client's checks and the mock agree on acw: both accept it, or both refuse it with the message. */
  private static void expectBoth(String spec, int acw, String refusal) {
    try (MockServer mock = mock(MockServer.builder().spec(SpecCopy.write(spec)))) {
      // what the client runs before sending, held to the copy (the client itself keeps the bundled spec)
      List<Violation> checked = new RequestChecks(SpecCopy.parse(spec)).check(PageExamples.notStarted().acw(acw));
      OutboundClient unchecked = OutboundClient.builder().baseUrl(mock.baseUrl()).appId(APP_ID)
          .privateKey(KEYS.getPrivate()).validateBeforeSending(false).build();
      if (refusal == null) {
        assertThat(checked).as("client checks, acw " + acw).isEmpty();
        assertThat(unchecked.editNotStartedTask(PageExamples.notStarted().acw(acw)).code()).isEqualTo("10000");
      } else {
        assertThat(checked).extracting(Violation::message).as("client checks, acw " + acw).contains(refusal);
        assertThatThrownBy(() -> unchecked.editNotStartedTask(PageExamples.notStarted().acw(acw)))
            .isInstanceOf(ParameterErrorException.class).hasMessageContaining(refusal);
      }
    }
  }

  private static OutboundClient client(boolean checks) {
    return OutboundClient.builder().baseUrl("http://127.0.0.1:9").appId(APP_ID).privateKey(KEYS.getPrivate())
        .validateBeforeSending(checks).build();
  }

  private static MockServer mock(MockServer.Builder builder) {
    return builder.tenant(APP_ID, KEYS.getPublic()).build().start();
  }

  private static String postEdit(MockServer mock, JsonObject body) throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis());
    HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + MockServer.EDIT_PATH))
        .header("Content-Type", "application/json")
        .header("appId", APP_ID)
        .header("timestamp", timestamp)
        .header("sign", RequestSigning.sign(new RSASigner(KEYS.getPrivate()), APP_ID, timestamp))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static KeyPair rsa2048() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
