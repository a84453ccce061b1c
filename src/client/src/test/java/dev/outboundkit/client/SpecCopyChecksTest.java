package dev.outboundkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.outboundkit.exception.Violation;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.SpecCopy;

/**
 * A rule added to a copy of the spec changes what the client's checks refuse before sending.
 * The mock's half, the same copies refused on the wire with the same messages, is the mock
 * module's {@code SpecCopyRefusalsIT}; both hold the messages below.
 */
class SpecCopyChecksTest {
  static final String ACW = "          minimum: 1\n          maximum: 180\n";

  @Test
  void multipleOfChangesWhatTheChecksRefuse() {
    ApiSpec copy = SpecCopy.parse(SpecCopy.insertAfter(ACW, "          multipleOf: 5\n"));

    assertThat(new RequestChecks(copy).check(PageExamples.notStarted().acw(15))).isEmpty();
    assertThat(new RequestChecks(copy).check(PageExamples.notStarted().acw(11))).extracting(Violation::message)
        .contains("acw must be a multiple of 5, was 11");
  }

  @Test
  void exclusiveMaximumChangesWhatTheChecksRefuse() {
    ApiSpec copy = SpecCopy.parse(SpecCopy.insertAfter(ACW, "          exclusiveMaximum: true\n"));

    assertThat(new RequestChecks(copy).check(PageExamples.notStarted().acw(179))).isEmpty();
    assertThat(new RequestChecks(copy).check(PageExamples.notStarted().acw(180))).extracting(Violation::message)
        .contains("acw must be less than 180, was 180");
    assertThat(new RequestChecks(ApiSpec.bundled()).check(PageExamples.notStarted().acw(180))).isEmpty();
  }

  @Test
  void aOneOfBranchMakesTheChecksRefuseTwoMatches() {
    String copy = SpecCopy.insertAfter(
        "        - $ref: '#/components/schemas/InProgressTaskEdit'\n", "        - type: object\n");

    assertThat(new RequestChecks(SpecCopy.parse(copy)).check(PageExamples.inProgress())).extracting(Violation::message)
        .containsExactly("the body matches more than one variant of EditTaskRequest "
            + "(InProgressTaskEdit and #/components/schemas/EditTaskRequest/oneOf/2); exactly one must match");
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
  void aDateThatIsNotAFullDateIsRefused(String date) {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecStartDate", date);

    assertThat(new SchemaValidator(ApiSpec.bundled()).validate(body, "EditTaskRequest", ValidationMode.CLIENT))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecStartDate format");
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
    OutboundClient client = OutboundClient.builder().baseUrl("http://127.0.0.1:9").appId("spec-copy-app")
        .privateKey(dev.outboundkit.testing.TestKeys.privateKey()).build();

    assertThat(client.check(PageExamples.notStarted().taskExecStartDate(LocalDate.of(-2020, 9, 27))))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecStartDate format");
    assertThat(client.check(PageExamples.notStarted().taskExecEndDate(LocalDate.of(10000, 1, 1))))
        .extracting(v -> v.path() + " " + v.rule()).contains("taskExecEndDate format");
  }
}
