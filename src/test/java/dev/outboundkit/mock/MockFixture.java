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
import dev.outboundkit.auth.TestKeys;
import dev.outboundkit.testing.PageExamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shared test support: the test tenant, a fixed clock, signed requests over
 * {@link java.net.http.HttpClient}, and the page's bodies for the default fixtures' tasks.
 */
final class MockFixture {

  static final String APP_ID = TestKeys.APP_ID;
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final long TS = NOW.toEpochMilli();

  static final RSAPublicKey PUBLIC_KEY = PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM));
  static final RSAPrivateKey PRIVATE_KEY = PrivateKeys.load(TestKeys.path(TestKeys.PKCS8_PEM));
  static final RSAPrivateKey OTHER_PRIVATE_KEY = PrivateKeys.load(TestKeys.path(TestKeys.SECOND_PKCS8_PEM));
  static final Signer SIGNER = new RSASigner(PRIVATE_KEY);

  static final long NOT_STARTED = 121;
  static final long NOT_STARTED_2 = 122;
  static final long IN_PROGRESS = 123;
  static final long PAUSED = 124;
  static final long COMPLETED = 125;
  static final long MISSING = 999_999_999L;
  static final String SKILL_SET = "1462016331580064";
  static final String SKILL_SET_2 = "1462016331580065";
  static final String NUMBER_GROUP = "1070678044124225";
  static final String NUMBER_GROUP_2 = "1070678044124226";

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final Map<String, String> SIGNS = new ConcurrentHashMap<>();

  private MockFixture() {
  }

  /** A started mock with the test tenant, default fixtures and the fixed clock. */
  static MockServer startMock() {
    return builder().build().start();
  }

  static MockServer.Builder builder() {
    return MockServer.builder().tenant(APP_ID, PUBLIC_KEY).clock(CLOCK);
  }

  /** The sign of the test tenant for a timestamp, computed once. */
  static String sign(long timestamp) {
    return SIGNS.computeIfAbsent(APP_ID + timestamp, key -> RequestSigning.sign(SIGNER, APP_ID, Long.toString(timestamp)));
  }

  /** The three signed headers for now. */
  static Map<String, String> signedHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("appId", APP_ID);
    headers.put("timestamp", Long.toString(TS));
    headers.put("sign", sign(TS));
    return headers;
  }

  /** An answer: HTTP status, raw text and, when it is a JSON object, the object. */
  record Reply(int status, String text) {
    JsonObject json() {
      return JsonParser.parseString(text).getAsJsonObject();
    }

    String code() {
      return json().get("code").getAsString();
    }

    String message() {
      return json().get("message").getAsString();
    }

    JsonElement data() {
      return json().get("data");
    }
  }

  static Reply edit(MockServer server, JsonElement body) {
    return edit(server, body.toString());
  }

  static Reply edit(MockServer server, String body) {
    return post(server, MockServer.EDIT_PATH, body, signedHeaders());
  }

  static Reply post(MockServer server, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build());
  }

  static Reply phoneGroups(MockServer server, String query) {
    return get(server, MockServer.PHONE_GROUPS_PATH + query, signedHeaders());
  }

  static Reply get(MockServer server, String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
        .timeout(Duration.ofSeconds(10)).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  static Reply send(HttpRequest request) {
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
  static JsonObject notStartedBody(long taskId, String taskName) {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskId", taskId);
    body.addProperty("taskName", taskName);
    return body;
  }

  /** The page's in-progress body for a task of the fixtures. */
  static JsonObject inProgressBody(long taskId) {
    JsonObject body = PageExamples.inProgressJson();
    body.addProperty("taskId", taskId);
    return body;
  }

  static JsonObject window(String start, String end) {
    JsonObject window = new JsonObject();
    window.addProperty("taskExecTimeStartStr", start);
    window.addProperty("taskExecTimeEndStr", end);
    return window;
  }

  /** The page's batch under another name; redial 0 drops its interval and times. */
  static JsonObject phoneGroup(String name, int redial) {
    JsonObject group = PageExamples.notStartedJson().getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject();
    group.addProperty("name", name);
    group.addProperty("autoOutboundSwitch", redial);
    if (redial == 0) {
      group.remove("autoOutboundInterval");
      group.remove("autoOutboundTimes");
    }
    return group;
  }

  static JsonArray batches(JsonObject... groups) {
    JsonArray array = new JsonArray();
    for (JsonObject group : groups) {
      array.add(group);
    }
    return array;
  }
}
