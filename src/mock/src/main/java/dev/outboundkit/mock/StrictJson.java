package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON an edit's body must be: declared {@code application/json} (UTF-8 if a charset is
 * named), and RFC 8259 JSON in UTF-8 with nothing after it, parsed with Gson in strict mode.
 */
final class StrictJson {

  /** The deepest nesting of arrays and objects read (Gson's own default). */
  static final int MAX_DEPTH = 255;
  private static final String DEPTH_MESSAGE = "the body nests arrays and objects deeper than "
      + MAX_DEPTH + " levels";
  private static final Pattern LOCATION = Pattern.compile("line \\d+ column \\d+");

  private StrictJson() {
  }

  /** A body that is not JSON; the message says why, in one line. */
  static final class NotJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    NotJsonException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The page lists {@code Content-Type: application/json} as a required header of the edit.
   * Accepted: {@code application/json} in any case, with parameters, a charset only UTF-8.
   *
   * @param values every Content-Type header received
   * @param allowMissing whether a request without the header is accepted (for clients that send
   *     none); another type is refused all the same
   * @return null when accepted, else what is wrong, for a 29002
   */
  static String contentTypeProblem(List<String> values, boolean allowMissing) {
    if (values.isEmpty()) {
      return allowMissing ? null : "the Content-Type header is missing; application/json is required";
    }
    if (values.size() > 1) {
      return "the Content-Type header is sent more than once";
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
    return json ? null : "Content-Type must be application/json (charset UTF-8 if named), was " + Answer.quote(value);
  }

  /**
   * @param bytes the body
   * @param length how many of {@code bytes} hold it
   * @return the JSON value
   * @throws NotJsonException when the body is empty, not UTF-8 or not strict JSON
   */
  static JsonElement parse(byte[] bytes, int length) throws NotJsonException {
    if (length == 0) {
      throw new NotJsonException("the body is empty; a JSON object is expected");
    }
    CharBuffer text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length));
    } catch (CharacterCodingException e) {
      throw new NotJsonException("the body is not valid UTF-8");
    }
    try {
      JsonReader reader = new JsonReader(new CharArrayReader(text.array(), text.arrayOffset() + text.position(),
          text.remaining()));
      reader.setStrictness(Strictness.STRICT);
      reader.setNestingLimit(MAX_DEPTH);
      JsonElement value = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new NotJsonException("the body is not valid JSON: content after the JSON value");
      }
      return value;
    } catch (JsonParseException | IOException e) {
      if (gsonSays(e, "Nesting limit")) {
        throw new NotJsonException(DEPTH_MESSAGE);
      }
      if (gsonSays(e, "Unpaired surrogate")) {
        throw new NotJsonException("the body holds a string with an unpaired UTF-16 surrogate escape"
            + " (a \\ud800 to \\udfff without its other half), which is no Unicode character" + location(e));
      }
      throw new NotJsonException("the body is not valid JSON" + location(e));
    } catch (StackOverflowError | IllegalStateException e) {
      throw new NotJsonException(DEPTH_MESSAGE);
    }
  }

  private static boolean gsonSays(Throwable e, String start) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  private static String location(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher matcher = t.getMessage() == null ? null : LOCATION.matcher(t.getMessage());
      if (matcher != null && matcher.find()) {
        return " (at " + matcher.group() + ")";
      }
    }
    return "";
  }
}
