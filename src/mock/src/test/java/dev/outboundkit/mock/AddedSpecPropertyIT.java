package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.testing.SpecCopy;
import dev.outboundkit.testing.SpecText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property added to a copy of the spec's {@code NotStartedTaskEdit} (as {@code --spec} takes
 * it) flows through the mock with no change to its code: accepted within its limits, refused with
 * 29002 outside them, stored, shown back whole (the Java API and the control API; the suite's
 * views of it are the conformance module's {@code AddedSpecPropertyInSuiteIT}), unset when an
 * edit leaves it out, and not applied to an
 * in-progress task, whose table does not have it. A fixtures file may hold it under the copy
 * only. A property the task's form could not hold stops the mock's build, naming it.
 */
class AddedSpecPropertyIT {

  private static final String FIELD = SpecCopy.RETRY_LIMIT;
  private static final String ANCHOR = "          example: 10\n      x-conditional-required:";
  private static final ApiSpec COPY = ApiSpec.parse(SpecCopy.withRetryLimit(), "spec copy with retryLimit");

  @TempDir
  Path dir;

  private static ApiSpec copyWith(String anchor, String property) {
    String spec = SpecText.bundled();
    assertThat(spec.indexOf(anchor)).isPositive().isEqualTo(spec.lastIndexOf(anchor));
    int at = spec.indexOf(anchor) + anchor.indexOf("\n      x-conditional-required:") + 1;
    return ApiSpec.parse(spec.substring(0, at) + "        " + property + ":\n          type: integer\n"
        + spec.substring(at), "spec copy with " + property);
  }

  private static MockServer startMock(ApiSpec spec) {
    return MockFixture.builder().spec(spec).controlApi(true).build().start();
  }

  private static JsonObject withField(JsonObject body, Object value) {
    body.add(FIELD, value instanceof Number number ? new JsonPrimitive(number) : new JsonPrimitive(value.toString()));
    return body;
  }

  private static JsonObject controlApiTask(MockServer server, long id) {
    MockFixture.Reply reply = MockFixture.get(server, MockServer.CONTROL_PREFIX + "tasks/" + id, Map.of());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject defaultFixturesJson() throws IOException {
    try (InputStream in = AddedSpecPropertyIT.class.getClassLoader().getResourceAsStream(Fixtures.DEFAULTS_RESOURCE)) {
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }
  }

  @Test
  void anEditWithItIsAcceptedStoredAndShownBackWhole() {
    try (MockServer server = startMock(COPY)) {
      assertThat(edit(server, withField(notStartedBody(NOT_STARTED, "带重试上限"), 10)).code()).isEqualTo("10000");

      JsonPrimitive stored = new JsonPrimitive(10);
      assertThat(server.task(NOT_STARTED).field(FIELD)).contains(stored);
      assertThat(server.findTask(NOT_STARTED).orElseThrow().field(FIELD)).contains(stored);
      JsonObject shown = controlApiTask(server, NOT_STARTED);
      assertThat(shown.get(FIELD)).isEqualTo(stored);
      assertThat(shown).isEqualTo(server.toJson(server.task(NOT_STARTED)));
      // An unset field is there as null, so the generated run's model compares it too.
      JsonObject other = server.toJson(server.task(MockFixture.NOT_STARTED_2));
      assertThat(other.has(FIELD)).isTrue();
      assertThat(other.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }

  @Test
  void valuesOutsideItsLimitsAreRefusedWith29002NamingIt() {
    try (MockServer server = startMock(COPY)) {
      Task before = server.task(NOT_STARTED);
      for (Object value : new Object[] {0, 11, 2.5, "3"}) {
        MockFixture.Reply reply = edit(server, withField(notStartedBody(NOT_STARTED, "越界"), value));

        assertThat(reply.code()).as(value.toString()).isEqualTo("29002");
        assertThat(reply.message()).as(value.toString()).contains(FIELD);
      }
      assertThat(edit(server, withField(notStartedBody(NOT_STARTED, "越界"), 11)).message())
          .contains("retryLimit must be at most 10, was 11");
      assertThat(server.task(NOT_STARTED)).isEqualTo(before);
    }
  }

  @Test
  void anEditThatLeavesItOutUnsetsIt() {
    try (MockServer server = startMock(COPY)) {
      edit(server, withField(notStartedBody(NOT_STARTED, "先设上"), 4));

      assertThat(edit(server, notStartedBody(NOT_STARTED, "再去掉")).code()).isEqualTo("10000");

      assertThat(server.task(NOT_STARTED).field(FIELD)).isEmpty();
      JsonObject shown = controlApiTask(server, NOT_STARTED);
      assertThat(shown.has(FIELD)).isTrue();
      assertThat(shown.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }

  @Test
  void anInProgressEditNeitherAppliesNorUnsetsIt() {
    try (MockServer server = startMock(COPY)) {
      server.seed(server.task(IN_PROGRESS).toBuilder().set(FIELD, 3).build());

      assertThat(edit(server, withField(inProgressBody(IN_PROGRESS), 9)).code()).isEqualTo("10000");
      assertThat(server.task(IN_PROGRESS).field(FIELD)).contains(new JsonPrimitive(3));

      // Another number group than the task's, to see that the edit itself was applied.
      JsonObject other = inProgressBody(IN_PROGRESS);
      other.addProperty("outboundNumberGroupId", MockFixture.NUMBER_GROUP_2);
      assertThat(edit(server, other).code()).isEqualTo("10000");
      assertThat(server.task(IN_PROGRESS).field(FIELD)).contains(new JsonPrimitive(3));
      assertThat(server.task(IN_PROGRESS).outboundNumberGroupId()).isEqualTo(MockFixture.NUMBER_GROUP_2);
    }
  }

  @Test
  void seedingHoldsItToItsLimitsUnderTheCopyAndRefusesItUnderTheBundledSpec() {
    try (MockServer copy = startMock(COPY); MockServer bundled = startMock(ApiSpec.bundled())) {
      Task tooHigh = copy.task(IN_PROGRESS).toBuilder().set(FIELD, 11).build();
      Task valid = bundled.task(IN_PROGRESS).toBuilder().set(FIELD, 3).build();

      assertThatThrownBy(() -> copy.seed(tooHigh)).hasMessageContaining("retryLimit must be at most 10");
      assertThatThrownBy(() -> bundled.seed(valid)).hasMessageContaining("task " + IN_PROGRESS)
          .hasMessageContaining("unknown field 'retryLimit'");
      assertThat(bundled.task(IN_PROGRESS).field(FIELD)).isEmpty();
    }
  }

  @Test
  void aPropertyNamedLikeAKeyOfTheTasksOwnIsRefusedWhenTheMockIsBuilt() {
    ApiSpec copy = copyWith(ANCHOR, "status");

    assertThatThrownBy(() -> MockFixture.builder().spec(copy).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NotStartedTaskEdit has a property 'status'");
  }

  @Test
  void anInProgressPropertyTheFullBodyLacksIsRefusedWhenTheMockIsBuilt() {
    ApiSpec copy = copyWith("        outboundPhoneGroups:\n          $ref: '#/components/schemas/OutboundPhoneGroups'\n"
        + "      x-conditional-required:", FIELD);

    assertThatThrownBy(() -> MockFixture.builder().spec(copy).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("InProgressTaskEdit has a property 'retryLimit' that NotStartedTaskEdit does not have");
  }

  @Test
  void aFixturesFileWithItLoadsUnderTheCopyAndIsRefusedNamingItUnderTheBundledSpec() throws IOException {
    JsonObject json = defaultFixturesJson();
    json.getAsJsonArray("tasks").get(0).getAsJsonObject().addProperty(FIELD, 5);
    Path file = dir.resolve("retry-fixtures.json");
    Files.writeString(file, json.toString());

    Fixtures fixtures = Fixtures.load(file, COPY);

    assertThat(fixtures.task(NOT_STARTED).orElseThrow().field(FIELD)).contains(new JsonPrimitive(5));
    assertThatThrownBy(() -> Fixtures.load(file, ApiSpec.bundled())).isInstanceOf(MockSetupException.class)
        .hasMessageContaining("retry-fixtures.json").hasMessageContaining("tasks[0]")
        .hasMessageContaining("unknown field 'retryLimit'");
    json.getAsJsonArray("tasks").get(0).getAsJsonObject().addProperty(FIELD, 0);
    assertThatThrownBy(() -> Fixtures.parse(json.toString(), "low.json", COPY)).isInstanceOf(MockSetupException.class)
        .hasMessageContaining("tasks[0] (id " + NOT_STARTED + ")").hasMessageContaining("retryLimit must be at least 1");
  }
}
