package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.testing.PageExamples;
import org.junit.jupiter.api.Test;

import dev.outboundkit.exception.Violation;

/** The spec interpreter on the keywords and extensions the spec uses. */
class SchemaValidatorTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());

  private static JsonObject batch(String fields) {
    return JsonParser.parseString("{\"name\":\"本人\",\"identify\":\"default\"" + fields + "}").getAsJsonObject();
  }

  private static List<String> rules(String json, String schema, ValidationMode mode) {
    return rules(JsonParser.parseString(json), schema, mode);
  }

  private static List<String> rules(JsonElement json, String schema, ValidationMode mode) {
    return VALIDATOR.validate(json, schema, mode).stream()
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
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskName", fifty);

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).isEmpty();
    body.addProperty("taskName", fifty + "😀");
    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT))
        .containsExactly("taskName maxLength");
  }

  @Test
  void februaryThirtiethIsNotADate() {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecEndDate", "2021-02-30");

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("taskExecEndDate format");
  }

  @Test
  void endDateBeforeStartDateIsRefused() {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecEndDate",
        LocalDate.parse(body.get("taskExecStartDate").getAsString()).minusDays(1).toString());

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("taskExecEndDate x-ordered-pairs");
  }

  @Test
  void integerOneIsABooleanOnlyForServers() {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("strategyDisplaySwitch", 1);

    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.SERVER)).isEmpty();
    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.CLIENT)).containsExactly("strategyDisplaySwitch type");
    body.addProperty("strategyDisplaySwitch", 2);
    assertThat(rules(body, "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("strategyDisplaySwitch type");
  }

  @Test
  void numberInAStringIsNotAnInteger() {
    assertThat(rules(notStartedWith("acw", new JsonPrimitive("10")), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw type");
  }

  @Test
  void fractionIsNotAnInteger() {
    assertThat(rules(notStartedWith("acw", new JsonPrimitive(10.5)), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw type");
  }

  @Test
  void int32OverflowIsRefused() {
    assertThat(rules(notStartedWith("multiplyPower", new JsonPrimitive(2147483648L)), "NotStartedTaskEdit",
        ValidationMode.SERVER)).containsExactly("multiplyPower format");
    assertThat(rules(notStartedWith("multiplyPower", new JsonPrimitive(2147483647L)), "NotStartedTaskEdit",
        ValidationMode.SERVER)).isEmpty();
  }

  @Test
  void closedSchemaRefusesOtherFieldsOnlyForClients() {
    JsonObject body = PageExamples.inProgressJson();
    body.addProperty("acw", 999);

    assertThat(rules(body, "InProgressTaskEdit", ValidationMode.CLIENT)).containsExactly("acw additionalProperties");
    assertThat(rules(body, "InProgressTaskEdit", ValidationMode.SERVER)).isEmpty();
  }

  @Test
  void nullCountsAsAbsent() {
    assertThat(rules(notStartedWith("acw", JsonNull.INSTANCE), "NotStartedTaskEdit", ValidationMode.SERVER))
        .containsExactly("acw required");
  }

  @Test
  void enumOutsideItsValuesIsRefused() {
    assertThat(rules(notStartedWith("sendNumberStrategy", new JsonPrimitive(2)),
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

  /** @return the page's not-started body with one field changed */
  private static JsonObject notStartedWith(String field, JsonElement value) {
    JsonObject body = PageExamples.notStartedJson();
    body.add(field, value);
    return body;
  }
}
