package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesTest {

  @TempDir
  Path dir;

  private static JsonObject defaultsJson() throws IOException {
    try (InputStream in = FixturesTest.class.getClassLoader().getResourceAsStream(Fixtures.DEFAULTS_RESOURCE)) {
      return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
    }
  }

  private static Fixtures parse(JsonObject json) {
    return Fixtures.parse(json.toString(), "test.json", ApiSpec.bundled());
  }

  private static JsonObject firstTask(JsonObject json) {
    return json.getAsJsonArray("tasks").get(0).getAsJsonObject();
  }

  @Test
  void theDocumentedExampleFileLoads() {
    Path example = MockFixture.FIXTURES_EXAMPLE;

    Fixtures fixtures = Fixtures.load(example, ApiSpec.bundled());

    assertThat(fixtures.tasks()).isNotEmpty();
  }

  @Test
  void aTaskRoundTripsThroughItsJsonForm() {
    Task task = Fixtures.defaults().tasks().get(0);

    JsonArray tasks = new JsonArray();
    tasks.add(new TaskJson(new SchemaValidator(ApiSpec.bundled())).toJson(task));
    JsonObject json = new JsonObject();
    json.add("skillSetIds", JsonParser.parseString("[\"" + task.skillSetId() + "\"]"));
    json.add("outboundNumberGroupIds", JsonParser.parseString("[\"" + task.outboundNumberGroupId() + "\"]"));
    json.add("tasks", tasks);

    assertThat(parse(json).tasks()).containsExactly(task);
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> Fixtures.load(dir.resolve("nope.json"), ApiSpec.bundled()))
        .isInstanceOf(MockSetupException.class).hasMessageContaining("nope.json").hasMessageContaining("not found");
  }

  @Test
  void brokenJsonIsRefusedWithItsLocation() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"tasks\": [");

    assertThatThrownBy(() -> Fixtures.load(file, ApiSpec.bundled()))
        .isInstanceOf(MockSetupException.class).hasMessageContaining("broken.json").hasMessageContaining("not valid JSON");
  }

  @Test
  void aTaskFieldThatBreaksTheSpecIsNamed() throws IOException {
    JsonObject json = defaultsJson();
    firstTask(json).addProperty("maxRingingDuration", 5);

    assertThatThrownBy(() -> parse(json)).isInstanceOf(MockSetupException.class)
        .hasMessageContaining("tasks[0]").hasMessageContaining("maxRingingDuration");
  }

  @Test
  void anUnknownStatusIsRefused() throws IOException {
    JsonObject json = defaultsJson();
    firstTask(json).addProperty("status", "RUNNING");

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("tasks[0].status");
  }

  @Test
  void anUnknownTaskFieldIsRefused() throws IOException {
    JsonObject json = defaultsJson();
    firstTask(json).addProperty("taskId", 1);

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("unknown field 'taskId'");
  }

  @Test
  void anUnknownTopLevelKeyIsRefused() throws IOException {
    JsonObject json = defaultsJson();
    json.add("skillSets", new JsonArray());

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("unknown key 'skillSets'");
  }

  @Test
  void twoTasksWithOneIdAreRefused() throws IOException {
    JsonObject json = defaultsJson();
    JsonObject copy = firstTask(json).deepCopy();
    copy.addProperty("taskName", "another name");
    json.getAsJsonArray("tasks").add(copy);

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("two tasks have the id 121");
  }

  @Test
  void twoTasksWithOneNameAreRefused() throws IOException {
    JsonObject json = defaultsJson();
    JsonObject copy = firstTask(json).deepCopy();
    copy.addProperty("id", 4000);
    json.getAsJsonArray("tasks").add(copy);

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("same taskName");
  }

  @Test
  void aTaskWithAnUnlistedSkillSetIsRefused() throws IOException {
    JsonObject json = defaultsJson();
    firstTask(json).addProperty("skillSetId", "1");

    assertThatThrownBy(() -> parse(json)).hasMessageContaining("skillSetId 1 is not in skillSetIds");
  }
}
