package dev.outboundkit.spec;

import dev.outboundkit.testing.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.outboundkit.testing.PageExamples;

/**
 * The page's two example bodies stand in several places, each for a reason of its own: the
 * page's copy ({@code src/test/resources/page-examples/}, which every other copy is held to), the
 * spec's request examples, the conformance features' doc strings and the benchmark's body. This
 * test holds them equal, so that none can drift.
 */
class PageExamplesAgreeTest {
  private static final Pattern DOC_STRING = Pattern.compile("\"\"\"\\R(.*?)\\R\\s*\"\"\"", Pattern.DOTALL);

  @Test
  void theSpecsRequestExamplesAreThePagesBodiesWithTheBooleanAsTrue() throws IOException {
    Map<String, Object> examples = requestExamples();

    assertThat(value(examples, "notStarted")).isEqualTo(PageExamples.notStartedJson());
    assertThat(value(examples, "inProgressOrPaused")).isEqualTo(PageExamples.inProgressJson());
  }

  @Test
  void theFeaturesSendThePagesBodiesAsThePageShowsThemAndAsTheClientsSendThem() throws IOException {
    List<JsonElement> docStrings = docStrings(RepoFiles.path("features", "page-examples.feature"));

    assertThat(docStrings).containsExactly(
        page(PageExamples.NOT_STARTED), PageExamples.notStartedJson(),
        page(PageExamples.IN_PROGRESS), PageExamples.inProgressJson());
  }

  @Test
  void theBenchmarksBodyIsThePagesNotStartedBodyButForItsDates() throws IOException {
    JsonObject bench = JsonParser.parseString(Files.readString(RepoFiles.path("src", "mock", "src", "test", "bench", "edit-body.json"),
        StandardCharsets.UTF_8)).getAsJsonObject();
    JsonObject page = PageExamples.notStartedJson();
    // The benchmark runs today: its task must not end in the past of a server that checks that.
    for (String date : List.of("taskExecStartDate", "taskExecEndDate")) {
      assertThat(bench.remove(date)).as(date).isNotNull();
      page.remove(date);
    }

    assertThat(bench).isEqualTo(page);
  }

  private static JsonElement page(String name) {
    return JsonParser.parseString(PageExamples.pageJson(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> requestExamples() throws IOException {
    Map<String, Object> spec = new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(RepoFiles.path("api", "openapi.yaml"), StandardCharsets.UTF_8));
    Object node = spec;
    for (String key : List.of("paths", "/speech/openapi/v1/task/outbound/edit", "post", "requestBody", "content",
        "application/json", "examples")) {
      node = ((Map<String, Object>) node).get(key);
    }
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static JsonElement value(Map<String, Object> examples, String name) {
    return new Gson().toJsonTree(((Map<String, Object>) examples.get(name)).get("value"));
  }

  private static List<JsonElement> docStrings(Path feature) throws IOException {
    Matcher matcher = DOC_STRING.matcher(Files.readString(feature, StandardCharsets.UTF_8));
    List<JsonElement> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(JsonParser.parseString(matcher.group(1)));
    }
    return found;
  }
}
