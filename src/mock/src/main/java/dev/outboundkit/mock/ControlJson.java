package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control API's JSON forms of the journal and of faults (docs/mock.md, "The control API"): a
 * recorded request as an object, and a fault read from one, through {@link Fault}'s own factories
 * so that the control API refuses what the Java API refuses, with the same words.
 */
final class ControlJson {

  /** The members a fault may have; {@code fault} names its factory. */
  static final Set<String> FAULT_MEMBERS = Set.of("fault", "code", "message", "status", "delayMs", "times",
      "taskId", "path", "appId");

  private ControlJson() {
  }

  /** @return the request as the control API shows it; {@code null} members where it has none */
  static JsonObject toJson(RecordedRequest request) {
    JsonObject json = new JsonObject();
    json.addProperty("time", request.time().toString());
    json.addProperty("method", request.method());
    json.addProperty("path", request.path());
    json.addProperty("query", request.query());
    JsonObject headers = new JsonObject();
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      JsonArray values = new JsonArray();
      header.getValue().forEach(values::add);
      headers.add(header.getKey(), values);
    }
    json.add("headers", headers);
    json.addProperty("body", request.body());
    json.add("bodyJson", asJson(request.body()));
    request.taskId().ifPresentOrElse(id -> json.addProperty("taskId", id), () -> json.add("taskId", null));
    json.addProperty("httpStatus", request.httpStatus());
    json.addProperty("resultCode", request.resultCode());
    json.addProperty("diagnosis", request.diagnosis().orElse(null));
    json.addProperty("fault", request.fault().orElse(null));
    return json;
  }

  /** @return the body parsed, for {@code jq} and the like; JSON null when it is not JSON (or was cut) */
  private static JsonElement asJson(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      return StrictJson.parse(bytes, bytes.length);
    } catch (StrictJson.NotJsonException notJson) {
      return JsonNull.INSTANCE;
    }
  }

  /**
   * Reads a fault: {@code {"fault": "resultCode", "code": "29008", "times": 1, "taskId": 121}};
   * {@code fault} is the name of one of {@link Fault}'s factories, {@code delayMs} its delay.
   *
   * @throws IllegalArgumentException saying what is wrong, in one line
   */
  static Fault fault(JsonElement body) {
    if (body == null || !body.isJsonObject()) {
      throw new IllegalArgumentException("a fault is a JSON object, e.g. {\"fault\": \"resultCode\", \"code\": \"29008\"}");
    }
    JsonObject json = body.getAsJsonObject();
    for (String member : json.keySet()) {
      if (!FAULT_MEMBERS.contains(member)) {
        throw new IllegalArgumentException("a fault has no member " + Answer.quote(member) + "; its members: "
            + String.join(", ", FAULT_MEMBERS.stream().sorted().toList()));
      }
    }
    String kind = text(json, "fault");
    Long delayMs = number(json, "delayMs");
    Fault fault = switch (kind == null ? "" : kind) {
      case "resultCode" -> Fault.resultCode(require(text(json, "code"), "code", kind), text(json, "message"));
      case "delay" -> Fault.delay(Duration.ofMillis(require(delayMs, "delayMs", kind)));
      case "httpError" -> Fault.httpError(small(require(number(json, "status"), "status", kind), "status"));
      case "connectionReset" -> Fault.connectionReset();
      case "noAnswer" -> Fault.noAnswer();
      case "truncated" -> Fault.truncated();
      default -> throw new IllegalArgumentException("\"fault\" is one of resultCode, delay, httpError,"
          + " connectionReset, noAnswer, truncated; was " + (kind == null ? "missing" : Answer.quote(kind)));
    };
    if (delayMs != null && !kind.equals("delay")) {
      fault = fault.withDelay(Duration.ofMillis(delayMs));
    }
    Long times = number(json, "times");
    if (times != null) {
      fault = fault.times(small(times, "times"));
    }
    Long taskId = number(json, "taskId");
    if (taskId != null) {
      fault = fault.forTask(taskId);
    }
    String path = text(json, "path");
    if (path != null) {
      fault = fault.forPath(path);
    }
    String appId = text(json, "appId");
    return appId == null ? fault : fault.forAppId(appId);
  }

  private static <T> T require(T value, String member, String kind) {
    if (value == null) {
      throw new IllegalArgumentException("a " + kind + " fault needs \"" + member + "\"");
    }
    return value;
  }

  private static int small(long value, String member) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("\"" + member + "\" is out of range: " + value);
    }
    return (int) value;
  }

  private static String text(JsonObject json, String member) {
    JsonElement value = json.get(member);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException("\"" + member + "\" must be a string");
    }
    return value.getAsString();
  }

  private static Long number(JsonObject json, String member) {
    JsonElement value = json.get(member);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    JsonPrimitive primitive = value.isJsonPrimitive() ? value.getAsJsonPrimitive() : null;
    try {
      if (primitive == null || !primitive.isNumber()) {
        throw new ArithmeticException();
      }
      return primitive.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("\"" + member + "\" must be an integer");
    }
  }
}
