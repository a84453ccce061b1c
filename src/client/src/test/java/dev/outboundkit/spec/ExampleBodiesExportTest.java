package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.RepoFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds the page's two example bodies with the generated Java models, serialises them as the
 * declared type {@link EditTaskRequest} with the client's own Gson, checks them against the
 * spec's {@code examples}, and writes them to {@code target/spec-tooling/java-examples.json}.
 *
 * <p>{@code api/tooling/compare-examples.mjs} (profile {@code spec-tooling}, phase
 * {@code integration-test}) then checks that the generated TypeScript client serialises the same
 * two bodies to the same JSON.
 */
class ExampleBodiesExportTest {

  private static final Path SPEC = RepoFiles.path("api", "openapi.yaml");
  /** Where the spec tooling (the top-level target/spec-tooling) reads it. */
  static final Path OUTPUT = RepoFiles.path("target", "spec-tooling", "java-examples.json");

  @Test
  void javaClientSerialisesThePageExamplesAsTheSpecShowsThemAndExportsThem() throws IOException {
    Gson gson = JSON.getGson();
    Map<String, EditTaskRequest> bodies = new LinkedHashMap<>();
    bodies.put("notStarted", PageExamples.notStarted());
    bodies.put("inProgressOrPaused", PageExamples.inProgress());

    JsonObject exported = new JsonObject();
    for (Map.Entry<String, EditTaskRequest> e : bodies.entrySet()) {
      String json = gson.toJson(e.getValue(), EditTaskRequest.class);
      JsonElement actual = JsonParser.parseString(json);
      assertThat(actual)
          .as("Java client's JSON for example %s against the spec's example", e.getKey())
          .isEqualTo(specExample(e.getKey()));
      exported.add(e.getKey(), actual);
    }

    Files.createDirectories(OUTPUT.getParent());
    Files.writeString(OUTPUT,
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(exported) + "\n",
        StandardCharsets.UTF_8);
    assertThat(OUTPUT).exists();
  }

  /** The request example {@code name} of editTask, as JSON (numbers normalised by a round trip). */
  private static JsonElement specExample(String name) throws IOException {
    Map<String, Object> root;
    try (InputStream in = Files.newInputStream(SPEC)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    Object value = path(root, "paths", "/speech/openapi/v1/task/outbound/edit", "post", "requestBody", "content",
        "application/json", "examples", name, "value");
    return JsonParser.parseString(new Gson().toJson(value));
  }

  private static Object path(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      assertThat(current).as("spec node before %s", key).isInstanceOf(Map.class);
      current = ((Map<?, ?>) current).get(key);
    }
    assertThat(current).as("spec node %s", String.join(" > ", keys)).isNotNull();
    return current;
  }
}
