package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.rules.SchemaValidator;
import dev.outboundkit.rules.ValidationMode;
import dev.outboundkit.exception.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON form of a {@link Task}, used by fixtures files and the control API: the fields of the
 * edit body (with {@code id} in place of {@code taskId}) plus {@code status},
 * {@code customerCount} and {@code agentCount}.
 *
 * <p>A task read from JSON is held to the spec like a not-started edit (schema
 * {@value #FULL_SCHEMA}, server mode), so the mock never holds a task an edit could not have made.
 */
final class TaskJson {

  static final String FULL_SCHEMA = "NotStartedTaskEdit";
  static final String TASK_ID = "taskId";
  static final String ID = "id";
  static final String STATUS = "status";
  static final String CUSTOMER_COUNT = "customerCount";
  static final String AGENT_COUNT = "agentCount";
  /** The keys of the JSON form that are not fields of the edit body. */
  static final Set<String> TASK_ONLY_KEYS = Set.of(ID, STATUS, CUSTOMER_COUNT, AGENT_COUNT);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private TaskJson() {
  }

  /** @return the task's JSON form, fields in the page's order, unset optional fields left out */
  static JsonObject toJson(Task task) {
    JsonObject json = new JsonObject();
    json.addProperty(ID, task.id());
    json.addProperty(STATUS, task.status().name());
    json.addProperty("taskName", task.taskName());
    json.addProperty("taskExecStartDate", DATE.format(task.taskExecStartDate()));
    json.addProperty("taskExecEndDate", DATE.format(task.taskExecEndDate()));
    JsonArray times = new JsonArray();
    for (ExecTime time : task.taskExecTimes()) {
      JsonObject window = new JsonObject();
      window.addProperty("taskExecTimeStartStr", time.start());
      window.addProperty("taskExecTimeEndStr", time.end());
      times.add(window);
    }
    json.add("taskExecTimes", times);
    if (task.taskDesc() != null) {
      json.addProperty("taskDesc", task.taskDesc());
    }
    json.addProperty("skillSetId", task.skillSetId());
    json.addProperty("outboundNumberGroupId", task.outboundNumberGroupId());
    json.addProperty("strategyDisplaySwitch", task.strategyDisplaySwitch());
    json.addProperty("sendNumberStrategy", task.sendNumberStrategy());
    if (task.multiplyPower() != null) {
      json.addProperty("multiplyPower", task.multiplyPower());
    }
    if (task.abandonmentRate() != null) {
      json.addProperty("abandonmentRate", task.abandonmentRate());
    }
    JsonArray groups = new JsonArray();
    task.outboundPhoneGroups().forEach(group -> groups.add(phoneGroup(group)));
    json.add("outboundPhoneGroups", groups);
    json.addProperty("maxRingingDuration", task.maxRingingDuration());
    json.addProperty("acw", task.acw());
    json.addProperty(CUSTOMER_COUNT, task.customerCount());
    json.addProperty(AGENT_COUNT, task.agentCount());
    return json;
  }

  /** @return a number batch as getPhoneGroups answers it (PhoneGroupVo), unset fields left out */
  static JsonObject phoneGroup(PhoneGroup group) {
    JsonObject json = new JsonObject();
    json.addProperty("name", group.name());
    json.addProperty("identify", group.identify());
    json.addProperty("autoOutboundSwitch", group.autoOutboundSwitch());
    if (group.autoOutboundInterval() != null) {
      json.addProperty("autoOutboundInterval", group.autoOutboundInterval());
    }
    if (group.autoOutboundTimes() != null) {
      json.addProperty("autoOutboundTimes", group.autoOutboundTimes());
    }
    return json;
  }

  /** @return the task as a not-started edit body would carry it, to hold it to the spec */
  static JsonObject editView(JsonObject taskJson) {
    JsonObject view = new JsonObject();
    view.add(TASK_ID, taskJson.get(ID));
    taskJson.entrySet().stream()
        .filter(entry -> !TASK_ONLY_KEYS.contains(entry.getKey()))
        .forEach(entry -> view.add(entry.getKey(), entry.getValue()));
    return view;
  }

  /**
   * @return the spec's violations of a task, empty when a not-started edit could have made it
   */
  static List<Violation> violations(Task task, SchemaValidator validator) {
    return validator.validate(editView(toJson(task)), FULL_SCHEMA, ValidationMode.SERVER);
  }

  /**
   * Reads a task from its JSON form, checking it whole.
   *
   * @param where names the task in messages, e.g. {@code fixtures.json: tasks[2]}
   * @throws IllegalArgumentException naming {@code where}, the field and the rule
   */
  static Task fromJson(JsonElement element, SchemaValidator validator, String where) {
    if (element == null || !element.isJsonObject()) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    JsonObject json = element.getAsJsonObject();
    Set<String> allowed = new LinkedHashSet<>(List.of(ID, STATUS));
    validator.spec().properties(FULL_SCHEMA).keySet().stream()
        .filter(key -> !TASK_ID.equals(key)).forEach(allowed::add);
    allowed.addAll(List.of(CUSTOMER_COUNT, AGENT_COUNT));
    for (String key : json.keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown field '" + key + "'; the fields are "
            + String.join(", ", allowed));
      }
    }
    long id = longValue(json.get(ID), where + ".id");
    TaskStatus status = status(json.get(STATUS), where + ".status");
    int customers = count(json.get(CUSTOMER_COUNT), where + "." + CUSTOMER_COUNT);
    int agents = count(json.get(AGENT_COUNT), where + "." + AGENT_COUNT);
    List<Violation> violations =
        validator.validate(editView(json), FULL_SCHEMA, ValidationMode.SERVER).stream()
            .filter(violation -> !violation.path().equals(TASK_ID))
            .toList();
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(where + " (id " + id + "): " + violations.stream()
          .map(Violation::message).collect(Collectors.joining("; ")));
    }
    return fromTrustedJson(json).toBuilder()
        .id(id).status(status).customerCount(customers).agentCount(agents).build();
  }

  /**
   * Reads a task from a JSON form already held to the spec; id, status and counts must be
   * set by the caller when they are absent.
   */
  static Task fromTrustedJson(JsonObject json) {
    Task.Builder task = Task.builder();
    if (has(json, ID)) {
      task.id(json.get(ID).getAsBigDecimal().longValueExact());
    }
    if (has(json, STATUS)) {
      task.status(TaskStatus.valueOf(json.get(STATUS).getAsString()));
    }
    if (has(json, CUSTOMER_COUNT)) {
      task.customerCount(intValue(json.get(CUSTOMER_COUNT)));
    }
    if (has(json, AGENT_COUNT)) {
      task.agentCount(intValue(json.get(AGENT_COUNT)));
    }
    for (Map.Entry<String, JsonElement> field : json.entrySet()) {
      set(task, field.getKey(), field.getValue());
    }
    return task.build();
  }

  /**
   * Sets one field of the edit body on a task, from a value already held to the spec. An absent
   * or null value unsets a field that may be unset (taskDesc, multiplyPower, abandonmentRate)
   * and leaves any other field as it is. Names that are not task fields are ignored.
   */
  static void set(Task.Builder task, String field, JsonElement value) {
    boolean unset = value == null || value.isJsonNull();
    switch (field) {
      case "taskDesc" -> task.taskDesc(unset ? null : value.getAsString());
      case "multiplyPower" -> task.multiplyPower(unset ? null : intValue(value));
      case "abandonmentRate" -> task.abandonmentRate(unset ? null : intValue(value));
      default -> {
        if (!unset) {
          setRequired(task, field, value);
        }
      }
    }
  }

  private static void setRequired(Task.Builder task, String field, JsonElement value) {
    switch (field) {
      case "taskName" -> task.taskName(value.getAsString());
      case "taskExecStartDate" -> task.taskExecStartDate(LocalDate.parse(value.getAsString(), DATE));
      case "taskExecEndDate" -> task.taskExecEndDate(LocalDate.parse(value.getAsString(), DATE));
      case "taskExecTimes" -> task.taskExecTimes(execTimes(value.getAsJsonArray()));
      case "skillSetId" -> task.skillSetId(value.getAsString());
      case "outboundNumberGroupId" -> task.outboundNumberGroupId(value.getAsString());
      case "strategyDisplaySwitch" -> task.strategyDisplaySwitch(booleanValue(value));
      case "sendNumberStrategy" -> task.sendNumberStrategy(intValue(value));
      case "outboundPhoneGroups" -> task.outboundPhoneGroups(phoneGroups(value.getAsJsonArray()));
      case "maxRingingDuration" -> task.maxRingingDuration(intValue(value));
      case "acw" -> task.acw(intValue(value));
      default -> {
        // not a field of the task (id, status and counts are set by the caller)
      }
    }
  }

  private static List<ExecTime> execTimes(JsonArray array) {
    List<ExecTime> times = new ArrayList<>(array.size());
    for (JsonElement window : array) {
      JsonObject object = window.getAsJsonObject();
      times.add(new ExecTime(object.get("taskExecTimeStartStr").getAsString(),
          object.get("taskExecTimeEndStr").getAsString()));
    }
    return times;
  }

  private static List<PhoneGroup> phoneGroups(JsonArray array) {
    List<PhoneGroup> groups = new ArrayList<>(array.size());
    for (JsonElement group : array) {
      JsonObject object = group.getAsJsonObject();
      groups.add(new PhoneGroup(object.get("name").getAsString(),
          object.get("identify").getAsString(),
          intValue(object.get("autoOutboundSwitch")),
          optionalInt(object, "autoOutboundInterval"),
          optionalInt(object, "autoOutboundTimes")));
    }
    return groups;
  }

  /** A Boolean the spec also takes as 1/0 ({@code x-accept-integer-boolean}). */
  private static boolean booleanValue(JsonElement value) {
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    return primitive.isBoolean() ? primitive.getAsBoolean()
        : primitive.getAsBigDecimal().compareTo(BigDecimal.ONE) == 0;
  }

  private static int intValue(JsonElement value) {
    return value.getAsBigDecimal().intValueExact();
  }

  private static Integer optionalInt(JsonObject json, String key) {
    return has(json, key) ? intValue(json.get(key)) : null;
  }

  private static boolean has(JsonObject json, String key) {
    return json.has(key) && !json.get(key).isJsonNull();
  }

  private static long longValue(JsonElement value, String where) {
    try {
      if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
        return value.getAsBigDecimal().longValueExact();
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(where + " must be an integer (a 64-bit task id)");
  }

  private static TaskStatus status(JsonElement value, String where) {
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      try {
        return TaskStatus.valueOf(value.getAsString());
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(where + " must be one of " + Arrays.toString(TaskStatus.values()));
  }

  private static int count(JsonElement value, String where) {
    if (value == null || value.isJsonNull()) {
      return 0;
    }
    try {
      if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
        int count = value.getAsBigDecimal().intValueExact();
        if (count >= 0) {
          return count;
        }
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(where + " must be an integer, 0 or more");
  }
}
