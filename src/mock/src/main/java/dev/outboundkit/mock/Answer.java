package dev.outboundkit.mock;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.generated.model.ResultCode;
import java.nio.charset.StandardCharsets;

/**
 * One answer of the mock: an HTTP status and a JSON body, already encoded. Answers of the API
 * are {@code CommunicateBaseVo}-shaped, HTTP 200, told apart by {@code code}: one of the spec's
 * {@link ResultCode}s.
 */
final class Answer {

  /** The most characters of request input quoted in a message ({@link #quote}). */
  static final int MAX_QUOTE_CHARS = 64;
  /** The longest {@code message} (or {@code error}) of any answer, in characters ({@link #bound}). */
  static final int MAX_MESSAGE_CHARS = 512;

  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  /** {@code data} of a refused edit. */
  static final JsonElement EDIT_REFUSED = new JsonPrimitive(false);
  /** {@code data} of a refused read-back. */
  static final JsonElement READ_REFUSED = JsonNull.INSTANCE;

  /** The answer to every accepted edit, encoded once. */
  static final Answer EDITED = api(ResultCode.SUCCESS, null, new JsonPrimitive(true));

  final int status;
  final byte[] body;
  /** The result code, for logs and tests; null for non-API answers. */
  final ResultCode code;
  /** The methods an HTTP 405 names in its {@code Allow} header; null for other answers. */
  final String allow;

  private Answer(int status, byte[] body, ResultCode code, String allow) {
    this.status = status;
    this.body = body;
    this.code = code;
    this.allow = allow;
  }

  /**
   * @param code a result code
   * @param reason appended to the code's message after ": ", or null
   * @param data the {@code data} member
   */
  static Answer api(ResultCode code, String reason, JsonElement data) {
    return api(code, reason, data == null ? JsonNull.INSTANCE : data, true);
  }

  /** As {@link #api(ResultCode, String, JsonElement)}; without {@code data} when it is null. */
  static Answer apiOrNoData(ResultCode code, String reason, JsonElement data) {
    return api(code, reason, data, data != null);
  }

  private static Answer api(ResultCode code, String reason, JsonElement data, boolean withData) {
    JsonObject json = new JsonObject();
    json.addProperty("code", code.getValue());
    json.addProperty("message", bound(reason == null ? message(code) : message(code) + ": " + reason));
    if (withData) {
      json.add("data", data);
    }
    return new Answer(200, GSON.toJson(json).getBytes(StandardCharsets.UTF_8), code, null);
  }

  /** A non-API answer (404, control API) with a JSON body. */
  static Answer http(int status, JsonElement body) {
    return new Answer(status, GSON.toJson(body).getBytes(StandardCharsets.UTF_8), null, null);
  }

  /** A non-API error answer: {@code {"error": "..."}}. */
  static Answer error(int status, String error) {
    JsonObject json = new JsonObject();
    json.addProperty("error", bound(error));
    return http(status, json);
  }

  /**
   * HTTP 405 for a method the path does not take.
   *
   * @param method the request's method
   * @param allowed the methods the path takes, for the {@code Allow} header and the message
   */
  static Answer methodNotAllowed(String method, String allowed) {
    Answer answer = error(405, quote(method) + " is not allowed here; use " + allowed);
    return new Answer(answer.status, answer.body, null, allowed);
  }

  /**
   * @return the text as is when it has at most {@value #MAX_QUOTE_CHARS} characters, else its
   *     start and how long it was, e.g. {@code "aaaa…" (10043 characters)}; quoted either way
   */
  static String quote(String text) {
    return "'" + cut(text, MAX_QUOTE_CHARS) + "'";
  }

  /** @return the text cut to {@value #MAX_MESSAGE_CHARS} characters, with a note when cut */
  static String bound(String text) {
    return cut(text, MAX_MESSAGE_CHARS);
  }

  private static String cut(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    String note = "… (" + text.length() + " characters)";
    int end = limit - note.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a pair
    }
    return text.substring(0, end) + note;
  }

  /** The vendor's message of each code; a code the spec gains does not compile until it has one. */
  static String message(ResultCode code) {
    return switch (code) {
      case SUCCESS -> "请求成功";
      case AUTHENTICATION_FAILED -> "鉴权失败";
      case PUBLIC_KEY_NOT_FOUND -> "找不到对应的公钥,请先上传公钥";
      case REQUEST_FAILED -> "请求失败";
      case PARAMETER_ERROR -> "参数错误";
      case SYSTEM_ERROR -> "系统异常";
    };
  }
}
