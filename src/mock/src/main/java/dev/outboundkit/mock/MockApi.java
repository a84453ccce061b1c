package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import dev.outboundkit.exception.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mock's behaviour, without HTTP: authentication, the edit and the read-back, and the task
 * store. {@link MockServer} puts it on the wire.
 *
 * <p>Every limit comes from the spec through {@link SchemaValidator}, and the task's fields, which
 * each status applies and which may be unset from its schemas ({@link TaskJson}); this class only
 * knows the names of the fields it treats specially (the references and the unique name).
 *
 * <p>Concurrency: tasks are immutable snapshots in a concurrent map, read without locking. Every
 * change (edit, seed, reset) happens under one lock, and the checks that depend on other tasks
 * or on the reference sets (unique name, skill set, number group) are made under that lock
 * together with the change, so a refused edit changes nothing and two edits never interleave.
 */
final class MockApi {

  private static final Logger LOG = LoggerFactory.getLogger(MockApi.class);

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
  private final Map<String, Verifier> tenants;
  private final Clock clock;
  private final long windowMillis;
  private final Fixtures fixtures;
  private final Readings readings;
  /** Per schema, the body fields an edit applies: the schema's properties but taskId. */
  private final Map<String, List<String>> appliedFields;

  private final ReentrantLock writeLock = new ReentrantLock();
  private final ConcurrentHashMap<Long, Task> tasks = new ConcurrentHashMap<>();
  /** Guarded by writeLock. */
  private final Map<String, Long> idByName = new HashMap<>();
  /** Replaced under writeLock. */
  private volatile Set<String> skillSets = Set.of();
  private volatile Set<String> numberGroups = Set.of();

  MockApi(ApiSpec spec, Map<String, Verifier> tenants, Clock clock, Duration window, Fixtures fixtures) {
    this(spec, tenants, clock, window, fixtures, Readings.defaults());
  }

  MockApi(ApiSpec spec, Map<String, Verifier> tenants, Clock clock, Duration window, Fixtures fixtures,
      Readings readings) {
    this.readings = Objects.requireNonNull(readings, "readings");
    this.validator = new SchemaValidator(Objects.requireNonNull(spec, "spec"));
    this.taskJson = new TaskJson(validator);
    spec.requireVariants(EDIT_SCHEMA, List.of(NOT_STARTED_SCHEMA, IN_PROGRESS_SCHEMA));
    this.tenants = Map.copyOf(tenants);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowMillis = window.toMillis();
    this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
    Map<String, List<String>> applied = new HashMap<>();
    for (String schema : List.of(NOT_STARTED_SCHEMA, IN_PROGRESS_SCHEMA)) {
      applied.put(schema, taskJson.appliedFields(schema));
    }
    this.appliedFields = Map.copyOf(applied);
    for (Task task : fixtures.tasks()) {
      requireValid(task);
    }
    reset();
  }

  SchemaValidator validator() {
    return validator;
  }

  /** @return the JSON form of tasks for the spec this mock enforces */
  TaskJson taskJson() {
    return taskJson;
  }

  Fixtures fixtures() {
    return fixtures;
  }

  Set<String> appIds() {
    return tenants.keySet();
  }

  // ---------------------------------------------------------------- authentication

  /**
   * Authenticates with every value received of each signing header (header names are
   * case-insensitive): a header sent twice makes the signature ambiguous, refused with 10001
   * whatever the values, so that no reading of "which one counts" can let a request through.
   *
   * @param refused {@code data} of a refusal
   * @return null when the request is authenticated, else the 10001 or 10002 answer
   */
  Answer authenticate(List<String> appIds, List<String> timestamps, List<String> signs,
      JsonElement refused) {
    if (appIds.size() > 1 || timestamps.size() > 1 || signs.size() > 1) {
      return authFailed(refused, "a signing header is sent more than once (appId, timestamp or sign)",
          null);
    }
    return authenticate(first(appIds), first(timestamps), first(signs), refused);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * @param refused {@code data} of a refusal
   * @return null when the request is authenticated, else the 10001 or 10002 answer
   */
  Answer authenticate(String appId, String timestamp, String sign, JsonElement refused) {
    if (blank(appId) || blank(timestamp) || blank(sign)) {
      return authFailed(refused, "a header is missing or blank (appId, timestamp and sign are required)", appId);
    }
    Verifier verifier = tenants.get(appId);
    if (verifier == null) {
      LOG.debug("10002: no public key for appId {}", Answer.quote(appId));
      return Answer.apiOrNoData(Answer.PUBLIC_KEY_NOT_FOUND, null, readings.data(refused));
    }
    long millis = epochMillis(timestamp);
    if (millis < 0) {
      return authFailed(refused, "timestamp is not epoch milliseconds (digits only)", appId);
    }
    if (Math.abs(clock.millis() - millis) > windowMillis) {
      return authFailed(refused, "timestamp is more than " + windowMillis / 1000
          + " s away from the mock's clock", appId);
    }
    if (!verifier.verify(appId, timestamp, sign)) {
      return authFailed(refused, "sign does not verify with the public key of the appId", appId);
    }
    return null;
  }

  private Answer authFailed(JsonElement refused, String why, String appId) {
    // The reason goes to the log, not to the caller, as on the vendor's side; never the sign.
    LOG.debug("10001 for appId {}: {}", appId == null ? null : Answer.quote(appId), why);
    return Answer.apiOrNoData(Answer.AUTHENTICATION_FAILED, null, readings.data(refused));
  }

  /** @return the value, or -1 when the text is not 1 to 18 digits */
  private static long epochMillis(String timestamp) {
    int length = timestamp.length();
    if (length > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean blank(String header) {
    return header == null || header.isBlank();
  }

  // ---------------------------------------------------------------- Content-Type

  /**
   * The page lists {@code Content-Type: application/json} as a required header of the edit.
   * Accepted: {@code application/json} in any case, with parameters, a charset only UTF-8.
   *
   * @param values every Content-Type header received
   * @param allowMissing whether a request without the header is accepted (for clients that send
   *     none); another type is refused all the same
   * @return null when accepted, else 29002 with {@code data: false}
   */
  Answer contentType(List<String> values, boolean allowMissing) {
    if (values.isEmpty()) {
      return allowMissing ? null : parameterError("the Content-Type header is missing;"
          + " application/json is required", Answer.EDIT_REFUSED);
    }
    if (values.size() > 1) {
      return parameterError("the Content-Type header is sent more than once", Answer.EDIT_REFUSED);
    }
    String value = values.get(0);
    String[] parts = value.split(";");
    boolean json = parts[0].trim().equalsIgnoreCase("application/json");
    for (int i = 1; json && i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        String charset = parameter.substring(equals + 1).trim().replace("\"", "");
        json = charset.equalsIgnoreCase("utf-8");
      }
    }
    return json ? null : parameterError("Content-Type must be application/json (charset UTF-8 if"
        + " named), was " + Answer.quote(value), Answer.EDIT_REFUSED);
  }

  // ---------------------------------------------------------------- edit

  /**
   * Edits a task. Order of checks: the body is a JSON object, taskId is present and an integer
   * (29002); the task exists and is not completed (20001); the body keeps the spec for the
   * task's status (29002); skill set, number group and task name are free to use (20001); apply.
   */
  Answer edit(JsonElement body) {
    if (body == null || !body.isJsonObject()) {
      return refuse(Answer.PARAMETER_ERROR, "the body must be a JSON object", Answer.EDIT_REFUSED);
    }
    JsonObject object = body.getAsJsonObject();
    Long id = taskId(object.get(TASK_ID));
    if (id == null) {
      return refuse(Answer.PARAMETER_ERROR, taskIdProblems(object.get(TASK_ID)), Answer.EDIT_REFUSED);
    }
    while (true) {
      Task current = tasks.get(id);
      Answer refusal = editable(id, current);
      if (refusal != null) {
        return refusal;
      }
      String schema = schemaFor(current.status());
      List<Violation> violations = validator.validate(object, schema, ValidationMode.SERVER);
      if (!violations.isEmpty()) {
        return refuse(Answer.PARAMETER_ERROR, violations.stream().map(Violation::message)
            .collect(Collectors.joining("; ")), Answer.EDIT_REFUSED);
      }
      writeLock.lock();
      try {
        Task now = tasks.get(id);
        if (now == null || !schema.equals(schemaFor(now.status()))) {
          continue; // seeded or reset meanwhile: check again against what is there now
        }
        Map<Readings.Refusal, List<String>> refusals = references(object, schema, id);
        if (!refusals.isEmpty()) {
          // The first kind found gives the code, as a vendor stops at its first check.
          Readings.Refusal first = refusals.keySet().iterator().next();
          return refuse(readings.code(first), refusals.values().stream().flatMap(List::stream)
              .collect(Collectors.joining("; ")), Answer.EDIT_REFUSED);
        }
        Task edited = taskJson.apply(now, object, schema);
        replace(now, edited);
      } finally {
        writeLock.unlock();
      }
      return Answer.EDITED;
    }
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

  /** The checks against the other tasks and the reference sets, by kind; called under writeLock. */
  private Map<Readings.Refusal, List<String>> references(JsonObject body, String schema, long id) {
    List<String> fields = appliedFields.get(schema);
    Map<Readings.Refusal, List<String>> refusals = new java.util.LinkedHashMap<>(2);
    if (fields.contains(SKILL_SET_ID) && present(body, SKILL_SET_ID)
        && !skillSets.contains(body.get(SKILL_SET_ID).getAsString())) {
      refusals.computeIfAbsent(Readings.Refusal.UNKNOWN_REFERENCE, kind -> new ArrayList<>())
          .add("skillSetId " + Answer.quote(body.get(SKILL_SET_ID).getAsString()) + " does not exist");
    }
    if (fields.contains(NUMBER_GROUP_ID) && present(body, NUMBER_GROUP_ID)
        && !numberGroups.contains(body.get(NUMBER_GROUP_ID).getAsString())) {
      refusals.computeIfAbsent(Readings.Refusal.UNKNOWN_REFERENCE, kind -> new ArrayList<>())
          .add("outboundNumberGroupId " + Answer.quote(body.get(NUMBER_GROUP_ID).getAsString())
              + " does not exist");
    }
    if (fields.contains(TASK_NAME) && present(body, TASK_NAME)) {
      String name = body.get(TASK_NAME).getAsString();
      Long holder = idByName.get(name);
      if (holder != null && holder != id) {
        refusals.computeIfAbsent(Readings.Refusal.DUPLICATE_NAME, kind -> new ArrayList<>())
            .add("taskName " + Answer.quote(name) + " is the name of task " + holder
                + "; names must be unique");
      }
    }
    return refusals;
  }

  // ---------------------------------------------------------------- read-back

  /**
   * @param taskId the {@code taskId} query parameter as received, null when absent
   * @return the task's number batch, 29002 for a missing or non-integer id, 20001 for an
   *     unknown task
   */
  Answer phoneGroups(String taskId) {
    if (taskId == null) {
      return refuse(Answer.PARAMETER_ERROR, taskIdProblems(null), Answer.READ_REFUSED);
    }
    Long id = parseLong(taskId);
    if (id == null) {
      JsonPrimitive value;
      try {
        value = new JsonPrimitive(new BigDecimal(taskId));
      } catch (NumberFormatException notANumber) {
        value = new JsonPrimitive(taskId);
      }
      return refuse(Answer.PARAMETER_ERROR, taskIdProblems(value), Answer.READ_REFUSED);
    }
    Task task = tasks.get(id);
    if (task == null) {
      return refuse(readings.code(Readings.Refusal.MISSING_TASK), "task " + id + " does not exist",
          Answer.READ_REFUSED);
    }
    return Answer.api(Answer.SUCCESS, null, taskJson.readBack(task));
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

  // ---------------------------------------------------------------- store

  Optional<Task> task(long id) {
    return Optional.ofNullable(tasks.get(id));
  }

  List<Task> tasks() {
    return tasks.values().stream().sorted(Comparator.comparingLong(Task::id)).toList();
  }

  /** Back to the fixtures: their tasks, skill sets and number groups, nothing else. */
  void reset() {
    writeLock.lock();
    try {
      tasks.clear();
      idByName.clear();
      skillSets = Set.copyOf(fixtures.skillSetIds());
      numberGroups = Set.copyOf(fixtures.outboundNumberGroupIds());
      for (Task task : fixtures.tasks()) {
        tasks.put(task.id(), task);
        idByName.put(task.taskName(), task.id());
      }
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Adds a task, or replaces the one with its id.
   *
   * @throws IllegalArgumentException when the task breaks the spec, names an unknown skill set
   *     or number group, or has the name of another task
   */
  void seed(Task task) {
    Objects.requireNonNull(task, "task");
    requireValid(task);
    writeLock.lock();
    try {
      if (!skillSets.contains(task.skillSetId())) {
        throw new IllegalArgumentException("task " + task.id() + ": skillSetId " + task.skillSetId()
            + " does not exist");
      }
      if (!numberGroups.contains(task.outboundNumberGroupId())) {
        throw new IllegalArgumentException("task " + task.id() + ": outboundNumberGroupId "
            + task.outboundNumberGroupId() + " does not exist");
      }
      Long holder = idByName.get(task.taskName());
      if (holder != null && holder != task.id()) {
        throw new IllegalArgumentException("task " + task.id() + ": taskName '" + task.taskName()
            + "' is the name of task " + holder + "; names must be unique");
      }
      replace(tasks.get(task.id()), task);
    } finally {
      writeLock.unlock();
    }
  }

  /** Called under writeLock. */
  private void replace(Task old, Task task) {
    if (old != null) {
      idByName.remove(old.taskName());
    }
    idByName.put(task.taskName(), task.id());
    tasks.put(task.id(), task);
  }

  private void requireValid(Task task) {
    List<String> problems = taskJson.problems(task);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("task " + task.id() + " breaks the spec: " + String.join("; ", problems));
    }
  }

  // ---------------------------------------------------------------- answers

  private static boolean present(JsonObject body, String field) {
    JsonElement value = body.get(field);
    return value != null && value.isJsonPrimitive();
  }

  /** A refusal with the code, its {@code data} as the readings say. */
  private Answer refuse(String code, String reason, JsonElement refused) {
    LOG.debug("{}: {}", code, reason);
    return Answer.apiOrNoData(code, reason, readings.data(refused));
  }

  static Answer parameterError(String reason, JsonElement refused) {
    LOG.debug("29002: {}", reason);
    return Answer.api(Answer.PARAMETER_ERROR, reason, refused);
  }
}
