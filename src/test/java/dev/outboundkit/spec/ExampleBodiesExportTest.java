package dev.outboundkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.AutoOutboundSwitch;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.generated.model.ExecTimeOpenDto;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupDto;
import dev.outboundkit.generated.model.SendNumberStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
  private static final Path SPEC = BASEDIR.resolve("api/openapi.yaml");
  static final Path OUTPUT = BASEDIR.resolve("target/spec-tooling/java-examples.json");

  static NotStartedTaskEdit notStarted() {
    return new NotStartedTaskEdit()
        .taskId(121L)
        .taskName("自动外呼任务名称")
        .taskExecStartDate(LocalDate.of(2020, 9, 27))
        .taskExecEndDate(LocalDate.of(2020, 9, 27))
        .addTaskExecTimesItem(new ExecTimeOpenDto().taskExecTimeStartStr("11:36:00").taskExecTimeEndStr("12:35:00"))
        .taskDesc("自动外呼描述")
        .skillSetId("1462016331580064")
        .outboundNumberGroupId("1070678044124225")
        .strategyDisplaySwitch(true)
        .sendNumberStrategy(SendNumberStrategy.BY_MULTIPLIER)
        .abandonmentRate(2)
        .multiplyPower(2)
        .maxRingingDuration(20)
        .acw(10)
        .addOutboundPhoneGroupsItem(batch());
  }

  static InProgressTaskEdit inProgressOrPaused() {
    return new InProgressTaskEdit()
        .taskId(121L)
        .outboundNumberGroupId("1070678044124225")
        .strategyDisplaySwitch(true)
        .sendNumberStrategy(SendNumberStrategy.BY_MULTIPLIER)
        .abandonmentRate(2)
        .multiplyPower(2)
        .addOutboundPhoneGroupsItem(batch());
  }

  private static PhoneGroupDto batch() {
    return new PhoneGroupDto()
        .name("外呼任务号码批次名称,如:本人、亲属、朋友")
        .identify("default")
        .autoOutboundSwitch(AutoOutboundSwitch.ON)
        .autoOutboundInterval(5)
        .autoOutboundTimes(1);
  }

  @Test
  void javaClientSerialisesThePageExamplesAsTheSpecShowsThemAndExportsThem() throws IOException {
    Gson gson = JSON.getGson();
    Map<String, EditTaskRequest> bodies = new LinkedHashMap<>();
    bodies.put("notStarted", notStarted());
    bodies.put("inProgressOrPaused", inProgressOrPaused());

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
