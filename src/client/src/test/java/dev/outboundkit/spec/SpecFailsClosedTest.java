package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.outboundkit.testing.SpecCopy;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaNode;

/** A keyword the checks do not enforce stops the load, named with its place; nothing passes in silence. */
class SpecFailsClosedTest {
  private static final String ABANDONMENT_RATE = "    AbandonmentRate:\n      type: integer\n";
  private static final String BATCHES = "    OutboundPhoneGroups:\n      type: array\n";
  private static final String BATCH = "    PhoneGroupDto:\n      type: object\n";
  private static final String TASK_NAME = "        taskName:\n          type: string\n";

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      OutboundPhoneGroups | '      uniqueItems: true\n'                  | uniqueItems           | #/components/schemas/OutboundPhoneGroups
      PhoneGroupDto       | '      minProperties: 2\n'                   | minProperties         | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      maxProperties: 9\n'                   | maxProperties         | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      additionalProperties:\n        type: string\n' | additionalProperties | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      allOf:\n        - type: object\n'    | allOf                 | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      anyOf:\n        - type: object\n'    | anyOf                 | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      not:\n        type: string\n'        | not                   | #/components/schemas/PhoneGroupDto
      PhoneGroupDto       | '      discriminator:\n        propertyName: name\n' | discriminator  | #/components/schemas/PhoneGroupDto
      AbandonmentRate     | '      readOnly: true\n'                     | readOnly              | #/components/schemas/AbandonmentRate
      AbandonmentRate     | '      writeOnly: true\n'                    | writeOnly             | #/components/schemas/AbandonmentRate
      AbandonmentRate     | '      x-unknown-rule: 3\n'                  | x-unknown-rule        | #/components/schemas/AbandonmentRate
      AbandonmentRate     | '      minLength: 1\n'                       | minLength             | #/components/schemas/AbandonmentRate
      AbandonmentRate     | '      exclusiveMinimum: 0\n'                | exclusiveMinimum      | #/components/schemas/AbandonmentRate
      taskName            | '          format: email\n'                  | format                | #/components/schemas/NotStartedTaskEdit/properties/taskName
      taskName            | '          minimum: 3\n'                     | minimum               | #/components/schemas/NotStartedTaskEdit/properties/taskName
      taskName            | '          pattern: \"[\"\n'                 | pattern               | #/components/schemas/NotStartedTaskEdit/properties/taskName
      """)
  void keywordTheChecksDoNotEnforceStopsTheLoad(String schema, String lines, String keyword, String pointer) {
    String anchor = switch (schema) {
      case "OutboundPhoneGroups" -> BATCHES;
      case "PhoneGroupDto" -> BATCH;
      case "AbandonmentRate" -> ABANDONMENT_RATE;
      default -> TASK_NAME;
    };
    String copy = SpecCopy.insertAfter(anchor, lines.replace("\\n", "\n"));

    assertThatThrownBy(() -> SpecCopy.parse(copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("spec copy: " + keyword + " at " + pointer + " ");
  }

  @Test
  void unknownTypeStopsTheLoad() {
    String copy = SpecCopy.bundledText().replace(ABANDONMENT_RATE, "    AbandonmentRate:\n      type: decimal\n");

    assertThatThrownBy(() -> SpecCopy.parse(copy))
        .hasMessageStartingWith("spec copy: type at #/components/schemas/AbandonmentRate is decimal");
  }

  @Test
  void dangling$refStopsTheLoad() {
    String copy = SpecCopy.bundledText().replace("$ref: '#/components/schemas/TaskId'\n        taskName",
        "$ref: '#/components/schemas/TaskIdentifier'\n        taskName");

    assertThatThrownBy(() -> SpecCopy.parse(copy))
        .hasMessageContaining("$ref at #/components/schemas/NotStartedTaskEdit/properties/taskId names "
            + "#/components/schemas/TaskIdentifier");
  }

  @Test
  void operationSchemasAreHeldToTheSameKeywords() {
    String copy = SpecCopy.insertAfter("            type: integer\n            format: int64\n",
        "            uniqueItems: true\n");

    assertThatThrownBy(() -> SpecCopy.parse(copy)).hasMessageContaining(
        "uniqueItems at #/paths/~1speech~1openapi~1v1~1task~1outbound~1getPhoneGroups/get/parameters/0/schema");
  }

  @Test
  void conditionalRuleNamingNoPropertyStopsTheLoad() {
    String copy = SpecCopy.bundledText().replace("            - autoOutboundInterval\n            - autoOutboundTimes\n",
        "            - autoOutboundInterval\n            - autoOutboundTries\n");

    assertThatThrownBy(() -> SpecCopy.parse(copy)).hasMessageContaining(
        "x-conditional-required at #/components/schemas/PhoneGroupDto names autoOutboundTries");
  }

  @Test
  void theBundledSpecLoadsWithEveryLimitParsed() {
    SchemaNode acw = ApiSpec.bundled().node("NotStartedTaskEdit").properties().get("acw");

    assertThat(acw.maximum()).hasValueSatisfying(max -> assertThat(max).isEqualByComparingTo("180"));
    assertThat(acw.pointer()).isEqualTo("#/components/schemas/NotStartedTaskEdit/properties/acw");
    assertThat(ApiSpec.bundled().node("EditTaskRequest").oneOf()).extracting(v -> v.name().orElseThrow())
        .containsExactly("NotStartedTaskEdit", "InProgressTaskEdit");
  }

  @Test
  void aCallerCannotChangeWhatAnotherSees() {
    ApiSpec spec = ApiSpec.bundled();
    Map<String, Object> acw = spec.properties("NotStartedTaskEdit").get("acw");

    assertThatThrownBy(() -> acw.put("maximum", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.schema("NotStartedTaskEdit").put("required", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> codes = (List<Object>) spec.schema("ResultCode").get("enum");
    assertThatThrownBy(() -> codes.add("99999")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.required("NotStartedTaskEdit").clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.node("EditTaskRequest").oneOf().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.nodes().clear()).isInstanceOf(UnsupportedOperationException.class);

    assertThat(ApiSpec.bundled().properties("NotStartedTaskEdit").get("acw").get("maximum")).isEqualTo(180);
  }

  @Test
  void theSignedHeadersAreNamedByTheSpec() {
    assertThat(ApiSpec.bundled().signing().appIdHeader()).isEqualTo("appId");
    String renamed = SpecCopy.bundledText().replace("      name: sign\n", "      name: x-sign\n");

    assertThat(SpecCopy.parse(renamed).signing().signHeader()).isEqualTo("x-sign");
  }
}
