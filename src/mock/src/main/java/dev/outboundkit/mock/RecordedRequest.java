package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A request the mock received, as its journal keeps it ({@link MockServer#requests()}): when it
 * came (the mock's clock), what it was, and what the mock did with it. The {@code sign} header is
 * kept shortened (its first characters and its length), never whole; the body is the text
 * received, cut at {@value #MAX_BODY_CHARS} characters.
 *
 * <p>Immutable.
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
  private final Map<String, List<String>> headers;
  private final String body;
  private final int httpStatus;
  private final String resultCode;
  private final String diagnosis;
  private final String fault;
  private final Kind kind;

  /**
   * @param headers every header received, names as sent, the sign already shortened
   * @param httpStatus 0 when no answer went out
   * @param resultCode empty when the answer had none
   * @param diagnosis the signature doctor's finding, or null
   * @param fault the injected fault that shaped the answer, described, or null
   */
  RecordedRequest(Instant time, String method, String path, String query, Map<String, List<String>> headers,
      String body, int httpStatus, String resultCode, String diagnosis, String fault, Kind kind) {
    this.time = Objects.requireNonNull(time, "time");
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.query = query == null ? "" : query;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body == null ? "" : body;
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
    return headers;
  }

  /**
   * @param name a header name, in any letter case
   * @return its first value; {@code sign} shortened
   */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** @return the body as received, the JSON text of an edit; empty when there was none */
  public String body() {
    return body;
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
      case EDIT -> taskIdOf(body);
      case READ_BACK -> taskIdOfQuery(query);
      case OTHER -> OptionalLong.empty();
    };
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
