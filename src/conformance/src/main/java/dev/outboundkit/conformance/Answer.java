package dev.outboundkit.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * An answer of the target, read from its raw body.
 *
 * @param status HTTP status
 * @param text the body as received
 * @param json the body parsed, null when it is not JSON
 */
record Answer(int status, String text, JsonElement json) {

  static Answer of(int status, String text) {
    JsonElement json;
    try {
      json = text == null || text.isBlank() ? null : JsonParser.parseString(text);
    } catch (JsonParseException e) {
      json = null;
    }
    return new Answer(status, text, json);
  }

  /** @return the {@code code} member as text when it is a JSON string or number, else null */
  String code() {
    JsonElement code = member("code");
    return code != null && code.isJsonPrimitive() ? code.getAsString() : null;
  }

  /** @return the {@code data} member, null when absent */
  JsonElement data() {
    return member("data");
  }

  /** @return whether {@code data} is the JSON boolean true */
  boolean dataIsTrue() {
    JsonElement data = data();
    return data != null && data.isJsonPrimitive() && data.getAsJsonPrimitive().isBoolean()
        && data.getAsBoolean();
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
