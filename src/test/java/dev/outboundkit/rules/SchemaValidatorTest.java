package dev.outboundkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import dev.outboundkit.exception.Violation;

/** The spec interpreter on the keywords and extensions the spec uses. */
class SchemaValidatorTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());

  private static JsonObject batch(String fields) {
    return JsonParser.parseString("{\"name\":\"本人\",\"identify\":\"default\"" + fields + "}").getAsJsonObject();
  }

  private static List<String> rules(String json, String schema, ValidationMode mode) {
    return VALIDATOR.validate(JsonParser.parseString(json), schema, mode).stream()
        .map(v -> v.path() + " " + v.rule())
        .toList();
  }

  @Test
  void redialOnRequiresIntervalAndTimes() {
    assertThat(VALIDATOR.validate(batch(",\"autoOutboundSwitch\":1"), "PhoneGroupDto", ValidationMode.CLIENT))
        .extracting(Violation::message)
        .containsExactlyInAnyOrder(
            "autoOutboundInterval is required when autoOutboundSwitch is 1",
            "autoOutboundTimes is required when autoOutboundSwitch is 1");
  }

  @Test
  void redialOffNeedsNeitherIntervalNorTimes() {
    assertThat(VALIDATOR.validate(batch(",\"autoOutboundSwitch\":0"), "PhoneGroupDto", ValidationMode.CLIENT)).isEmpty();
  }

  @Test
  void hour24IsNotATime() {
    assertThat(rules("{\"taskExecTimeStartStr\":\"24:00:00\",\"taskExecTimeEndStr\":\"23:59:59\"}",
        "ExecTimeOpenDto", ValidationMode.CLIENT))
        .containsExactly("taskExecTimeStartStr pattern");
  }

  @Test
  void timeWindowMustEndAfterItStarts() {
    assertThat(rules("{\"taskExecTimeStartStr\":\"12:00:00\",\"taskExecTimeEndStr\":\"12:00:00\"}",
        "ExecTimeOpenDto", ValidationMode.CLIENT))
        .containsExactly("taskExecTimeEndStr x-ordered-pairs");
  }

  @Test
  void lengthCountsCodePointsNotUtf16Units() {
    String fifty = "😀".repeat(50);
    String body = notStarted().replace("\"taskName\":\"n\"", "\"taskName\":\"" + fifty + "\"");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).isEmpty();
    assertThat(rules(body.replace(fifty, fifty + "😀"), "NotStartedTaskEdit", ValidationMode.CLIENT))
        .containsExactly("taskName maxLength");
  }

  @Test
  void februaryThirtiethIsNotADate() {
    String body = notStarted().replace("\"taskExecEndDate\":\"2030-01-02\"", "\"taskExecEndDate\":\"2021-02-30\"");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("taskExecEndDate format");
  }

  @Test
  void endDateBeforeStartDateIsRefused() {
    String body = notStarted().replace("\"taskExecEndDate\":\"2030-01-02\"", "\"taskExecEndDate\":\"2029-12-31\"");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("taskExecEndDate x-ordered-pairs");
  }

  @Test
  void integerOneIsABooleanOnlyForServers() {
    String body = notStarted().replace("\"strategyDisplaySwitch\":true", "\"strategyDisplaySwitch\":1");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.SERVER)).isEmpty();
    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("strategyDisplaySwitch type");
    assertThat(rules(body.replace(":1,", ":2,"), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("strategyDisplaySwitch type");
  }

  @Test
  void numberInAStringIsNotAnInteger() {
    assertThat(rules(notStarted().replace("\"acw\":10", "\"acw\":\"10\""), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw type");
  }

  @Test
  void fractionIsNotAnInteger() {
    assertThat(rules(notStarted().replace("\"acw\":10", "\"acw\":10.5"), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw type");
  }

  @Test
  void int32OverflowIsRefused() {
    String body = notStarted().replace("\"multiplyPower\":2", "\"multiplyPower\":2147483648");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.SERVER)).containsExactly("multiplyPower format");
    assertThat(rules(body.replace("2147483648", "2147483647"), "NotStartedTaskEdit", ValidationMode.SERVER)).isEmpty();
  }

  @Test
  void closedSchemaRefusesOtherFieldsOnlyForClients() {
    String body = "{\"taskId\":1,\"outboundNumberGroupId\":\"g\",\"strategyDisplaySwitch\":false,\"sendNumberStrategy\":1,"
        + "\"abandonmentRate\":3,\"outboundPhoneGroups\":[{\"name\":\"n\",\"identify\":\"default\",\"autoOutboundSwitch\":0}],"
        + "\"acw\":999}";

    assertThat(rules(body, "InProgressTaskEdit", ValidationMode.CLIENT)).containsExactly("acw additionalProperties");
    assertThat(rules(body, "InProgressTaskEdit", ValidationMode.SERVER)).isEmpty();
  }

  @Test
  void nullCountsAsAbsent() {
    assertThat(rules(notStarted().replace("\"acw\":10", "\"acw\":null"), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw required");
  }

  @Test
  void enumOutsideItsValuesIsRefused() {
    assertThat(rules(notStarted().replace("\"sendNumberStrategy\":0", "\"sendNumberStrategy\":2"),
        "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("sendNumberStrategy enum");
  }

  @Test
  void arrayBodyIsNotAnObject() {
    assertThat(rules("[]", "NotStartedTaskEdit", ValidationMode.SERVER)).containsExactly(" type");
  }

  @Test
  void unknownSchemaIsNamed() {
    assertThatThrownBy(() -> VALIDATOR.validate(new JsonObject(), "Nope", ValidationMode.SERVER))
        .hasMessageContaining("no schema Nope");
  }

  @Test
  void brokenSpecIsNamed() {
    assertThatThrownBy(() -> ApiSpec.parse("openapi: [", "broken.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("broken.yaml is not valid YAML");
  }

  private static String notStarted() {
    return "{\"taskId\":1,\"taskName\":\"n\",\"taskExecStartDate\":\"2030-01-01\",\"taskExecEndDate\":\"2030-01-02\","
        + "\"taskExecTimes\":[{\"taskExecTimeStartStr\":\"09:00:00\",\"taskExecTimeEndStr\":\"18:00:00\"}],"
        + "\"skillSetId\":\"s\",\"outboundNumberGroupId\":\"g\",\"strategyDisplaySwitch\":true,\"sendNumberStrategy\":0,"
        + "\"multiplyPower\":2,\"outboundPhoneGroups\":[{\"name\":\"n\",\"identify\":\"default\",\"autoOutboundSwitch\":0}],"
        + "\"maxRingingDuration\":45,\"acw\":10}";
  }
}
