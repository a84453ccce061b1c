package dev.outboundkit.mock;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Which recorded requests to count or find ({@link MockServer#verify(int, RequestPattern)},
 * {@link MockServer#requests(RequestPattern)}), in the style of WireMock's request patterns: a
 * kind of request, narrowed by modifiers, and described in words for the failure message.
 *
 * <pre>{@code
 * mock.verify(1, RequestPattern.editsOf(121));                                  // exactly one edit of task 121
 * mock.verify(2, RequestPattern.edits().withBody(body -> body.contains("\"acw\":15")));
 * mock.verify(0, RequestPattern.anyRequest());                                  // nothing was sent
 * }</pre>
 *
 * <p>Immutable: each modifier returns a new pattern.
 */
public final class RequestPattern implements Predicate<RecordedRequest> {

  private final Predicate<RecordedRequest> test;
  private final String description;

  private RequestPattern(Predicate<RecordedRequest> test, String description) {
    this.test = test;
    this.description = description;
  }

  /** @return every request, to any path */
  public static RequestPattern anyRequest() {
    return new RequestPattern(request -> true, "any request");
  }

  /** @return requests to the edit operation's path */
  public static RequestPattern edits() {
    return new RequestPattern(RecordedRequest::isEdit, "an edit");
  }

  /** @return edits whose body names this {@code taskId} */
  public static RequestPattern editsOf(long taskId) {
    return edits().and(request -> request.taskId().equals(OptionalLong.of(taskId)), "of task " + taskId);
  }

  /** @return requests to the read-back operation's path */
  public static RequestPattern readBacks() {
    return new RequestPattern(RecordedRequest::isReadBack, "a read-back");
  }

  /** @return read-backs of this task */
  public static RequestPattern readBacksOf(long taskId) {
    return readBacks().and(request -> request.taskId().equals(OptionalLong.of(taskId)),
        "of task " + taskId);
  }

  /** @return this pattern, narrowed to requests whose {@code appId} header is this */
  public RequestPattern from(String appId) {
    Objects.requireNonNull(appId, "appId");
    return and(request -> request.header(MockServer.APP_ID_HEADER).map(appId::equals).orElse(false),
        "from appId " + Answer.quote(appId));
  }

  /** @return this pattern, narrowed to requests whose body (the text received) passes the predicate */
  public RequestPattern withBody(Predicate<String> body) {
    Objects.requireNonNull(body, "body");
    return and(request -> body.test(request.body()), "whose body matches the predicate");
  }

  /** @return this pattern, narrowed to requests answered with this result code */
  public RequestPattern withResultCode(String code) {
    Objects.requireNonNull(code, "code");
    return and(request -> request.resultCode().equals(code), "answered " + code);
  }

  private RequestPattern and(Predicate<RecordedRequest> more, String words) {
    return new RequestPattern(test.and(more), description + " " + words);
  }

  @Override
  public boolean test(RecordedRequest request) {
    return test.test(Objects.requireNonNull(request, "request"));
  }

  /** @return the pattern in words, e.g. {@code an edit of task 121 answered 10000} */
  @Override
  public String toString() {
    return description;
  }
}
