package dev.outboundkit.conformance.targets;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.spec.ApiSpec;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one HTTP client to a target: every request to it goes through this OkHttp client (the
 * scenarios' raw edits and read-backs, the generated client and the Java client built on
 * {@link #client()}, the generated run, the preflight, a control API).
 *
 * <p>An edit goes as given: the body's bytes, the headers in order, and no {@code Content-Type}
 * unless the headers hold one (REST Assured, used here before, always sent one: {@code *}{@code /*}
 * where a scenario left it out). OkHttp's own limits: a header value is sent trimmed, and must be
 * printable ASCII; no scenario needs more.
 *
 * <p>When no answer comes, {@link #whyNoAnswer} says which timeout ran out and whether the request
 * had gone out: a read timeout is not "nothing was sent".
 */
public final class Wire implements AutoCloseable {
  public static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  public static final String PHONE_GROUPS_PATH = ApiSpec.bundled().path("getPhoneGroups");
  /** How long to wait for a connection. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** How long to wait for an answer once the request is sent, unless a profile says otherwise. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Whether the call going on in this thread has sent its request headers: OkHttp's synchronous
   * calls (the only kind the suite makes) report their events on the calling thread.
   */
  private static final ThreadLocal<Boolean> REQUEST_SENT = ThreadLocal.withInitial(() -> false);

  private final String baseUrl;
  private final Duration readTimeout;
  private final OkHttpClient http;

  /** @param baseUrl e.g. {@code http://127.0.0.1:41234}; a trailing slash is dropped */
  public Wire(String baseUrl) {
    this(baseUrl, DEFAULT_READ_TIMEOUT);
  }

  /** @param readTimeout how long to wait for an answer once a request is sent */
  public Wire(String baseUrl, Duration readTimeout) {
    String url = Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    this.http = new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(readTimeout)
        .retryOnConnectionFailure(false)
        .eventListener(new SentTracker())
        .build();
  }

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * @return the client, for clients built on it ({@code newBuilder()}: the same connections,
   *     threads and timeouts, with interceptors of their own)
   */
  public OkHttpClient client() {
    return http;
  }

  /** Sends an edit: the body's UTF-8 bytes, the headers as given. */
  public Exchange edit(String body, List<Map.Entry<String, String>> headers) {
    return sendTo("POST", baseUrl + EDIT_PATH, headers, Objects.requireNonNull(body, "body"));
  }

  /** Reads a task's number batches back (getPhoneGroups) with the headers as given. */
  public Exchange readBack(long taskId, List<Map.Entry<String, String>> headers) {
    return sendTo("GET", baseUrl + PHONE_GROUPS_PATH + "?taskId=" + taskId, headers, null);
  }

  /** A plain GET of any URL (a control API's), unsigned. */
  public Exchange get(String url) {
    return sendTo("GET", url, List.of(), null);
  }

  /** Sends any request to the target's base URL plus {@code pathAndQuery}, as given (a saved one, say). */
  public Exchange send(String method, String pathAndQuery, List<Map.Entry<String, String>> headers, String body) {
    return sendTo(method, baseUrl + pathAndQuery, headers, body);
  }

  private Exchange sendTo(String method, String url, List<Map.Entry<String, String>> headers, String body) {
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(header -> request.addHeader(header.getKey(), header.getValue()));
    // No media type: OkHttp then adds no Content-Type of its own, only the one given.
    request.method(method, body == null ? null : RequestBody.create(body.getBytes(StandardCharsets.UTF_8), null));
    Answer answer;
    try (okhttp3.Response response = http.newCall(request.build()).execute()) {
      answer = Answer.of(response.code(), response.body().string());
    } catch (IOException e) {
      answer = Answer.none(whyNoAnswer(e));
    }
    return new Exchange(null, method, url, headers, body, answer);
  }

  /**
   * Says why the call that just failed in this thread got no answer: which timeout ran out, and
   * whether the request had been sent.
   */
  public String whyNoAnswer(IOException failure) {
    boolean sent = REQUEST_SENT.get();
    String detail = failure.getMessage() == null || failure.getMessage().isBlank() ? "" : " (" + failure.getMessage() + ")";
    if (sent) {
      return failure instanceof SocketTimeoutException
          ? "the request was sent; no answer within the read timeout of " + seconds(readTimeout)
          : "the request was sent; the connection broke before an answer came" + detail;
    }
    return failure instanceof SocketTimeoutException
        ? "nothing was sent: no connection within the connect timeout of " + seconds(CONNECT_TIMEOUT)
        : "nothing was sent: the connection could not be made" + detail;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  /** Lets go of the client's idle connections and threads; the wire can still send afterwards. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Notes, per thread, whether the call going on has sent its request. */
  private static final class SentTracker extends EventListener {
    @Override
    public void callStart(Call call) {
      REQUEST_SENT.set(false);
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
      REQUEST_SENT.set(true);
    }
  }
}
