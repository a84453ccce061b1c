package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.builder;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.spec.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The mock's limits are the spec's: for every property of both edit variants, of PhoneGroupDto
 * and of ExecTimeOpenDto that carries minimum, maximum, minLength, maxLength, minItems or
 * maxItems, the last valid value is accepted (10000) and the first invalid one refused (29002),
 * on each side. The values are computed from the spec, not typed here.
 */
class SpecBoundariesIT {

  private static final List<String> KEYWORDS =
      List.of("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems");

  /** Where a schema's properties sit in a valid body, and which task takes that body. */
  private record Target(String label, String schema, long taskId, Supplier<JsonObject> body,
      Function<JsonObject, JsonObject> holder) {
  }

  private static List<Target> targets() {
    Function<JsonObject, JsonObject> top = body -> body;
    Function<JsonObject, JsonObject> firstBatch =
        body -> body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject();
    Function<JsonObject, JsonObject> firstWindow =
        body -> body.getAsJsonArray("taskExecTimes").get(0).getAsJsonObject();
    Supplier<JsonObject> notStarted = () -> notStartedBody(NOT_STARTED, "边界测试任务");
    Supplier<JsonObject> inProgress = () -> inProgressBody(IN_PROGRESS);
    return List.of(
        new Target("NotStartedTaskEdit", "NotStartedTaskEdit", NOT_STARTED, notStarted, top),
        new Target("InProgressTaskEdit", "InProgressTaskEdit", IN_PROGRESS, inProgress, top),
        new Target("NotStartedTaskEdit.outboundPhoneGroups[0] (PhoneGroupDto)", "PhoneGroupDto",
            NOT_STARTED, notStarted, firstBatch),
        new Target("InProgressTaskEdit.outboundPhoneGroups[0] (PhoneGroupDto)", "PhoneGroupDto",
            IN_PROGRESS, inProgress, firstBatch),
        new Target("NotStartedTaskEdit.taskExecTimes[0] (ExecTimeOpenDto)", "ExecTimeOpenDto",
            NOT_STARTED, notStarted, firstWindow));
  }

  @TestFactory
  Stream<DynamicTest> everyConstrainedFieldTakesItsLastValidValueAndRefusesTheFirstInvalidOne() {
    ApiSpec spec = ApiSpec.bundled();
    List<DynamicTest> tests = new ArrayList<>();
    for (Target target : targets()) {
      for (Map.Entry<String, Map<String, Object>> property : spec.properties(target.schema()).entrySet()) {
        String field = property.getKey();
        Map<String, Object> schema = property.getValue();
        for (String keyword : KEYWORDS) {
          if (!schema.containsKey(keyword)) {
            continue;
          }
          long limit = ((Number) schema.get(keyword)).longValue();
          boolean lower = keyword.startsWith("min");
          long lastValid = limit;
          long firstInvalid = lower ? limit - 1 : limit + 1;
          String name = target.label() + "." + field + " " + keyword + " " + limit;
          tests.add(dynamicTest(name + ": " + lastValid + " is accepted",
              () -> expect(target, field, schema, keyword, lastValid, "10000")));
          if (firstInvalid >= 0 || keyword.equals("minimum")) {
            tests.add(dynamicTest(name + ": " + firstInvalid + " is refused",
                () -> expect(target, field, schema, keyword, firstInvalid, "29002")));
          }
        }
      }
    }
    // The walk must have found the constraints of the page, else it proves nothing.
    assertThat(tests).hasSizeGreaterThanOrEqualTo(30);
    return tests.stream();
  }

  private static void expect(Target target, String field, Map<String, Object> schema,
      String keyword, long value, String code) {
    try (MockServer server = builder().build().start()) {
      Task before = server.task(target.taskId());
      JsonObject body = target.body().get();
      JsonObject holder = target.holder().apply(body);
      holder.add(field, valueFor(schema, keyword, value, holder.get(field)));

      MockFixture.Reply reply = edit(server, body);

      assertThat(reply.code()).as(reply.text()).isEqualTo(code);
      if (code.equals("29002")) {
        assertThat(reply.message()).contains(field);
        assertThat(server.task(target.taskId())).isEqualTo(before);
      }
    }
  }

  /** A value of the property's type at the given size or number. */
  private static JsonElement valueFor(Map<String, Object> schema, String keyword, long value,
      JsonElement current) {
    switch (keyword) {
      case "minimum", "maximum":
        return new JsonPrimitive(value);
      case "minLength", "maxLength":
        return new JsonPrimitive("名".repeat((int) value));
      default:
        JsonArray items = new JsonArray();
        JsonElement item = current.getAsJsonArray().get(0);
        for (long i = 0; i < value; i++) {
          items.add(item.deepCopy());
        }
        return items;
    }
  }

  @Test
  void aModifiedSpecMovesTheLimitTheMockEnforces() throws IOException {
    String text;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApiSpec.CLASSPATH_LOCATION)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Number bundledMaximum = (Number) ApiSpec.bundled().properties("NotStartedTaskEdit").get("acw").get("maximum");
    String acwMaximum = "maximum: " + bundledMaximum;
    assertThat(text.indexOf(acwMaximum)).isEqualTo(text.lastIndexOf(acwMaximum)).isPositive();
    long lowered = bundledMaximum.longValue() / 2;
    ApiSpec modified = ApiSpec.parse(text.replace(acwMaximum, "maximum: " + lowered), "modified spec");

    try (MockServer server = builder().spec(modified).build().start()) {
      BiConsumer<Long, String> expectAcw = (acw, code) -> {
        JsonObject body = notStartedBody(NOT_STARTED, "改过的规范");
        body.addProperty("acw", acw);
        assertThat(edit(server, body).code()).as("acw " + acw).isEqualTo(code);
      };
      expectAcw.accept(lowered, "10000");
      expectAcw.accept(lowered + 1, "29002");
      JsonObject body = notStartedBody(NOT_STARTED, "改过的规范");
      body.addProperty("acw", lowered + 1);
      assertThat(edit(server, body).message()).contains("acw must be at most " + lowered);
    }
  }
}
