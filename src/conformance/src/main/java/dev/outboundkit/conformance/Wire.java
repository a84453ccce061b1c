package dev.outboundkit.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.spec.ApiSpec;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;

/**
 * The ways the suite talks to a target, all through the two vendor operations: raw requests
 * with REST Assured (any body, any header), the generated Retrofit client, the
 * {@link OutboundClient} facade, and a plain signed read-back. Every exchange is recorded on
 * the current scenario, whichever way it went.
 */
final class Wire {
  static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  static final String PHONE_GROUPS_PATH = ApiSpec.bundled().path("getPhoneGroups");

  private static final RestAssuredConfig REST_ASSURED = RestAssuredConfig.config()
      .encoderConfig(EncoderConfig.encoderConfig()
          .defaultContentCharset(StandardCharsets.UTF_8)
          .appendDefaultContentCharsetToContentTypeIfUndefined(false))
      .httpClient(HttpClientConfig.httpClientConfig()
          .reuseHttpClientInstance()
          .setParam("http.connection.timeout", 10_000)
          .setParam("http.socket.timeout", 30_000));

  static final String READ_BACK_CHANNEL = "read-back (suite)";
  private static final String RAW_CHANNEL = "raw JSON (REST Assured)";

  private final Target target;
  /** The scenario going on, whose exchanges are recorded; null between scenarios. */
  private volatile World world;
  private final OkHttpClient http;
  private final OutboundTaskApi generated;
  private final OutboundClient facade;

  Wire(Target target) {
    this.target = target;
    this.http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .retryOnConnectionFailure(false)
        .addNetworkInterceptor(new Recorder(this))
        .build();
    OkHttpClient signed = http.newBuilder()
        .addInterceptor(new SigningInterceptor(target.appId(), new RSASigner(target.privateKey()), Clock.systemUTC()))
        .build();
    this.generated = new ApiClient(target.baseUrl(), signed).createService(OutboundTaskApi.class);
    this.facade = OutboundClient.builder()
        .baseUrl(target.baseUrl())
        .appId(target.appId())
        .privateKey(target.privateKey())
        .clock(Clock.systemUTC())
        .okHttpClient(http)
        .validateBeforeSending(false)
        .build();
  }

  /** From now on, exchanges are recorded into that scenario's world. */
  void recordInto(World scenario) {
    world = scenario;
  }

  private void record(Exchange exchange) {
    World scenario = world;
    if (scenario != null) {
      scenario.record(exchange);
    }
  }

  private String channelOfNextCall() {
    World scenario = world;
    return scenario == null ? READ_BACK_CHANNEL : scenario.channelOfNextCall();
  }

  OutboundTaskApi generated() {
    return generated;
  }

  OutboundClient facade() {
    return facade;
  }

  /** Sends an edit as raw bytes through REST Assured, with the given headers. */
  Answer rawEdit(String body, SignedHeaders headers) {
    List<Map.Entry<String, String>> sent = headers.build(target, true);
    RequestSpecification request = RestAssured.given()
        .config(REST_ASSURED)
        .baseUri(target.baseUrl())
        .urlEncodingEnabled(false);
    boolean contentTypeSet = false;
    for (Map.Entry<String, String> header : sent) {
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
    String url = target.baseUrl() + EDIT_PATH;
    try {
      Response response = request.request(Method.POST, EDIT_PATH);
      String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
      record(new Exchange(RAW_CHANNEL, "POST", url, sent, body, response.statusCode(), text));
      return Answer.of(response.statusCode(), text);
    } catch (RuntimeException e) {
      record(new Exchange(RAW_CHANNEL, "POST", url, sent, body, -1, e.toString()));
      throw new AssertionError("no answer from " + url + ": " + e, e);
    }
  }

  /** Reads a task's number batches with a plain signed GET: the suite's own read-back. */
  Answer readBack(long taskId, SignedHeaders headers) {
    Request.Builder request = new Request.Builder()
        .url(target.baseUrl() + PHONE_GROUPS_PATH + "?taskId=" + taskId)
        .get();
    for (Map.Entry<String, String> header : headers.build(target, false)) {
      request.header(header.getKey(), header.getValue());
    }
    try (okhttp3.Response response = http.newCall(request.build()).execute()) {
      String text = response.body().string();
      return Answer.of(response.code(), text);
    } catch (IOException e) {
      throw new AssertionError("no answer from " + target.baseUrl() + PHONE_GROUPS_PATH + ": " + e, e);
    }
  }

  /** Records every exchange made with OkHttp (generated client, facade, read-backs). */
  private static final class Recorder implements Interceptor {
    /** Headers OkHttp adds for the transport; left out of the curl line. */
    private static final java.util.Set<String> TRANSPORT_HEADERS =
        java.util.Set.of("host", "connection", "accept-encoding", "user-agent", "content-length");

    private final Wire wire;

    Recorder(Wire wire) {
      this.wire = wire;
    }

    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      okhttp3.Headers sent = request.headers();
      for (int i = 0; i < sent.size(); i++) {
        if (!TRANSPORT_HEADERS.contains(sent.name(i).toLowerCase(java.util.Locale.ROOT))) {
          headers.add(new AbstractMap.SimpleImmutableEntry<>(sent.name(i), sent.value(i)));
        }
      }
      String body = null;
      if (request.body() != null) {
        Buffer buffer = new Buffer();
        request.body().writeTo(buffer);
        body = buffer.readString(StandardCharsets.UTF_8);
      }
      String channel = wire.channelOfNextCall();
      try {
        okhttp3.Response response = chain.proceed(request);
        String text = response.peekBody(1L << 20).string();
        wire.record(new Exchange(channel, request.method(), request.url().toString(), headers, body,
            response.code(), text));
        return response;
      } catch (IOException | RuntimeException e) {
        wire.record(new Exchange(channel, request.method(), request.url().toString(), headers, body, -1,
            e.toString()));
        throw e;
      }
    }
  }
}
