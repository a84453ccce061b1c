package dev.outboundkit.conformance.targets;

import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.outboundkit.generated.model.ResultCode;

/**
 * An answer of a target, read from its raw body: the one reading of its {@code code} and
 * {@code data}, for the scenarios and the generated run alike.
 *
 * @param status HTTP status, -1 when no answer came
 * @param text the body as received, or why no answer came
 * @param json the body parsed, null when it is not JSON
 */
public record Answer(int status, String text, JsonElement json) {
  /** Answers are cut to this many characters where a message quotes them. */
  private static final int QUOTED = 300;
  /** How the text of {@link #none} starts. */
  public static final String NO_ANSWER = "no answer: ";

  public static Answer of(int status, String text) {
    JsonElement json;
    try {
      json = text == null || text.isBlank() ? null : JsonParser.parseString(text);
    } catch (JsonParseException e) {
      json = null;
    }
    return new Answer(status, text, json);
  }

  /** @return no answer, and why: the failure's message (never its class) */
  public static Answer none(Exception failure) {
    String why = failure.getMessage();
    return none(why == null || why.isBlank() ? "the connection failed" : why);
  }

  /** @return no answer, and why, e.g. {@code the request was sent; no answer within the read timeout of 30 s} */
  public static Answer none(String why) {
    return new Answer(-1, NO_ANSWER + Objects.requireNonNull(why, "why"), null);
  }

  /** @return whether an answer came */
  public boolean came() {
    return status >= 0;
  }

  /**
   * @return the {@code code} member as text when it is a JSON string or number, else null; that it
   *     is a string, as the page types it, is the shape check's to say
   */
  public String code() {
    JsonElement code = member("code");
    return code != null && code.isJsonPrimitive() ? code.getAsString() : null;
  }

  /** @return whether {@link #code()} is that result code */
  public boolean is(ResultCode code) {
    return Objects.requireNonNull(code, "code").getValue().equals(code());
  }

  /** @return the {@code data} member, null when absent */
  public JsonElement data() {
    return member("data");
  }

  /** @return whether {@code data} is the JSON boolean true */
  public boolean dataIsTrue() {
    JsonElement data = data();
    return data != null && data.isJsonPrimitive() && data.getAsJsonPrimitive().isBoolean()
        && data.getAsBoolean();
  }

  /** @return whether the answer is the page's success: {@link ResultCode#SUCCESS} and data true */
  public boolean accepted() {
    return is(ResultCode.SUCCESS) && dataIsTrue();
  }

  /** @return the body as received, cut short for a message */
  public String abbreviated() {
    if (text == null) {
      return "(no body)";
    }
    return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
  }

  private JsonElement member(String name) {
    if (json == null || !json.isJsonObject()) {
      return null;
    }
    JsonObject object = json.getAsJsonObject();
    return object.get(name);
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + text;
  }
}
