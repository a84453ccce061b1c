package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonObject;
import dev.outboundkit.spec.ApiSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each conditional requirement of the spec ({@code x-conditional-required}), both ways: when
 * the condition holds, a body without a required field is refused with 29002 naming it; when
 * the condition does not hold, the same field may be absent. Rules and values come from the spec.
 */
class ConditionalRulesIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private record Target(String label, String schema, long taskId, Supplier<JsonObject> body,
      Function<JsonObject, JsonObject> holder) {
  }

  @TestFactory
  Stream<DynamicTest> eachConditionalRequirementHoldsBothWays() {
    Function<JsonObject, JsonObject> top = body -> body;
    Function<JsonObject, JsonObject> firstBatch =
        body -> body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject();
    Supplier<JsonObject> notStarted = () -> notStartedBody(NOT_STARTED, "条件测试");
    Supplier<JsonObject> inProgress = () -> inProgressBody(IN_PROGRESS);
    List<Target> targets = List.of(
        new Target("NotStartedTaskEdit", "NotStartedTaskEdit", NOT_STARTED, notStarted, top),
        new Target("InProgressTaskEdit", "InProgressTaskEdit", IN_PROGRESS, inProgress, top),
        new Target("NotStartedTaskEdit.outboundPhoneGroups[0]", "PhoneGroupDto", NOT_STARTED, notStarted, firstBatch),
        new Target("InProgressTaskEdit.outboundPhoneGroups[0]", "PhoneGroupDto", IN_PROGRESS, inProgress, firstBatch));
    ApiSpec spec = ApiSpec.bundled();
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets) {
      List<Map<String, Object>> rules = rules(spec, target.schema());
      for (Map<String, Object> rule : rules) {
        Map<String, Object> when = map(rule.get("when"));
        String property = (String) when.get("property");
        Number equals = (Number) when.get("equals");
        for (Object requiredName : (List<?>) rule.get("require")) {
          String required = (String) requiredName;
          String name = target.label() + ": " + required + " when " + property + " is " + equals;
          tests.add(dynamicTest(name + ": present is accepted", () -> expect(target, spec, rules,
              property, equals, null, "10000")));
          tests.add(dynamicTest(name + ": absent is refused", () -> expect(target, spec, rules,
              property, equals, required, "29002")));
          for (Object other : enumOf(spec, target.schema(), property)) {
            if (((Number) other).longValue() != equals.longValue()) {
              tests.add(dynamicTest(target.label() + ": " + required + " may be absent when " + property
                  + " is " + other, () -> expect(target, spec, rules, property, (Number) other, required, "10000")));
            }
          }
        }
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  /**
   * Sends a body with {@code property = value}, every field the rules require for that value
   * filled in, and then {@code absent} removed.
   */
  private static void expect(Target target, ApiSpec spec, List<Map<String, Object>> rules,
      String property, Number value, String absent, String code) {
    Task before = MOCK.server().task(target.taskId());
    JsonObject body = target.body().get();
    JsonObject holder = target.holder().apply(body);
    holder.addProperty(property, value);
    for (Map<String, Object> rule : rules) {
      Map<String, Object> when = map(rule.get("when"));
      if (when.get("property").equals(property) && ((Number) when.get("equals")).longValue() == value.longValue()) {
        for (Object field : (List<?>) rule.get("require")) {
          if (!holder.has((String) field)) {
            holder.addProperty((String) field, validInteger(spec, target.schema(), (String) field));
          }
        }
      }
    }
    if (absent != null) {
      holder.remove(absent);
    }

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).as(reply.text()).isEqualTo(code);
    if (code.equals("29002")) {
      assertThat(reply.message()).contains(absent + " is required when").contains(property);
      assertThat(MOCK.server().task(target.taskId())).isEqualTo(before);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rules(ApiSpec spec, String schema) {
    Object rules = spec.schema(schema).get("x-conditional-required");
    return rules == null ? List.of() : (List<Map<String, Object>>) rules;
  }

  private static List<?> enumOf(ApiSpec spec, String schema, String property) {
    return (List<?>) spec.properties(schema).get(property).get("enum");
  }

  /** The property's minimum, the smallest valid value the spec names. */
  private static long validInteger(ApiSpec spec, String schema, String property) {
    Object minimum = spec.properties(schema).get(property).get("minimum");
    return minimum == null ? 1 : ((Number) minimum).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }
}
