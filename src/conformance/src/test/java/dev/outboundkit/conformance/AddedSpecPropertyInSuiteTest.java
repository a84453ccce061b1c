package dev.outboundkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.conformance.generate.MockEditTarget;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.SpecCopy;

/**
 * A property added to a copy of the spec (the mock's {@code AddedSpecPropertyTest}) is seen by
 * the suite's two views of a whole task, with no change to their code: the generated run's
 * target and the scenarios' inspector; an unset one is there as JSON null, so the generated
 * run's model compares it too.
 */
class AddedSpecPropertyInSuiteTest {
  private static final String FIELD = SpecCopy.RETRY_LIMIT;

  @TempDir
  Path dir;

  private Path specCopy() throws IOException {
    return Files.writeString(dir.resolve("openapi-retry.yaml"), SpecCopy.withRetryLimit(), StandardCharsets.UTF_8);
  }

  @Test
  void theGeneratedRunsTargetShowsItWhole() throws IOException {
    KeyPair keys = RSAKeyPairs.generate();
    Path spec = specCopy();
    try (MockServer server = MockServer.builder().spec(spec).tenant("retry-app", keys.getPublic()).build().start();
        MockEditTarget target = MockEditTarget.of(server, server.baseUrl(), "retry-app", keys, () -> { })) {
      long id = target.facts().taskId(TaskRole.NOT_STARTED);
      JsonObject body = PageExamples.notStartedJson();
      body.addProperty("taskId", id);
      body.addProperty("taskName", "带重试上限");
      body.addProperty(FIELD, 10);
      assertThat(target.edit(body.toString()).accepted()).isTrue();

      JsonObject whole = target.wholeTask(id).orElseThrow();
      assertThat(whole.get(FIELD)).isEqualTo(new JsonPrimitive(10));
      assertThat(whole.get("taskId")).isEqualTo(new JsonPrimitive(id));
      assertThat(whole.get("taskName")).isEqualTo(new JsonPrimitive("带重试上限"));
      JsonObject other = target.wholeTask(target.facts().taskId(TaskRole.NOT_STARTED_2)).orElseThrow();
      assertThat(other.has(FIELD)).isTrue();
      assertThat(other.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }

  @Test
  void theSuitesInspectorShowsItFromTheFixtures() throws IOException {
    Path spec = specCopy();
    JsonObject json;
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(Fixtures.DEFAULTS_RESOURCE)) {
      json = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }
    JsonObject first = json.getAsJsonArray("tasks").get(0).getAsJsonObject();
    first.addProperty(FIELD, 5);
    long id = first.get("id").getAsLong();
    Path fixtures = Files.writeString(dir.resolve("retry.json"), json.toString(), StandardCharsets.UTF_8);

    try (InProcessMockTarget target = new InProcessMockTarget(builder -> builder.spec(spec).fixtures(fixtures),
        "spec copy with retryLimit")) {
      JsonObject shown = target.inspector().orElseThrow().task(id);
      assertThat(shown.get(FIELD)).isEqualTo(new JsonPrimitive(5));
      assertThat(shown.get("taskId")).isEqualTo(new JsonPrimitive(id));
      JsonObject unset = target.inspector().orElseThrow().task(id + 1);
      assertThat(unset.has(FIELD)).isTrue();
      assertThat(unset.get(FIELD)).isEqualTo(JsonNull.INSTANCE);
    }
  }
}
