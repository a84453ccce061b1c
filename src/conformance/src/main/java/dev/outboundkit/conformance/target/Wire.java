package dev.outboundkit.conformance.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.spec.ApiSpec;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The one HTTP client to a target: every request to it goes through this OkHttp client (the
 * scenarios' read-backs, the generated client and the Java client built on {@link #client()}, the
 * generated run, the preflight, a control API), except the scenarios' raw channel
 * ({@link #rawEdit}), which REST Assured sends exactly as given.
 */
public final class Wire implements AutoCloseable {
  public static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  public static final String PHONE_GROUPS_PATH = ApiSpec.bundled().path("getPhoneGroups");

  private static final RestAssuredConfig REST_ASSURED = RestAssuredConfig.config()
      .encoderConfig(EncoderConfig.encoderConfig()
          .defaultContentCharset(StandardCharsets.UTF_8)
          .appendDefaultContentCharsetToContentTypeIfUndefined(false))
      .httpClient(HttpClientConfig.httpClientConfig()
          .reuseHttpClientInstance()
          .setParam("http.connection.timeout", 10_000)
          .setParam("http.socket.timeout", 30_000));

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

  /**
   * Sends an edit: the body's UTF-8 bytes, the headers as given (a {@code Content-Type} only when
   * they hold one).
   */
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
      answer = Answer.none(String.valueOf(e.getMessage()));
    }
    return new Exchange(null, method, url, headers, body, answer);
  }

  /**
   * Sends an edit as raw bytes through REST Assured: the body and the headers exactly as given,
   * a header value with spaces around it or characters outside ASCII included (which OkHttp trims
   * or refuses), and no {@code Content-Type} unless the headers hold one.
   */
  public Exchange rawEdit(String body, List<Map.Entry<String, String>> headers) {
    RequestSpecification request = RestAssured.given()
        .config(REST_ASSURED)
        .baseUri(baseUrl)
        .urlEncodingEnabled(false);
    boolean contentTypeSet = false;
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(SignedHeaders.CONTENT_TYPE)) {
        request.contentType(header.getValue());
        contentTypeSet = true;
      } else {
        request.header(header.getKey(), header.getValue());
      }
    }
    if (!contentTypeSet) {
      // REST Assured would otherwise name a type of its own for a byte body.
      request.noContentType();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      request.body(bytes);
    }
    Answer answer;
    try {
      Response response = request.request(Method.POST, EDIT_PATH);
      answer = Answer.of(response.statusCode(), new String(response.asByteArray(), StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      answer = Answer.none(String.valueOf(e.getMessage()));
    }
    return new Exchange(null, "POST", baseUrl + EDIT_PATH, headers, body, answer);
  }

  /** Lets go of the client's idle connections and threads; the wire can still send afterwards. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
