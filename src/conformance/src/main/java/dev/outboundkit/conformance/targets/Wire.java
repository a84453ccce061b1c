package dev.outboundkit.conformance.targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.spec.ApiSpec;
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
 */
public final class Wire implements AutoCloseable {
  public static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  public static final String PHONE_GROUPS_PATH = ApiSpec.bundled().path("getPhoneGroups");

  private final String baseUrl;
  private final OkHttpClient http;

  /** @param baseUrl e.g. {@code http://127.0.0.1:41234}; a trailing slash is dropped */
  public Wire(String baseUrl) {
    String url = Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .retryOnConnectionFailure(false)
        .build();
  }

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * @return the client, for clients built on it ({@code newBuilder()}: the same connections and
   *     threads, with interceptors of their own)
   */
  public OkHttpClient client() {
    return http;
  }

  /** Sends an edit: the body's UTF-8 bytes, the headers as given. */
  public Exchange edit(String body, List<Map.Entry<String, String>> headers) {
    return send("POST", baseUrl + EDIT_PATH, headers, Objects.requireNonNull(body, "body"));
  }

  /** Reads a task's number batches back (getPhoneGroups) with the headers as given. */
  public Exchange readBack(long taskId, List<Map.Entry<String, String>> headers) {
    return send("GET", baseUrl + PHONE_GROUPS_PATH + "?taskId=" + taskId, headers, null);
  }

  /** A plain GET of any URL (a control API's), unsigned. */
  public Exchange get(String url) {
    return send("GET", url, List.of(), null);
  }

  private Exchange send(String method, String url, List<Map.Entry<String, String>> headers, String body) {
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(header -> request.addHeader(header.getKey(), header.getValue()));
    // No media type: OkHttp then adds no Content-Type of its own, only the one given.
    request.method(method, body == null ? null : RequestBody.create(body.getBytes(StandardCharsets.UTF_8), null));
    Answer answer;
    try (okhttp3.Response response = http.newCall(request.build()).execute()) {
      answer = Answer.of(response.code(), response.body().string());
    } catch (IOException e) {
      answer = Answer.none(e);
    }
    return new Exchange(null, method, url, headers, body, answer);
  }

  /** Lets go of the client's idle connections and threads; the wire can still send afterwards. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
