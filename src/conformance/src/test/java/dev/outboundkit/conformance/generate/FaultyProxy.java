package dev.outboundkit.conformance.generate;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Task;
import dev.outboundkit.mock.TaskStatus;
import dev.outboundkit.spec.ApiSpec;

/**
 * A test-only HTTP proxy in front of the mock that puts in the faults of issue 9 and the
 * combination faults of issue 20, so that tests can show which tool catches each. Requests pass
 * through unchanged unless a fault applies; the limits a fault skips are read from the mock's
 * spec. A skipped check is played by changing the request into one the mock accepts, so that the
 * edit is stored as a server without the check would store it.
 */
final class FaultyProxy implements AutoCloseable {

  /** The faults the proxy can put in. */
  enum Fault {
    /** autoOutboundTimes not checked when autoOutboundInterval is 2880. */
    TIMES_UNCHECKED_AT_INTERVAL_2880,
    /** acw not checked when sendNumberStrategy is 1. */
    ACW_UNCHECKED_WHEN_PREDICTIVE,
    /** After a refused rename, the next valid edit does not store the new batch. */
    BATCH_LOST_AFTER_REFUSED_RENAME,
    /** A task's old name still held after it was renamed twice in a row. */
    OLD_NAME_HELD_AFTER_TWO_RENAMES,
    /** Issue 20, a limit left unchecked when another field sits at a boundary: taskName's length, when taskDesc is empty. */
    NAME_LENGTH_UNCHECKED_WHEN_DESC_EMPTY,
    /** Issue 20, a rule left unchecked for one task status: autoOutboundInterval's range, for a paused task. */
    INTERVAL_UNCHECKED_WHEN_PAUSED,
    /** Issue 20, a check skipped when a list has more than one entry: with several windows, one ending as it starts passes. */
    EQUAL_WINDOW_PASSES_AMONG_SEVERAL,
    /** Issue 20, a check skipped when a list has more than one entry: a null window among others is dropped, not refused. */
    NULL_WINDOW_DROPPED_AMONG_SEVERAL,
    /** Issue 20, a cross-field rule skipped when an optional field is present: multiplyPower not required with strategy 0 when abandonmentRate is sent. */
    MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_SENT,
    /** Issue 20, the same rule skipped only when the optional field sits at a boundary: abandonmentRate at its maximum. */
    MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_AT_MAX
  }

  /** The spec of the mocks it fronts, which run the bundled one. */
  private static final ApiSpec SPEC = ApiSpec.bundled();
  private static final String REFUSED = "{\"code\":\"20001\",\"message\":\"请求失败\",\"data\":false}";

  private final MockServer mock;
  private final Set<Fault> faults;
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Map<String, Object>> batchFields;
  private final Map<String, Map<String, Object>> editFields;
  /** Tasks whose last edit was a refused rename (fault 3). */
  private final Set<Long> afterRefusedRename = new HashSet<>();
  /** Per task, the name it had before its last accepted edit, when that edit renamed it (fault 4). */
  private final Map<Long, String> renamedFrom = new HashMap<>();
  /** Names still held by tasks that gave them up (fault 4). */
  private final Map<String, Long> held = new HashMap<>();

  FaultyProxy(MockServer mock, Set<Fault> faults) throws IOException {
    this.mock = mock;
    this.faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
    this.batchFields = SPEC.properties("PhoneGroupDto");
    this.editFields = SPEC.properties("NotStartedTaskEdit");
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      // without it the JDK's server waits for delayed ACKs: about 40 ms a request on loopback
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Forgets what the faults remember, as a restarted faulty server would. */
  synchronized void reset() {
    afterRefusedRename.clear();
    renamedFrom.clear();
    held.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getRawPath();
      String answer = path.equals(MockServer.EDIT_PATH) ? edit(exchange, body) : forward(exchange, body);
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private String edit(HttpExchange exchange, String body) throws IOException {
    JsonObject json = parse(body);
    Long id = json == null ? null : longValue(json.get("taskId"));
    Task before = id == null ? null : mock.findTask(id).orElse(null);
    if (json == null || before == null) {
      return forward(exchange, body);
    }
    String newName = text(json.get("taskName"));
    if (faults.contains(Fault.OLD_NAME_HELD_AFTER_TWO_RENAMES) && newName != null && held.containsKey(newName)
        && held.get(newName) != id.longValue()) {
      return REFUSED;
    }
    boolean rewritten = false;
    if (faults.contains(Fault.TIMES_UNCHECKED_AT_INTERVAL_2880)) {
      rewritten |= skipTimesCheck(json);
    }
    if (faults.contains(Fault.ACW_UNCHECKED_WHEN_PREDICTIVE)) {
      rewritten |= skipAcwCheck(json);
    }
    if (faults.contains(Fault.NAME_LENGTH_UNCHECKED_WHEN_DESC_EMPTY)) {
      rewritten |= skipNameLengthCheck(json);
    }
    if (faults.contains(Fault.INTERVAL_UNCHECKED_WHEN_PAUSED) && before.status() == TaskStatus.PAUSED) {
      rewritten |= skipIntervalCheck(json);
    }
    if (faults.contains(Fault.EQUAL_WINDOW_PASSES_AMONG_SEVERAL)) {
      rewritten |= skipEqualWindowCheck(json);
    }
    if (faults.contains(Fault.NULL_WINDOW_DROPPED_AMONG_SEVERAL)) {
      rewritten |= dropNullWindows(json);
    }
    if (faults.contains(Fault.MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_SENT)) {
      rewritten |= skipMultiplyPowerCondition(json, false);
    }
    if (faults.contains(Fault.MULTIPLY_POWER_NOT_REQUIRED_WHEN_RATE_AT_MAX)) {
      rewritten |= skipMultiplyPowerCondition(json, true);
    }
    String answer = forward(exchange, rewritten ? json.toString() : body);
    boolean accepted = answer.contains("\"10000\"");
    boolean renames = newName != null && !newName.equals(before.taskName());
    if (faults.contains(Fault.BATCH_LOST_AFTER_REFUSED_RENAME)) {
      if (accepted && afterRefusedRename.remove(id) && json.has("outboundPhoneGroups")) {
        JsonObject oldBatch = json.deepCopy();
        oldBatch.add("outboundPhoneGroups", batches(before));
        forward(exchange, oldBatch.toString()); // the edit is kept, the new batch is not
      } else if (!accepted && renames) {
        afterRefusedRename.add(id);
      }
    }
    if (faults.contains(Fault.OLD_NAME_HELD_AFTER_TWO_RENAMES) && accepted) {
      String earlier = renamedFrom.remove(id);
      if (renames) {
        if (earlier != null) {
          held.put(earlier, id);
        }
        renamedFrom.put(id, before.taskName());
      }
    }
    return answer;
  }

  /** Puts a value in range where the check would have refused it, so that the mock stores the edit. */
  private boolean skipTimesCheck(JsonObject json) {
    boolean rewritten = false;
    Map<String, Object> times = batchFields.get("autoOutboundTimes");
    Map<String, Object> interval = batchFields.get("autoOutboundInterval");
    JsonElement groups = json.get("outboundPhoneGroups");
    if (groups == null || !groups.isJsonArray()) {
      return false;
    }
    for (JsonElement group : groups.getAsJsonArray()) {
      if (group.isJsonObject() && isNumber(group.getAsJsonObject().get("autoOutboundInterval"), interval, "maximum")) {
        rewritten |= clamp(group.getAsJsonObject(), "autoOutboundTimes", times);
      }
    }
    return rewritten;
  }

  private boolean skipAcwCheck(JsonObject json) {
    JsonElement strategy = json.get("sendNumberStrategy");
    return strategy != null && strategy.isJsonPrimitive() && strategy.getAsJsonPrimitive().isNumber()
        && strategy.getAsDouble() == 1 && clamp(json, "acw", editFields.get("acw"));
  }

  /** A name of any length is cut to the limit (the mock then stores it) when taskDesc is the empty string. */
  private boolean skipNameLengthCheck(JsonObject json) {
    JsonElement desc = json.get("taskDesc");
    String name = text(json.get("taskName"));
    if (name == null || desc == null || !"".equals(text(desc))) {
      return false;
    }
    Map<String, Object> schema = editFields.get("taskName");
    int min = ((Number) schema.get("minLength")).intValue();
    int max = ((Number) schema.get("maxLength")).intValue();
    int length = name.codePointCount(0, name.length());
    if (length > max) {
      json.addProperty("taskName", name.substring(0, name.offsetByCodePoints(0, max)));
      return true;
    }
    if (length < min) {
      json.addProperty("taskName", name + "x".repeat(min - length));
      return true;
    }
    return false;
  }

  private boolean skipIntervalCheck(JsonObject json) {
    boolean rewritten = false;
    JsonElement groups = json.get("outboundPhoneGroups");
    if (groups != null && groups.isJsonArray()) {
      for (JsonElement group : groups.getAsJsonArray()) {
        if (group.isJsonObject()) {
          rewritten |= clamp(group.getAsJsonObject(), "autoOutboundInterval", batchFields.get("autoOutboundInterval"));
        }
      }
    }
    return rewritten;
  }

  /** With two windows or more, a window that ends as it starts is stored one second longer, as if accepted. */
  private static boolean skipEqualWindowCheck(JsonObject json) {
    JsonElement windows = json.get("taskExecTimes");
    if (windows == null || !windows.isJsonArray() || windows.getAsJsonArray().size() < 2) {
      return false;
    }
    boolean rewritten = false;
    for (JsonElement window : windows.getAsJsonArray()) {
      if (!window.isJsonObject()) {
        continue;
      }
      String start = text(window.getAsJsonObject().get("taskExecTimeStartStr"));
      if (start != null && start.equals(text(window.getAsJsonObject().get("taskExecTimeEndStr")))) {
        try {
          java.time.LocalTime time = java.time.LocalTime.parse(start);
          if (!time.equals(java.time.LocalTime.MAX.withNano(0))) {
            window.getAsJsonObject().addProperty("taskExecTimeEndStr",
                time.plusSeconds(1).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")));
            rewritten = true;
          }
        } catch (java.time.format.DateTimeParseException notATime) {
          // a malformed time: the mock refuses it as it should
        }
      }
    }
    return rewritten;
  }

  private static boolean dropNullWindows(JsonObject json) {
    JsonElement windows = json.get("taskExecTimes");
    if (windows == null || !windows.isJsonArray() || windows.getAsJsonArray().size() < 2) {
      return false;
    }
    JsonArray kept = new JsonArray();
    windows.getAsJsonArray().forEach(window -> {
      if (!window.isJsonNull()) {
        kept.add(window);
      }
    });
    if (kept.size() == windows.getAsJsonArray().size() || kept.isEmpty()) {
      return false;
    }
    json.add("taskExecTimes", kept);
    return true;
  }

  /**
   * Strategy 0 without multiplyPower passes when abandonmentRate is sent ({@code atMax}: at its
   * maximum): the mock gets multiplyPower's minimum.
   */
  private boolean skipMultiplyPowerCondition(JsonObject json, boolean atMax) {
    JsonElement strategy = json.get("sendNumberStrategy");
    JsonElement power = json.get("multiplyPower");
    JsonElement rate = json.get("abandonmentRate");
    if (strategy == null || !strategy.isJsonPrimitive() || !strategy.getAsJsonPrimitive().isNumber()
        || strategy.getAsDouble() != 0 || power != null && !power.isJsonNull() || rate == null || rate.isJsonNull()
        || atMax && !isNumber(rate, editFields.get("abandonmentRate"), "maximum")) {
      return false;
    }
    json.add("multiplyPower", new com.google.gson.JsonPrimitive(
        ((Number) editFields.get("multiplyPower").get("minimum")).longValue()));
    return true;
  }

  private static boolean clamp(JsonObject object, String field, Map<String, Object> schema) {
    JsonElement value = object.get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    double number = value.getAsDouble();
    long min = ((Number) schema.get("minimum")).longValue();
    long max = ((Number) schema.get("maximum")).longValue();
    if (number >= min && number <= max) {
      return false;
    }
    object.addProperty(field, min);
    return true;
  }

  private static boolean isNumber(JsonElement value, Map<String, Object> schema, String keyword) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
        && value.getAsDouble() == ((Number) schema.get(keyword)).doubleValue();
  }

  private JsonArray batches(Task task) {
    return mock.toJson(task).getAsJsonArray(Task.OUTBOUND_PHONE_GROUPS);
  }

  private String forward(HttpExchange exchange, String body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + exchange.getRequestURI()));
    for (String header : new String[] {"appId", "timestamp", "sign", "Content-Type"}) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    request.method(exchange.getRequestMethod(), body.isEmpty() && exchange.getRequestMethod().equals("GET")
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static JsonObject parse(String body) {
    try {
      JsonElement json = JsonParser.parseString(body);
      return json.isJsonObject() ? json.getAsJsonObject() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static Long longValue(JsonElement value) {
    try {
      return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
          ? value.getAsBigDecimal().longValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static String text(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : null;
  }
}
