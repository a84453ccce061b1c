package dev.outboundkit.conformance.generate;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.outboundkit.conformance.CurlLine;

/**
 * One request sent to a target and what came back, kept so that a failure can be shown as a
 * {@code curl} line with the answer.
 *
 * @param method HTTP method
 * @param url the whole URL
 * @param headers the request headers in the order sent
 * @param body the request body, null for none
 * @param status the HTTP status, -1 when no answer came
 * @param answer the answer's body, or what went wrong
 */
public record Reply(String method, String url, List<Map.Entry<String, String>> headers, String body,
    int status, String answer) {

  /** The page's code for success (请求成功). */
  static final String SUCCESS = "10000";

  public Reply {
    headers = List.copyOf(headers);
  }

  /** @return the answer as a JSON object, null when it is not one */
  public JsonObject json() {
    try {
      JsonElement element = JsonParser.parseString(answer == null ? "" : answer);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  /** @return {@code code} as text when it is a JSON string, else null */
  public String code() {
    JsonObject json = json();
    JsonElement code = json == null ? null : json.get("code");
    return code != null && code.isJsonPrimitive() && code.getAsJsonPrimitive().isString() ? code.getAsString() : null;
  }

  /** @return {@code data}, null when absent */
  public JsonElement data() {
    JsonObject json = json();
    return json == null ? null : json.get("data");
  }

  /** @return whether {@code data} is the boolean {@code true} */
  public boolean dataIsTrue() {
    JsonElement data = data();
    return data != null && data.isJsonPrimitive() && data.getAsJsonPrimitive().isBoolean() && data.getAsBoolean();
  }

  /** @return whether the answer is the page's success: code "10000" and data true */
  public boolean accepted() {
    return SUCCESS.equals(code()) && dataIsTrue();
  }

  /** @return a curl command that sends the same request, headers included */
  public String curl() {
    return CurlLine.render(List.of("-sS"), method, url, headers, body);
  }

  /** @return the curl line and the answer, for reports */
  public String describe() {
    return curl() + "\n# answer: " + (status < 0 ? "(none)" : "HTTP " + status) + "\n" + answer;
  }
}
