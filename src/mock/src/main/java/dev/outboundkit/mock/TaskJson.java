package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaNode;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import dev.outboundkit.exception.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A {@link Task}'s fields as one spec has them, and the task's JSON form, shared by fixtures
 * files, the control API and the conformance suite: {@code id}, {@code status}, every property
 * of {@value #FULL_SCHEMA} but {@code taskId} in the spec's order (JSON null when unset), then
 * {@code customerCount} and {@code agentCount}.
 *
 * <p>The fields, their limits, which ones an edit of each status applies and which may be unset
 * all come from the spec; the mock's code names only the few fields it treats specially (see
 * {@link Task}). A task read from JSON is held to the spec like a not-started edit (server
 * mode), so the mock never holds a task an edit could not have made; a value is stored as the
 * schema types it ({@link #normalized}). Immutable and thread-safe.
 */
final class TaskJson {

  static final String FULL_SCHEMA = "NotStartedTaskEdit";
  /** The read-back's batch, whose properties getPhoneGroups shows. */
  static final String READ_BACK_BATCH_SCHEMA = "PhoneGroupVo";
  static final String TASK_ID = "taskId";
  static final String ID = "id";
  static final String STATUS = "status";
  static final String CUSTOMER_COUNT = "customerCount";
  static final String AGENT_COUNT = "agentCount";
  /** The keys of the JSON form that are not fields of the edit body. */
  static final Set<String> TASK_ONLY_KEYS = Set.of(ID, STATUS, CUSTOMER_COUNT, AGENT_COUNT);

  /** One field an edit of a schema applies. */
  private record Applied(String name, SchemaNode schema, boolean mayUnset) {
  }

  private final SchemaValidator validator;
  /** The task's fields: {@value #FULL_SCHEMA}'s properties but taskId, in the spec's order. */
  private final Map<String, SchemaNode> fields;
  private final Set<String> batchView;
  private final Map<String, List<Applied>> appliedBySchema = new ConcurrentHashMap<>();

  /**
   * @throws IllegalArgumentException when a property of {@value #FULL_SCHEMA} has the name of a
   *     key the JSON form keeps for itself ({@code id}, {@code status} and the counts)
   */
  TaskJson(SchemaValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    ApiSpec spec = validator.spec();
    Map<String, SchemaNode> own = new LinkedHashMap<>(spec.node(FULL_SCHEMA).properties());
    own.remove(TASK_ID);
    for (String key : TASK_ONLY_KEYS) {
      if (own.containsKey(key)) {
        throw new IllegalArgumentException(spec.source() + ": " + FULL_SCHEMA + " has a property '" + key
            + "', a name the mock's task form keeps for the task's own " + key);
      }
    }
    this.fields = java.util.Collections.unmodifiableMap(own);
    this.batchView = spec.node(READ_BACK_BATCH_SCHEMA).properties().keySet();
  }

  SchemaValidator validator() {
    return validator;
  }

  /** @return the names of a task's fields, in the spec's order */
  Set<String> fieldNames() {
    return fields.keySet();
  }

  // ---------------------------------------------------------------- the JSON form

  /** @return the task's JSON form: every field of the spec, JSON null when unset */
  JsonObject toJson(Task task) {
    JsonObject json = new JsonObject();
    json.addProperty(ID, task.id());
    json.addProperty(STATUS, task.status().name());
    JsonObject values = task.fields();
    for (String field : fields.keySet()) {
      JsonElement value = values.remove(field);
      json.add(field, value == null ? JsonNull.INSTANCE : value);
    }
    values.entrySet().forEach(other -> json.add(other.getKey(), other.getValue())); // not checked yet
    json.addProperty(CUSTOMER_COUNT, task.customerCount());
    json.addProperty(AGENT_COUNT, task.agentCount());
    return json;
  }

  /**
   * Reads a task from its JSON form, checking it whole; an optional field may be absent or null.
   *
   * @param where names the task in messages, e.g. {@code fixtures.json: tasks[2]}
   * @throws IllegalArgumentException naming {@code where}, the field and the rule
   */
  Task fromJson(JsonElement element, String where) {
    if (element == null || !element.isJsonObject()) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    JsonObject json = element.getAsJsonObject();
    Set<String> allowed = new LinkedHashSet<>(List.of(ID, STATUS));
    allowed.addAll(fields.keySet());
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
    List<Violation> violations = validator.validate(editView(id, json), FULL_SCHEMA, ValidationMode.SERVER);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(where + " (id " + id + "): " + violations.stream()
          .map(Violation::message).collect(Collectors.joining("; ")));
    }
    Task.Builder task = Task.builder().id(id).status(status).customerCount(customers).agentCount(agents);
    fields.forEach((field, schema) -> task.set(field, normalized(json.get(field), schema)));
    return task.build();
  }

  /** @return the fields as a not-started edit body would carry them, to hold them to the spec */
  private static JsonObject editView(long id, JsonObject values) {
    JsonObject view = new JsonObject();
    view.addProperty(TASK_ID, id);
    values.entrySet().stream()
        .filter(entry -> !TASK_ONLY_KEYS.contains(entry.getKey()))
        .forEach(entry -> view.add(entry.getKey(), entry.getValue()));
    return view;
  }

  /**
   * @return what is wrong with a task, empty when a not-started edit could have made it: a field
   *     the spec does not have, or a broken rule
   */
  List<String> problems(Task task) {
    JsonObject values = task.fields();
    List<String> problems = new ArrayList<>();
    for (String name : values.keySet()) {
      if (!fields.containsKey(name)) {
        problems.add("unknown field '" + name + "'; the fields are " + String.join(", ", fields.keySet()));
      }
    }
    validator.validate(editView(task.id(), values), FULL_SCHEMA, ValidationMode.SERVER)
        .forEach(violation -> problems.add(violation.message()));
    return problems;
  }

  // ---------------------------------------------------------------- edits and the read-back

  /**
   * The task after an edit the schema's checks accepted: each property of the schema but taskId
   * is taken from the body; one the body leaves out (or sends null) is unset when the schema does
   * not require it, else kept. Every other field, the status and the counts are kept.
   *
   * @param schema the edit's variant, e.g. {@code InProgressTaskEdit}
   */
  Task apply(Task current, JsonObject body, String schema) {
    Task.Builder edited = current.toBuilder();
    for (Applied field : applied(schema)) {
      JsonElement value = body.get(field.name());
      if (value != null && !value.isJsonNull()) {
        edited.set(field.name(), normalized(value, field.schema()));
      } else if (field.mayUnset()) {
        edited.unset(field.name());
      }
    }
    return edited.build();
  }

  /**
   * @return the names of the fields an edit of the schema applies, in the spec's order
   * @throws IllegalArgumentException when the schema has a property that is not a task field
   */
  List<String> appliedFields(String schema) {
    return applied(schema).stream().map(Applied::name).toList();
  }

  private List<Applied> applied(String schema) {
    return appliedBySchema.computeIfAbsent(schema, name -> {
      SchemaNode node = validator.spec().node(name);
      List<Applied> list = new ArrayList<>();
      node.properties().forEach((field, property) -> {
        if (field.equals(TASK_ID)) {
          return;
        }
        if (!fields.containsKey(field)) {
          throw new IllegalArgumentException(validator.spec().source() + ": " + name + " has a property '" + field
              + "' that " + FULL_SCHEMA + " does not have, so the mock's tasks could not hold it");
        }
        list.add(new Applied(field, property, !node.required().contains(field)));
      });
      return List.copyOf(list);
    });
  }

  /** @return the task's number batches as getPhoneGroups shows them: each with its read-back properties that are set */
  JsonArray readBack(Task task) {
    JsonArray shown = new JsonArray();
    task.field(Task.OUTBOUND_PHONE_GROUPS).filter(JsonElement::isJsonArray).ifPresent(groups -> {
      for (JsonElement group : groups.getAsJsonArray()) {
        JsonObject batch = new JsonObject();
        if (group.isJsonObject()) {
          group.getAsJsonObject().entrySet().stream()
              .filter(member -> batchView.contains(member.getKey()))
              .forEach(member -> batch.add(member.getKey(), member.getValue()));
        }
        shown.add(batch);
      }
    });
    return shown;
  }

  // ---------------------------------------------------------------- values

  /**
   * A value the schema's server-mode checks accepted, as the schema types it: a boolean sent as
   * 1/0 ({@code x-accept-integer-boolean}) as true/false, an object with its declared properties
   * that are set (nulls and undeclared members left out), arrays item by item; numbers are held
   * by value by {@link Task}.
   *
   * @return null for an absent or null value
   */
  static JsonElement normalized(JsonElement value, SchemaNode schema) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    SchemaNode.Type type = schema.type().orElse(null);
    if (type == SchemaNode.Type.BOOLEAN && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(value.getAsBigDecimal().compareTo(BigDecimal.ONE) == 0);
    }
    if (type == SchemaNode.Type.OBJECT && value.isJsonObject() && !schema.properties().isEmpty()) {
      JsonObject object = new JsonObject();
      schema.properties().forEach((name, property) -> {
        JsonElement member = normalized(value.getAsJsonObject().get(name), property);
        if (member != null) {
          object.add(name, member);
        }
      });
      return object;
    }
    if (type == SchemaNode.Type.ARRAY && value.isJsonArray() && schema.items().isPresent()) {
      JsonArray array = new JsonArray(value.getAsJsonArray().size());
      for (JsonElement item : value.getAsJsonArray()) {
        JsonElement normal = normalized(item, schema.items().get());
        array.add(normal == null ? JsonNull.INSTANCE : normal);
      }
      return array;
    }
    return value;
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
