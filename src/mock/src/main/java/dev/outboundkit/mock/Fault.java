package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import dev.outboundkit.generated.model.ResultCode;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A failure the mock plays on the requests it matches ({@link MockServer#inject(Fault)}), so that
 * an application can test how its code copes with the vendor, or the network, failing:
 *
 * <ul>
 *   <li>{@link #resultCode(String)}: the vendor's envelope with that code ({@code 29008},
 *       {@code 20001}...) instead of the mock's answer; the request is not looked at;
 *   <li>{@link #httpError(int)}: an HTTP 502, 503... with an HTML page, as a gateway in front of
 *       the vendor sends; the request never reaches the vendor;
 *   <li>{@link #connectionReset()}: the connection is reset as the request arrives; nothing is
 *       applied;
 *   <li>{@link #delay(Duration)}: the request is answered as usual, that much later;
 *   <li>{@link #noAnswer()}: the request is answered as usual (an edit is applied), but the answer
 *       is never sent: the client waits until it gives up, the worst case a timeout can hide;
 *   <li>{@link #truncated()}: the request is answered as usual (an edit is applied), and the
 *       answer is cut off halfway: its head promises more bytes than are sent before the
 *       connection is closed.
 * </ul>
 *
 * <p>Faults play on the vendor's two operations only (never the control API). A fault matches
 * every such request unless narrowed by {@link #forTask(long)}, {@link #forPath(String)} or
 * {@link #forAppId(String)}, and holds until cleared unless limited by {@link #times(int)}. When
 * several match, the first injected plays. Each played fault shows in the journal
 * ({@link RecordedRequest#fault()}).
 *
 * <pre>{@code
 * mock.inject(Fault.resultCode("29008").times(1));                 // the next request gets 29008
 * mock.inject(Fault.noAnswer().forTask(121));                      // every request about task 121 hangs
 * mock.inject(Fault.httpError(503).withDelay(Duration.ofSeconds(1)));
 * }</pre>
 *
 * <p>Immutable: each modifier returns a new fault.
 */
public final class Fault {

  /** What a fault does. */
  enum Kind {
    RESULT_CODE("resultCode"), DELAY("delay"), HTTP_ERROR("httpError"), CONNECTION_RESET("connectionReset"),
    NO_ANSWER("noAnswer"), TRUNCATED("truncated");

    /** The name of the factory, which the control API takes too. */
    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  /** A result code: a short token without spaces, as the vendor's are. */
  private static final Pattern CODE = Pattern.compile("[!-~]{1,32}");
  private static final String SUCCESS = "10000";

  private final Kind kind;
  private final String code;
  private final String message;
  private final int status;
  private final Duration delay;
  private final int times;
  private final Long taskId;
  private final String path;
  private final String appId;

  private Fault(Kind kind, String code, String message, int status, Duration delay, int times, Long taskId,
      String path, String appId) {
    this.kind = kind;
    this.code = code;
    this.message = message;
    this.status = status;
    this.delay = delay;
    this.times = times;
    this.taskId = taskId;
    this.path = path;
    this.appId = appId;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, null, null, 0, Duration.ZERO, 0, null, null, null);
  }

  /**
   * @param code the result code to answer, e.g. {@code "29008"}; any but {@code 10000}
   * @return a fault answering the vendor's envelope with that code, its message the vendor's for a
   *     code the spec lists, and the {@code data} of a refusal
   */
  public static Fault resultCode(String code) {
    return resultCode(code, null);
  }

  /**
   * @param message the envelope's {@code message}; null for the vendor's message of the code
   * @return as {@link #resultCode(String)}, with that message
   */
  public static Fault resultCode(String code, String message) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a fault's result code is 1 to 32 characters without spaces, was "
          + Answer.quote(code));
    }
    if (code.equals(SUCCESS)) {
      throw new IllegalArgumentException("a fault answers a failure; " + SUCCESS + " is the success code");
    }
    return new Fault(Kind.RESULT_CODE, code, message, 0, Duration.ZERO, 0, null, null, null);
  }

  /** @return a fault answering as usual, that much later (the request is applied when it arrives) */
  public static Fault delay(Duration delay) {
    return of(Kind.DELAY).withDelay(positive(delay));
  }

  /**
   * @param status an HTTP error status, 400 to 599 (a gateway's are 502, 503 and 504)
   * @return a fault answering that status with an HTML page, as a gateway sends
   */
  public static Fault httpError(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a fault's HTTP status is 400 to 599, was " + status);
    }
    return new Fault(Kind.HTTP_ERROR, null, null, status, Duration.ZERO, 0, null, null, null);
  }

  /** @return a fault that resets the connection as the request arrives: nothing is applied */
  public static Fault connectionReset() {
    return of(Kind.CONNECTION_RESET);
  }

  /**
   * @return a fault that answers the request as usual (an edit is applied) and never sends the
   *     answer: the client waits until it gives up; the mock lets the connection go at its idle
   *     timeout
   */
  public static Fault noAnswer() {
    return of(Kind.NO_ANSWER);
  }

  /**
   * @return a fault that answers the request as usual (an edit is applied) but sends only the
   *     first half of the answer's body, then closes the connection
   */
  public static Fault truncated() {
    return of(Kind.TRUNCATED);
  }

  /** @return this fault for the next {@code count} requests it matches, then gone */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a fault plays at least once, was times(" + count + ")");
    }
    return new Fault(kind, code, message, status, delay, count, taskId, path, appId);
  }

  /** @return this fault only for requests about that task: an edit's {@code taskId}, a read-back's */
  public Fault forTask(long id) {
    return new Fault(kind, code, message, status, delay, times, id, path, appId);
  }

  /** @return this fault only for requests to that path, e.g. {@link MockServer#EDIT_PATH} */
  public Fault forPath(String requestPath) {
    Objects.requireNonNull(requestPath, "requestPath");
    if (!requestPath.startsWith("/")) {
      throw new IllegalArgumentException("a fault's path starts with '/', was " + Answer.quote(requestPath));
    }
    return new Fault(kind, code, message, status, delay, times, taskId, requestPath, appId);
  }

  /** @return this fault only for requests whose {@code appId} header is that */
  public Fault forAppId(String requestAppId) {
    Objects.requireNonNull(requestAppId, "requestAppId");
    return new Fault(kind, code, message, status, delay, times, taskId, path, requestAppId);
  }

  /**
   * @return this fault played that much later: its answer, its reset, its cut; for
   *     {@link #delay(Duration)}, the delay itself
   */
  public Fault withDelay(Duration value) {
    Objects.requireNonNull(value, "delay");
    if (value.isNegative()) {
      throw new IllegalArgumentException("a fault's delay must not be negative, was " + value);
    }
    return new Fault(kind, code, message, status, value, times, taskId, path, appId);
  }

  private static Duration positive(Duration value) {
    Objects.requireNonNull(value, "delay");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("a delay must be positive, was " + value);
    }
    return value;
  }

  Kind kind() {
    return kind;
  }

  Duration delay() {
    return delay;
  }

  /** @return how many requests it plays on; 0 until cleared */
  int times() {
    return times;
  }

  /** @return whether the mock answers the request as usual first (an edit is applied) */
  boolean answersAsUsual() {
    return kind == Kind.DELAY || kind == Kind.NO_ANSWER || kind == Kind.TRUNCATED;
  }

  /**
   * @param taskId the task the request names, looked at only when this fault is for a task
   * @return whether it plays on a request of the vendor's operations with these facts
   */
  boolean matches(String requestPath, String requestAppId, Supplier<OptionalLong> taskId) {
    return (path == null || path.equals(requestPath))
        && (appId == null || appId.equals(requestAppId))
        && (this.taskId == null || taskId.get().equals(OptionalLong.of(this.taskId)));
  }

  /**
   * @param refusedData the {@code data} a refusal of the request's operation carries; null for none
   * @return the answer that stands for the mock's: the envelope or the gateway's page; null for the
   *     faults that answer as usual or not at all
   */
  Answer answer(JsonElement refusedData) {
    return switch (kind) {
      case RESULT_CODE -> Answer.injected(code, message != null ? message : vendorMessage(code), refusedData);
      case HTTP_ERROR -> Answer.gatewayPage(status);
      default -> null;
    };
  }

  private static String vendorMessage(String code) {
    for (ResultCode known : ResultCode.values()) {
      if (known.getValue().equals(code)) {
        return Answer.message(known);
      }
    }
    return "fault injected by the mock";
  }

  /** @return what it does, without its scope, e.g. {@code resultCode 29008 after 10 ms} */
  String action() {
    String what = switch (kind) {
      case RESULT_CODE -> kind.word + " " + code;
      case HTTP_ERROR -> kind.word + " " + status;
      case DELAY -> kind.word + " " + delay.toMillis() + " ms";
      default -> kind.word;
    };
    return kind != Kind.DELAY && !delay.isZero() ? what + " after " + delay.toMillis() + " ms" : what;
  }

  /** @return e.g. {@code resultCode 29008 for task 121, 1 time} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(action());
    if (taskId != null) {
      text.append(" for task ").append(taskId);
    }
    if (path != null) {
      text.append(" for path ").append(Answer.quote(path));
    }
    if (appId != null) {
      text.append(" for appId ").append(Answer.quote(appId));
    }
    return text.append(times == 0 ? ", until cleared" : ", " + times + (times == 1 ? " time" : " times")).toString();
  }
}
