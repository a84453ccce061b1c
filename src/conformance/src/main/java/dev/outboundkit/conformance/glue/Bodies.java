package dev.outboundkit.conformance.glue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.Variant;

/**
 * Edit bodies: the valid body each scenario starts from, and the changes the feature files
 * make to it. The step patterns live here so that the field-constraints cross-check
 * ({@code FieldConstraintsSpecTest}) reads the feature files exactly as the steps do.
 */
final class Bodies {
  /** {@code "acw" is set to 180}: any JSON value, strictly parsed. */
  static final String SET = "^\"([^\"]+)\" is set to (.+)$";
  /** {@code "taskName" is 50 times "任"}: a string of that many repetitions. */
  static final String REPEAT = "^\"([^\"]+)\" is (\\d+) times \"([^\"]*)\"$";
  /** {@code "taskDesc" is removed}. */
  static final String REMOVE = "^\"([^\"]+)\" is removed$";
  /** {@code "outboundPhoneGroups" holds 2 entries}: copies of the first entry. */
  static final String HOLDS = "^\"([^\"]+)\" holds (\\d+) entr(?:y|ies)$";

  /** The member of an edit body that names the task. */
  static final String TASK_ID = "taskId";
  /** Writes bodies as sent: nulls kept (a scenario may send one), Chinese not escaped. */
  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Bodies() {
  }

  /**
   * The valid body the scenarios start from: every field the table lists, with values well
   * inside every limit, dates a week ahead of {@code today}.
   */
  static JsonObject valid(Variant variant, long taskId, String taskName, String skillSetId,
      String numberGroupId, String batchName, LocalDate today) {
    JsonObject body = new JsonObject();
    body.addProperty(TASK_ID, taskId);
    if (variant == Variant.NOT_STARTED) {
      body.addProperty("taskName", taskName);
      body.addProperty("taskExecStartDate", today.plusDays(7).toString());
      body.addProperty("taskExecEndDate", today.plusDays(37).toString());
      JsonArray times = new JsonArray();
      JsonObject window = new JsonObject();
      window.addProperty("taskExecTimeStartStr", "09:00:00");
      window.addProperty("taskExecTimeEndStr", "18:00:00");
      times.add(window);
      body.add("taskExecTimes", times);
      body.addProperty("taskDesc", "outboundkit conformance suite");
      body.addProperty("skillSetId", skillSetId);
    }
    body.addProperty("outboundNumberGroupId", numberGroupId);
    body.addProperty("strategyDisplaySwitch", false);
    body.addProperty("sendNumberStrategy", 0);
    body.addProperty("multiplyPower", 2);
    JsonArray groups = new JsonArray();
    JsonObject batch = new JsonObject();
    batch.addProperty("name", batchName);
    batch.addProperty("identify", "default");
    batch.addProperty("autoOutboundSwitch", 1);
    batch.addProperty("autoOutboundInterval", 30);
    batch.addProperty("autoOutboundTimes", 2);
    groups.add(batch);
    body.add("outboundPhoneGroups", groups);
    if (variant == Variant.NOT_STARTED) {
      body.addProperty("maxRingingDuration", 45);
      body.addProperty("acw", 10);
    }
    return body;
  }

  /**
   * Applies one of the body-changing steps to a body.
   *
   * @return whether the text was such a step
   */
  static boolean applyStep(JsonObject body, String stepText) {
    Matcher matcher = Pattern.compile(REPEAT).matcher(stepText);
    if (matcher.matches()) {
      set(body, matcher.group(1), new JsonPrimitive(repeat(Integer.parseInt(matcher.group(2)), matcher.group(3))));
      return true;
    }
    matcher = Pattern.compile(REMOVE).matcher(stepText);
    if (matcher.matches()) {
      remove(body, matcher.group(1));
      return true;
    }
    matcher = Pattern.compile(HOLDS).matcher(stepText);
    if (matcher.matches()) {
      holdEntries(body, matcher.group(1), Integer.parseInt(matcher.group(2)));
      return true;
    }
    matcher = Pattern.compile(SET).matcher(stepText);
    if (matcher.matches()) {
      set(body, matcher.group(1), literal(matcher.group(2)));
      return true;
    }
    return false;
  }

  static String repeat(int count, String unit) {
    return unit.repeat(count);
  }

  /** @return a JSON value read strictly: {@code 180}, {@code "2021-02-30"}, {@code true}, {@code null}, {@code []} */
  static JsonElement literal(String text) {
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      reader.setStrictness(Strictness.STRICT);
      JsonElement value = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("text after the value");
      }
      return value;
    } catch (JsonParseException | IOException e) {
      throw new IllegalArgumentException("not a JSON value: " + text + " (" + e.getMessage() + ")", e);
    }
  }

  /** Sets the value at a path such as {@code outboundPhoneGroups[0].autoOutboundInterval}. */
  static void set(JsonObject body, String path, JsonElement value) {
    if (!JsonPath.parse(path).set(body, Objects.requireNonNull(value, "value"))) {
      throw new IllegalArgumentException("the body has no place " + path + " to set");
    }
  }

  /** Removes the member (or array entry) at a path. */
  static void remove(JsonObject body, String path) {
    if (!JsonPath.parse(path).set(body, null)) {
      throw new IllegalArgumentException("the body has no " + path + " to remove");
    }
  }

  /** Makes the array at a path hold {@code count} copies of its first entry, names told apart. */
  static void holdEntries(JsonObject body, String path, int count) {
    JsonElement current = JsonPath.parse(path).get(body);
    if (current == null || !current.isJsonArray() || current.getAsJsonArray().isEmpty()) {
      throw new IllegalArgumentException(path + " must be an array with an entry to copy");
    }
    JsonElement template = current.getAsJsonArray().get(0);
    JsonArray copies = new JsonArray();
    for (int i = 0; i < count; i++) {
      JsonElement copy = template.deepCopy();
      if (i > 0 && copy.isJsonObject() && copy.getAsJsonObject().has("name")) {
        copy.getAsJsonObject().addProperty("name", copy.getAsJsonObject().get("name").getAsString() + " #" + (i + 1));
      }
      copies.add(copy);
    }
    set(body, path, copies);
  }
}
