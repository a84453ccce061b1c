package dev.outboundkit.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.SpecCopy;
import dev.outboundkit.testing.TestKeys;

/**
 * A property added to a copy of the spec (the mock's {@code AddedSpecPropertyIT}) is seen by
 * the suite's two views of a whole task, with no change to their code: the mock in this JVM (after
 * an edit that sets it, and from the fixtures) and the control API a profile names; an unset one
 * is there as JSON null, so the generated run's model compares it too.
 */
class AddedSpecPropertyInSuiteIT {
  private static final String FIELD = SpecCopy.RETRY_LIMIT;

  @TempDir
  Path dir;

  private Path specCopy() throws IOException {
    return Files.writeString(dir.resolve("openapi-retry.yaml"), SpecCopy.withRetryLimit(), StandardCharsets.UTF_8);
  }

  @Test
  void theWholeTaskShowsItAfterAnEditSetsIt() throws IOException {
    Path spec = specCopy();
    try (Target target = MockTarget.start(builder -> builder.spec(spec), "spec copy with retryLimit")) {
      long id = target.taskId(TaskRole.NOT_STARTED);
      JsonObject body = PageExamples.notStartedJson();
      body.addProperty("taskId", id);
      body.addProperty("taskName", "带重试上限");
      body.addProperty(FIELD, 10);
      Exchange edit = target.wire().edit(body.toString(),
          SignedHeaders.signingEach(Clock.systemUTC()).build(target, true));
      assertThat(edit.answer().accepted()).as("%s", edit.answer()).isTrue();

      Target.TaskInspector inspector = target.inspector().orElseThrow();
      JsonObject whole = inspector.task(id);
      assertThat(whole.get(FIELD)).isEqualTo(new JsonPrimitive(10));
      assertThat(whole.get("taskId")).isEqualTo(new JsonPrimitive(id));
      assertThat(whole.get("taskName")).isEqualTo(new JsonPrimitive("带重试上限"));
      JsonObject other = inspector.task(target.taskId(TaskRole.NOT_STARTED_2));
      assertThat(other.has(FIELD)).isTrue();
      assertThat(other.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }

  @Test
  void theWholeTaskShowsItFromTheFixtures() throws IOException {
    Path spec = specCopy();
    JsonObject json;
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(Fixtures.DEFAULTS_RESOURCE)) {
      json = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }
    JsonObject first = json.getAsJsonArray("tasks").get(0).getAsJsonObject();
    first.addProperty(FIELD, 5);
    long id = first.get("id").getAsLong();
    Path fixtures = Files.writeString(dir.resolve("retry.json"), json.toString(), StandardCharsets.UTF_8);

    try (Target target = MockTarget.start(builder -> builder.spec(spec).fixtures(fixtures),
        "spec copy with retryLimit")) {
      JsonObject shown = target.inspector().orElseThrow().task(id);
      assertThat(shown.get(FIELD)).isEqualTo(new JsonPrimitive(5));
      assertThat(shown.get("taskId")).isEqualTo(new JsonPrimitive(id));
      JsonObject unset = target.inspector().orElseThrow().task(id + 1);
      assertThat(unset.has(FIELD)).isTrue();
      assertThat(unset.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }

  @Test
  void theControlApiAProfileNamesShowsIt() throws IOException {
    Path spec = specCopy();
    try (MockServer mock = MockServer.builder().spec(spec).controlApi(true)
        .tenant(TestKeys.APP_ID, PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM))).build().start()) {
      TargetFacts facts = TargetFacts.of(mock.fixtures());
      long id = facts.taskId(TaskRole.NOT_STARTED);
      Path profile = dir.resolve("mock.properties");
      new TargetProfile(mock.baseUrl(), TestKeys.APP_ID, TestKeys.path(TestKeys.PKCS8_PEM), facts.skillSetId(),
          facts.outboundNumberGroupId(), id, facts.taskId(TaskRole.NOT_STARTED_2), facts.taskId(TaskRole.IN_PROGRESS),
          facts.taskId(TaskRole.PAUSED), facts.taskId(TaskRole.COMPLETED), facts.taskId(TaskRole.MISSING),
          mock.baseUrl() + MockServer.CONTROL_PREFIX).write(profile);

      try (Target target = ProfileTarget.load(profile)) {
        Target.TaskInspector inspector = target.inspector().orElseThrow();
        JsonObject shown = inspector.task(id);
        assertThat(shown.get("taskId")).isEqualTo(new JsonPrimitive(id));
        assertThat(shown.has(FIELD)).isTrue();
        assertThat(shown.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
        assertThat(inspector.task(facts.taskId(TaskRole.MISSING))).as("a task the mock does not have").isNull();
      }
    }
  }
}
