package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the mock holds when it starts and after a reset: tasks, and the skill sets and outbound
 * number groups that exist. Immutable.
 *
 * <p>The JSON file format (see {@code docs/mock.md}):
 * <pre>{@code
 * {
 *   "skillSetIds": ["1462016331580064"],
 *   "outboundNumberGroupIds": ["1070678044124225"],
 *   "tasks": [ { "id": 121, "status": "NOT_STARTED", "taskName": "...", ...the fields of the
 *                spec's not-started edit body..., "customerCount": 1200, "agentCount": 8 } ]
 * }
 * }</pre>
 *
 * @param tasks the tasks; ids and names unique
 * @param skillSetIds the skill sets that exist (技能组id)
 * @param outboundNumberGroupIds the outbound number groups that exist (外呼号码组id)
 */
public record Fixtures(List<Task> tasks, List<String> skillSetIds, List<String> outboundNumberGroupIds) {

  /** Where {@link #defaults()} reads from, on the classpath. */
  public static final String DEFAULTS_RESOURCE = "dev/outboundkit/mock/default-fixtures.json";

  static final String TASKS = "tasks";
  static final String SKILL_SETS = "skillSetIds";
  static final String NUMBER_GROUPS = "outboundNumberGroupIds";

  private static volatile Fixtures defaults;

  /**
   * @throws IllegalArgumentException when two tasks share an id or a name, or a task names a
   *     skill set or number group that is not listed
   */
  public Fixtures {
    tasks = List.copyOf(tasks);
    skillSetIds = List.copyOf(new LinkedHashSet<>(skillSetIds));
    outboundNumberGroupIds = List.copyOf(new LinkedHashSet<>(outboundNumberGroupIds));
    Map<Long, Task> byId = new HashMap<>();
    Map<String, Task> byName = new HashMap<>();
    for (Task task : tasks) {
      if (byId.putIfAbsent(task.id(), task) != null) {
        throw new IllegalArgumentException("two tasks have the id " + task.id());
      }
      Task other = task.taskName() == null ? null : byName.putIfAbsent(task.taskName(), task);
      if (other != null) {
        throw new IllegalArgumentException("tasks " + other.id() + " and " + task.id()
            + " have the same taskName '" + task.taskName() + "'; names must be unique");
      }
      // A reference the task does not set is left to the spec's checks when a mock takes the task.
      if (task.skillSetId() != null && !skillSetIds.contains(task.skillSetId())) {
        throw new IllegalArgumentException("task " + task.id() + ": skillSetId " + task.skillSetId()
            + " is not in " + SKILL_SETS);
      }
      if (task.outboundNumberGroupId() != null && !outboundNumberGroupIds.contains(task.outboundNumberGroupId())) {
        throw new IllegalArgumentException("task " + task.id() + ": outboundNumberGroupId "
            + task.outboundNumberGroupId() + " is not in " + NUMBER_GROUPS);
      }
    }
  }

  /**
   * The default set: two not-started tasks, one in progress, one paused, one completed, the
   * skill set {@code 1462016331580064} and the number group {@code 1070678044124225} of the
   * vendor page's example, and a second of each.
   */
  public static Fixtures defaults() {
    Fixtures result = defaults;
    if (result == null) {
      try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
        }
        result = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS_RESOURCE,
            ApiSpec.bundled());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
      }
      defaults = result;
    }
    return result;
  }

  /**
   * @param file a fixtures file
   * @param spec the spec the tasks are held to
   * @throws MockSetupException naming the file and what is wrong
   */
  static Fixtures load(Path file, ApiSpec spec) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw new MockSetupException("fixtures " + file + ": is a directory, not a file");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new MockSetupException("fixtures " + file + ": file not found", e);
    } catch (IOException e) {
      throw new MockSetupException("fixtures " + file + ": cannot read ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return parse(text, file.toString(), spec);
  }

  /**
   * @param json the fixtures as JSON
   * @param source names them in messages
   * @param spec the spec the tasks are held to
   * @throws MockSetupException naming the source, the place and what is wrong
   */
  static Fixtures parse(String json, String source, ApiSpec spec) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(spec, "spec");
    String where = "fixtures " + source;
    JsonElement root;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      root = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("content after the JSON value");
      }
    } catch (JsonParseException | IOException e) {
      throw new MockSetupException(where + ": not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
    if (root == null || !root.isJsonObject()) {
      throw new MockSetupException(where + ": must be a JSON object with \"" + TASKS + "\", \""
          + SKILL_SETS + "\" and \"" + NUMBER_GROUPS + "\"");
    }
    JsonObject object = root.getAsJsonObject();
    for (String key : object.keySet()) {
      if (!Set.of(TASKS, SKILL_SETS, NUMBER_GROUPS).contains(key)) {
        throw new MockSetupException(where + ": unknown key '" + key + "'; the keys are " + TASKS
            + ", " + SKILL_SETS + ", " + NUMBER_GROUPS);
      }
    }
    List<String> skillSets = ids(object, SKILL_SETS, where);
    List<String> groups = ids(object, NUMBER_GROUPS, where);
    JsonArray taskArray = array(object, TASKS, where);
    List<Task> tasks = new ArrayList<>();
    try {
      TaskJson form = new TaskJson(new SchemaValidator(spec));
      for (int i = 0; i < taskArray.size(); i++) {
        tasks.add(form.fromJson(taskArray.get(i), TASKS + "[" + i + "]"));
      }
      return new Fixtures(tasks, skillSets, groups);
    } catch (IllegalArgumentException e) {
      throw new MockSetupException(where + ": " + e.getMessage(), e);
    }
  }

  /** @return the task with this id, if any */
  public java.util.Optional<Task> task(long id) {
    return tasks.stream().filter(task -> task.id() == id).findFirst();
  }

  /** @return the tasks of one status, in the fixtures' order */
  public List<Task> tasks(TaskStatus status) {
    return tasks.stream().filter(task -> task.status() == status).toList();
  }

  private static List<String> ids(JsonObject object, String key, String where) {
    JsonArray array = array(object, key, where);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement id = array.get(i);
      if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString() || id.getAsString().isBlank()) {
        throw new MockSetupException(where + ": " + key + "[" + i + "] must be a non-blank string");
      }
      ids.add(id.getAsString());
    }
    if (ids.isEmpty()) {
      throw new MockSetupException(where + ": " + key + " must list at least one id");
    }
    return ids;
  }

  private static JsonArray array(JsonObject object, String key, String where) {
    JsonElement value = object.get(key);
    if (value == null || !value.isJsonArray()) {
      throw new MockSetupException(where + ": \"" + key + "\" must be a JSON array");
    }
    return value.getAsJsonArray();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.lines().findFirst().orElse(message);
    int at = line.indexOf(" at line ");
    return at >= 0 ? line.substring(at + 1) : line;
  }
}
