package dev.outboundkit.conformance.targets;

import java.math.BigDecimal;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * What "the same" means between what was sent and what a target shows, for every reading of the
 * page: the one definition, used by the scenarios' verdicts and by the generated run.
 */
public final class Same {
  private Same() {
  }

  /**
   * Numbers by value, {@code 1}/{@code 0} as {@code true}/{@code false} (the page's
   * {@code "strategyDisplaySwitch":1}), null as absent, objects by the members sent, arrays
   * entry by entry.
   */
  public static boolean value(JsonElement sent, JsonElement held) {
    if (sent == null || sent.isJsonNull()) {
      return held == null || held.isJsonNull();
    }
    if (held == null || held.isJsonNull()) {
      return false;
    }
    if (sent.isJsonObject()) {
      if (!held.isJsonObject()) {
        return false;
      }
      for (Map.Entry<String, JsonElement> member : sent.getAsJsonObject().entrySet()) {
        if (!value(member.getValue(), held.getAsJsonObject().get(member.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (sent.isJsonArray()) {
      if (!held.isJsonArray() || held.getAsJsonArray().size() != sent.getAsJsonArray().size()) {
        return false;
      }
      for (int i = 0; i < sent.getAsJsonArray().size(); i++) {
        if (!value(sent.getAsJsonArray().get(i), held.getAsJsonArray().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!held.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive a = sent.getAsJsonPrimitive();
    JsonPrimitive b = held.getAsJsonPrimitive();
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.getAsString()).compareTo(new BigDecimal(b.getAsString())) == 0;
    }
    if (a.isNumber() != b.isNumber() && (a.isBoolean() || b.isBoolean())) {
      JsonPrimitive number = a.isNumber() ? a : b;
      JsonPrimitive bool = a.isBoolean() ? a : b;
      return bool.getAsBoolean() == (new BigDecimal(number.getAsString()).compareTo(BigDecimal.ONE) == 0);
    }
    return a.equals(b);
  }

  /**
   * The batches a target shows are the ones expected: same count, each with the name, identify
   * and switch; interval and times too when redial is on (with redial off the page does not
   * need them, so a server may keep, drop or null them).
   *
   * @return null when they are the same, else what differs
   */
  public static String batches(JsonArray expected, JsonElement shown) {
    if (shown == null || !shown.isJsonArray()) {
      return "no list of batches: " + shown;
    }
    JsonArray got = shown.getAsJsonArray();
    if (got.size() != expected.size()) {
      return got.size() + " batches where " + expected.size() + " were expected";
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).isJsonObject() || !got.get(i).isJsonObject()) {
        return "batch " + i + " is not an object";
      }
      var want = expected.get(i).getAsJsonObject();
      var have = got.get(i).getAsJsonObject();
      boolean redialOn = value(want.get("autoOutboundSwitch"), new JsonPrimitive(1));
      for (String field : redialOn
          ? new String[] {"name", "identify", "autoOutboundSwitch", "autoOutboundInterval", "autoOutboundTimes"}
          : new String[] {"name", "identify", "autoOutboundSwitch"}) {
        if (!value(want.get(field), have.get(field))) {
          return "batch " + i + " shows " + field + " = " + have.get(field) + " where " + want.get(field) + " was expected";
        }
      }
    }
    return null;
  }
}
