package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A request the mock received, as its journal keeps it ({@link MockServer#requests()}): when it
 * came (the mock's clock), what it was, and what the mock did with it. The {@code sign} header is
 * given shortened (its first characters and its length), never whole; the body is the text
 * received, cut at {@value #MAX_BODY_CHARS} characters.
 *
 * <p>Immutable. The journal is on the path of every request the mock answers, so what costs is
 * left for the first read: the request's header fields (Jetty's, immutable) and body bytes are
 * kept as received, and the header map and the body's text are made when a test first asks.
 */
public final class RecordedRequest {

  /** The most characters of a body kept; a longer body is cut, with its length noted. */
  public static final int MAX_BODY_CHARS = 64 * 1024;

  /** Which of the mock's paths a request went to. */
  enum Kind { EDIT, READ_BACK, OTHER }

  private final Instant time;
  private final String method;
  private final String path;
  private final String query;
  /** The headers as received, sign whole; a fresh map each call, read by {@link #headers()}. */
  private final Supplier<Map<String, List<String>>> receivedHeaders;
  private final String signHeader;
  /** The body as received, when its text is left for the first read; else null. */
  private final byte[] bodyBytes;
  private final int httpStatus;
  private final String resultCode;
  private final String diagnosis;
  private final String fault;
  private final Kind kind;
  /** Made on first read; a race makes the same value twice. */
  private volatile Map<String, List<String>> headers;
  private volatile String body;

  /**
   * @param request what was received; its headers and body are read when first asked for
   * @param signHeader the name of the header shortened
   * @param httpStatus 0 when no answer went out
   * @param resultCode empty when the answer had none
   * @param diagnosis the signature doctor's finding, or null
   * @param fault the injected fault that shaped the answer, described, or null
   */
  RecordedRequest(Instant time, Reception.Received request, String signHeader, Kind kind, int httpStatus,
      String resultCode, String diagnosis, String fault) {
    this.time = Objects.requireNonNull(time, "time");
    this.method = Objects.requireNonNull(request.method(), "method");
    this.path = Objects.requireNonNull(request.path(), "path");
    this.query = request.query() == null ? "" : request.query();
    this.receivedHeaders = Objects.requireNonNull(request.headerList(), "headerList");
    this.signHeader = Objects.requireNonNull(signHeader, "signHeader");
    BodyReader.Body received = request.body();
    if (received.tooLarge()) {
      this.bodyBytes = null;
      this.body = "(larger than the mock reads; not kept)";
    } else if (received.length() > MAX_BODY_CHARS) {
      // Rare, and it may be large: its text is cut now, not the bytes kept.
      this.bodyBytes = null;
      this.body = cut(text(received.bytes(), received.length()));
    } else {
      // The reader's buffer is the request's own; a chunked body's is trimmed to what arrived.
      byte[] bytes = received.bytes();
      this.bodyBytes = bytes.length == received.length() ? bytes : Arrays.copyOf(bytes, received.length());
    }
    this.httpStatus = httpStatus;
    this.resultCode = resultCode == null ? "" : resultCode;
    this.diagnosis = diagnosis;
    this.fault = fault;
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** @return when the mock had read the request, by its clock */
  public Instant time() {
    return time;
  }

  public String method() {
    return method;
  }

  /** @return the path, without the query */
  public String path() {
    return path;
  }

  /** @return the query as sent, without {@code ?}; empty when there was none */
  public String query() {
    return query;
  }

  /** @return every header received, by name as sent, each with its values in order; {@code sign} shortened */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> made = headers;
    if (made == null) {
      Map<String, List<String>> all = new LinkedHashMap<>(receivedHeaders.get());
      all.replaceAll((name, values) -> name.equalsIgnoreCase(signHeader) ? shortened(values)
          : Collections.unmodifiableList(values));
      made = Collections.unmodifiableMap(all);
      headers = made;
    }
    return made;
  }

  /**
   * @param name a header name, in any letter case
   * @return its first value; {@code sign} shortened
   */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<String, List<String>> header : headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** @return the body as received, the JSON text of an edit; empty when there was none */
  public String body() {
    String made = body;
    if (made == null) {
      made = bodyBytes == null ? "" : text(bodyBytes, bodyBytes.length);
      body = made;
    }
    return made;
  }

  /** @return the answer's HTTP status; 0 when no answer went out (a reset connection, no answer) */
  public int httpStatus() {
    return httpStatus;
  }

  /** @return the result code answered, e.g. {@code "10000"}; empty when the answer had none */
  public String resultCode() {
    return resultCode;
  }

  /** @return why the mock answered {@code 10001} (the signature doctor's finding); empty otherwise */
  public Optional<String> diagnosis() {
    return Optional.ofNullable(diagnosis);
  }

  /** @return the injected {@link Fault} that shaped the answer, described; empty when none did */
  public Optional<String> fault() {
    return Optional.ofNullable(fault);
  }

  /** @return whether it went to the edit operation's path */
  public boolean isEdit() {
    return kind == Kind.EDIT;
  }

  /** @return whether it went to the read-back operation's path */
  public boolean isReadBack() {
    return kind == Kind.READ_BACK;
  }

  /**
   * @return the task it names: an edit's {@code taskId} (an integer in a JSON object body), a
   *     read-back's {@code taskId} query parameter; empty when it names none
   */
  public OptionalLong taskId() {
    return switch (kind) {
      case EDIT -> taskIdOf(body());
      case READ_BACK -> taskIdOfQuery(query);
      case OTHER -> OptionalLong.empty();
    };
  }

  /** @return the text of a body; bytes that are not UTF-8 become U+FFFD */
  static String text(byte[] bytes, int length) {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static String cut(String text) {
    return text.length() <= MAX_BODY_CHARS ? text
        : text.substring(0, MAX_BODY_CHARS) + "… (" + text.length() + " characters)";
  }

  private static List<String> shortened(List<String> signs) {
    List<String> kept = new ArrayList<>(signs.size());
    for (String sign : signs) {
      kept.add(Journal.shortenSign(sign));
    }
    return Collections.unmodifiableList(kept);
  }

  /** @return the {@code taskId} parameter of a raw query, when it is an integer */
  static OptionalLong taskIdOfQuery(String rawQuery) {
    try {
      String id = VendorApi.queryParameter(rawQuery == null || rawQuery.isEmpty() ? null : rawQuery, TaskJson.TASK_ID);
      return id == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id));
    } catch (IllegalArgumentException notAnId) {
      return OptionalLong.empty();
    }
  }

  /** @return the {@code taskId} of a JSON object body, when it is an integer */
  static OptionalLong taskIdOf(String json) {
    try {
      JsonElement parsed = JsonParser.parseString(json);
      JsonElement id = parsed.isJsonObject() ? parsed.getAsJsonObject().get(TaskJson.TASK_ID) : null;
      if (id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(id.getAsBigDecimal().longValueExact());
    } catch (JsonParseException | ArithmeticException | NumberFormatException | IllegalStateException notAnId) {
      return OptionalLong.empty();
    }
  }

  /** @return one line: time, method, path, task, status, code, fault and diagnosis when present */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder().append(time).append(' ').append(method).append(' ').append(path);
    taskId().ifPresent(id -> line.append(" (task ").append(id).append(')'));
    line.append(" -> ").append(httpStatus == 0 ? "no answer" : "HTTP " + httpStatus);
    if (!resultCode.isEmpty()) {
      line.append(' ').append(resultCode);
    }
    if (fault != null) {
      line.append(" [fault: ").append(fault).append(']');
    }
    if (diagnosis != null) {
      line.append(" [diagnosis: ").append(diagnosis).append(']');
    }
    return line.toString();
  }
}
