package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.Signer;
import dev.outboundkit.testing.TestKeys;
import dev.outboundkit.testing.TestResources;
import dev.outboundkit.testing.PageExamples;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared test support: the test tenant, a fixed clock, signed requests (REST Assured for the
 * usual ones, the JDK's {@link java.net.http.HttpClient} for a request built byte by byte), and
 * the page's bodies for the default fixtures' tasks.
 */
public final class MockFixture {

  public static final String APP_ID = TestKeys.APP_ID;
  public static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final long TS = NOW.toEpochMilli();

  public static final RSAPublicKey PUBLIC_KEY = PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM));
  public static final RSAPrivateKey PRIVATE_KEY = PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM));
  public static final RSAPrivateKey OTHER_PRIVATE_KEY = PrivateKeys.load(TestKeys.path(TestKeys.SECOND_PKCS8_PEM));
  public static final Signer SIGNER = new RSASigner(PRIVATE_KEY);

  public static final long NOT_STARTED = 121;
  public static final long NOT_STARTED_2 = 122;
  public static final long IN_PROGRESS = 123;
  public static final long PAUSED = 124;
  public static final long COMPLETED = 125;
  public static final long MISSING = 999_999_999L;
  public static final String SKILL_SET = "1462016331580064";
  public static final String SKILL_SET_2 = "1462016331580065";
  public static final String NUMBER_GROUP = "1070678044124225";
  public static final String NUMBER_GROUP_2 = "1070678044124226";

  /** The fixtures file docs/mock.md shows, as a file. */
  public static final Path FIXTURES_EXAMPLE = TestResources.file("/mock/fixtures-example.json");

  public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final String JSON_TYPE = "application/json";
  // HttpClient 4's parameter names: REST Assured runs on it
  private static final RestAssuredConfig REST_ASSURED = RestAssuredConfig.config()
      .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
      .httpClient(HttpClientConfig.httpClientConfig()
          .setParam("http.connection.timeout", 5_000)
          .setParam("http.socket.timeout", 10_000));

  private static final Map<String, String> SIGNS = new ConcurrentHashMap<>();

  private MockFixture() {
  }

  /** A started mock with the test tenant, default fixtures and the fixed clock. */
  public static MockServer startMock() {
    return builder().build().start();
  }

  public static MockServer.Builder builder() {
    return MockServer.builder().tenant(APP_ID, PUBLIC_KEY).clock(CLOCK);
  }

  /** The sign of the test tenant for a timestamp, computed once. */
  public static String sign(long timestamp) {
    return SIGNS.computeIfAbsent(APP_ID + timestamp, key -> RequestSigning.sign(SIGNER, APP_ID, Long.toString(timestamp)));
  }

  /** The three signed headers for now. */
  public static Map<String, String> signedHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("appId", APP_ID);
    headers.put("timestamp", Long.toString(TS));
    headers.put("sign", sign(TS));
    return headers;
  }

  /** An answer: HTTP status, raw text and, when it is a JSON object, the object. */
  public record Reply(int status, String text) {
    public JsonObject json() {
      return JsonParser.parseString(text).getAsJsonObject();
    }

    public String code() {
      return json().get("code").getAsString();
    }

    public String message() {
      return json().get("message").getAsString();
    }

    public JsonElement data() {
      return json().get("data");
    }
  }

  public static Reply edit(MockServer server, JsonElement body) {
    return edit(server, body.toString());
  }

  public static Reply edit(MockServer server, String body) {
    return post(server, MockServer.EDIT_PATH, body, signedHeaders());
  }

  /**
   * A POST with {@code Content-Type: application/json} (no charset added) and the body as UTF-8,
   * through REST Assured. A request that must carry no Content-Type at all does not come here:
   * told to send none, REST Assured sends {@code *}{@code /*} (rest-assured issue #1377); it goes
   * through {@link RawHttp} or {@link #send(HttpRequest)}.
   */
  public static Reply post(MockServer server, String path, String body, Map<String, String> headers) {
    return reply(request(server, headers).contentType(JSON_TYPE).body(body.getBytes(StandardCharsets.UTF_8))
        .post(path));
  }

  public static Reply phoneGroups(MockServer server, String query) {
    return get(server, MockServer.PHONE_GROUPS_PATH + query, signedHeaders());
  }

  /** A GET of the path and query as given, escapes and all, through REST Assured. */
  public static Reply get(MockServer server, String pathAndQuery, Map<String, String> headers) {
    return reply(request(server, headers).get(pathAndQuery));
  }

  /** REST Assured towards the mock: the path sent as written, 5 s to connect, 10 s per read. */
  private static RequestSpecification request(MockServer server, Map<String, String> headers) {
    return RestAssured.given().config(REST_ASSURED).baseUri(server.baseUrl()).urlEncodingEnabled(false)
        .headers(headers);
  }

  private static Reply reply(Response response) {
    return new Reply(response.statusCode(), response.asString());
  }

  /** A request the JDK's client sends as built: bytes, types and framing that REST Assured would change. */
  public static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ bodies

  /** The page's not-started body for a task of the fixtures: its id, and a name. */
  public static JsonObject notStartedBody(long taskId, String taskName) {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskId", taskId);
    body.addProperty("taskName", taskName);
    return body;
  }

  /** The page's in-progress body for a task of the fixtures. */
  public static JsonObject inProgressBody(long taskId) {
    JsonObject body = PageExamples.inProgressJson();
    body.addProperty("taskId", taskId);
    return body;
  }

  public static JsonObject window(String start, String end) {
    JsonObject window = new JsonObject();
    window.addProperty("taskExecTimeStartStr", start);
    window.addProperty("taskExecTimeEndStr", end);
    return window;
  }

  /** The page's batch under another name; redial 0 drops its interval and times. */
  public static JsonObject phoneGroup(String name, int redial) {
    JsonObject group = PageExamples.notStartedJson().getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject();
    group.addProperty("name", name);
    group.addProperty("autoOutboundSwitch", redial);
    if (redial == 0) {
      group.remove("autoOutboundInterval");
      group.remove("autoOutboundTimes");
    }
    return group;
  }

  public static JsonArray batches(JsonObject... groups) {
    JsonArray array = new JsonArray();
    for (JsonObject group : groups) {
      array.add(group);
    }
    return array;
  }
}
