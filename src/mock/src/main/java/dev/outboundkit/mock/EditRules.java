package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of the edit and the read-back, once a request is authenticated and its body is
 * JSON: which task an edit names, what the task's status allows (the spec's variant for it),
 * the references that must exist and the name no other task may have; and the same rules for a
 * task seeded directly. Answers with the vendor's codes, as the {@link Readings} say.
 *
 * <p>Every limit comes from the spec through {@link SchemaValidator}, and the task's fields, which
 * each status applies and which may be unset from its schemas ({@link TaskJson}); this class only
 * knows the names of the fields it treats specially (the references and the unique name).
 */
final class EditRules {

  private static final Logger LOG = LoggerFactory.getLogger(EditRules.class);

  /** The edit body: a oneOf whose variant the task's status picks. */
  static final String EDIT_SCHEMA = "EditTaskRequest";
  static final String NOT_STARTED_SCHEMA = TaskJson.FULL_SCHEMA;
  static final String IN_PROGRESS_SCHEMA = "InProgressTaskEdit";
  private static final String TASK_ID = TaskJson.TASK_ID;
  private static final String TASK_NAME = Task.TASK_NAME;
  private static final String SKILL_SET_ID = Task.SKILL_SET_ID;
  private static final String NUMBER_GROUP_ID = Task.OUTBOUND_NUMBER_GROUP_ID;

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final SchemaValidator validator;
  private final TaskJson taskJson;
  private final TaskStore store;
  private final Readings readings;
  /** Per schema, the body fields an edit applies: the schema's properties but taskId. */
  private final Map<String, List<String>> appliedFields;

  /**
   * @throws IllegalArgumentException when the spec's edit body lacks its two variants, a variant
   *     has a property a task cannot hold, or a task of the store's fixtures breaks the spec
   */
  EditRules(TaskJson taskJson, TaskStore store, Readings readings) {
    this.taskJson = Objects.requireNonNull(taskJson, "taskJson");
    this.validator = taskJson.validator();
    this.store = Objects.requireNonNull(store, "store");
    this.readings = Objects.requireNonNull(readings, "readings");
    validator.spec().requireVariants(EDIT_SCHEMA, List.of(NOT_STARTED_SCHEMA, IN_PROGRESS_SCHEMA));
    Map<String, List<String>> applied = new HashMap<>();
    for (String schema : List.of(NOT_STARTED_SCHEMA, IN_PROGRESS_SCHEMA)) {
      applied.put(schema, taskJson.appliedFields(schema));
    }
    this.appliedFields = Map.copyOf(applied);
    for (Task task : store.fixtures().tasks()) {
      requireValid(task);
    }
  }

  // ---------------------------------------------------------------- edit

  /**
   * Edits a task. Order of checks: the body is a JSON object, taskId is present and an integer
   * (29002); the task exists and is not completed (20001); the body keeps the spec for the
   * task's status (29002); skill set, number group and task name are free to use (20001); apply.
   */
  Answer edit(JsonElement body) {
    if (body == null || !body.isJsonObject()) {
      return refuse(ResultCode.PARAMETER_ERROR, "the body must be a JSON object", Answer.EDIT_REFUSED);
    }
    JsonObject object = body.getAsJsonObject();
    Long id = taskId(object.get(TASK_ID));
    if (id == null) {
      return refuse(ResultCode.PARAMETER_ERROR, taskIdProblems(object.get(TASK_ID)), Answer.EDIT_REFUSED);
    }
    while (true) {
      Task current = store.task(id).orElse(null);
      Answer refusal = editable(id, current);
      if (refusal != null) {
        return refusal;
      }
      String schema = schemaFor(current.status());
      List<Violation> violations = validator.validate(object, schema, ValidationMode.SERVER);
      if (!violations.isEmpty()) {
        return refuse(ResultCode.PARAMETER_ERROR, violations.stream().map(Violation::message)
            .collect(Collectors.joining("; ")), Answer.EDIT_REFUSED);
      }
      Answer answer = store.change(change -> apply(change, id, object, schema));
      if (answer != null) {
        return answer;
      }
      // seeded or reset meanwhile: check again against what is there now
    }
  }

  /** The checks against the other tasks and the reference sets, then the change; null to check again. */
  private Answer apply(TaskStore.Change change, long id, JsonObject body, String schema) {
    Task now = change.task(id);
    if (now == null || !schema.equals(schemaFor(now.status()))) {
      return null;
    }
    Map<Readings.Refusal, List<String>> refusals = references(change, body, schema, id);
    if (!refusals.isEmpty()) {
      // The first kind found gives the code, as a vendor stops at its first check.
      Readings.Refusal first = refusals.keySet().iterator().next();
      return refuse(readings.code(first), refusals.values().stream().flatMap(List::stream)
          .collect(Collectors.joining("; ")), Answer.EDIT_REFUSED);
    }
    change.put(taskJson.apply(now, body, schema));
    return Answer.EDITED;
  }

  private Answer editable(long id, Task task) {
    if (task == null) {
      return refuse(readings.code(Readings.Refusal.MISSING_TASK), "task " + id + " does not exist",
          Answer.EDIT_REFUSED);
    }
    if (task.status() == TaskStatus.COMPLETED) {
      return refuse(readings.code(Readings.Refusal.COMPLETED_TASK),
          "task " + id + " is completed; a completed task cannot be edited", Answer.EDIT_REFUSED);
    }
    return null;
  }

  private static String schemaFor(TaskStatus status) {
    return switch (status) {
      case NOT_STARTED -> NOT_STARTED_SCHEMA;
      case IN_PROGRESS, PAUSED -> IN_PROGRESS_SCHEMA;
      case COMPLETED -> "";
    };
  }

  /** The problems with other tasks and the reference sets, by kind, in the order found. */
  private Map<Readings.Refusal, List<String>> references(TaskStore.Change change, JsonObject body, String schema,
      long id) {
    List<String> fields = appliedFields.get(schema);
    Map<Readings.Refusal, List<String>> refusals = new LinkedHashMap<>(2);
    if (fields.contains(SKILL_SET_ID) && present(body, SKILL_SET_ID)
        && !change.skillSetExists(body.get(SKILL_SET_ID).getAsString())) {
      refusals.computeIfAbsent(Readings.Refusal.UNKNOWN_REFERENCE, kind -> new ArrayList<>())
          .add("skillSetId " + Answer.quote(body.get(SKILL_SET_ID).getAsString()) + " does not exist");
    }
    if (fields.contains(NUMBER_GROUP_ID) && present(body, NUMBER_GROUP_ID)
        && !change.numberGroupExists(body.get(NUMBER_GROUP_ID).getAsString())) {
      refusals.computeIfAbsent(Readings.Refusal.UNKNOWN_REFERENCE, kind -> new ArrayList<>())
          .add("outboundNumberGroupId " + Answer.quote(body.get(NUMBER_GROUP_ID).getAsString())
              + " does not exist");
    }
    if (fields.contains(TASK_NAME) && present(body, TASK_NAME)) {
      String name = body.get(TASK_NAME).getAsString();
      Long holder = change.nameHolder(name);
      if (holder != null && holder != id) {
        refusals.computeIfAbsent(Readings.Refusal.DUPLICATE_NAME, kind -> new ArrayList<>())
            .add("taskName " + Answer.quote(name) + " is the name of task " + holder
                + "; names must be unique");
      }
    }
    return refusals;
  }

  private static boolean present(JsonObject body, String field) {
    JsonElement value = body.get(field);
    return value != null && value.isJsonPrimitive();
  }

  // ---------------------------------------------------------------- read-back

  /**
   * @param taskId the {@code taskId} query parameter as received, null when absent
   * @return the task's number batch, 29002 for a missing or non-integer id, 20001 for an
   *     unknown task
   */
  Answer phoneGroups(String taskId) {
    if (taskId == null) {
      return refuse(ResultCode.PARAMETER_ERROR, taskIdProblems(null), Answer.READ_REFUSED);
    }
    Long id = parseLong(taskId);
    if (id == null) {
      JsonPrimitive value;
      try {
        value = new JsonPrimitive(new BigDecimal(taskId));
      } catch (NumberFormatException notANumber) {
        value = new JsonPrimitive(taskId);
      }
      return refuse(ResultCode.PARAMETER_ERROR, taskIdProblems(value), Answer.READ_REFUSED);
    }
    return store.task(id)
        .map(task -> Answer.api(ResultCode.SUCCESS, null, taskJson.readBack(task)))
        .orElseGet(() -> refuse(readings.code(Readings.Refusal.MISSING_TASK), "task " + id + " does not exist",
            Answer.READ_REFUSED));
  }

  // ---------------------------------------------------------------- seed

  /**
   * Adds a task, or replaces the one with its id.
   *
   * @throws IllegalArgumentException when the task breaks the spec, names an unknown skill set
   *     or number group, or has the name of another task
   */
  void seed(Task task) {
    Objects.requireNonNull(task, "task");
    requireValid(task);
    store.change(change -> {
      if (!change.skillSetExists(task.skillSetId())) {
        throw new IllegalArgumentException("task " + task.id() + ": skillSetId " + task.skillSetId()
            + " does not exist");
      }
      if (!change.numberGroupExists(task.outboundNumberGroupId())) {
        throw new IllegalArgumentException("task " + task.id() + ": outboundNumberGroupId "
            + task.outboundNumberGroupId() + " does not exist");
      }
      Long holder = change.nameHolder(task.taskName());
      if (holder != null && holder != task.id()) {
        throw new IllegalArgumentException("task " + task.id() + ": taskName '" + task.taskName()
            + "' is the name of task " + holder + "; names must be unique");
      }
      change.put(task);
      return task;
    });
  }

  private void requireValid(Task task) {
    List<String> problems = taskJson.problems(task);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("task " + task.id() + " breaks the spec: " + String.join("; ", problems));
    }
  }

  // ---------------------------------------------------------------- taskId

  /** @return the id when the value is a JSON integer that fits in a long, else null */
  private static Long taskId(JsonElement value) {
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      BigDecimal number = value.getAsBigDecimal();
      if (number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0) {
        return null;
      }
      return number.longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private static Long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The spec's words for what is wrong with a taskId (missing, not an integer, too large). */
  private String taskIdProblems(JsonElement value) {
    JsonObject probe = new JsonObject();
    if (value != null) {
      probe.add(TASK_ID, value);
    }
    String problems = validator.validate(probe, NOT_STARTED_SCHEMA, ValidationMode.SERVER).stream()
        .filter(violation -> violation.path().equals(TASK_ID))
        .map(Violation::message)
        .collect(Collectors.joining("; "));
    return problems.isEmpty() ? TASK_ID + " must be an integer" : problems;
  }

  /** A refusal with the code, its {@code data} as the readings say. */
  private Answer refuse(ResultCode code, String reason, JsonElement refused) {
    LOG.debug("{}: {}", code, reason);
    return Answer.apiOrNoData(code, reason, readings.data(refused));
  }
}
