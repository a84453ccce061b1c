package dev.outboundkit.conformance.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.Signer;
import dev.outboundkit.conformance.ProfileTarget;
import dev.outboundkit.conformance.Target;
import dev.outboundkit.conformance.TaskRole;
import dev.outboundkit.conformance.profile.ProfileException;
import dev.outboundkit.spec.ApiSpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@link EditTarget} over HTTP: every request carries the three signed headers (appId,
 * timestamp, sign over appId + timestamp, made by a {@link Signer}).
 *
 * <p>The signature covers only the appId and the timestamp, so one signature serves every request
 * stamped with the same timestamp; a new one is made when the clock has moved on by
 * {@code resignAfter}. (RSA signing costs about a millisecond; a run sends thousands of requests.)
 */
public final class HttpEditTarget implements EditTarget {
  static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  static final String READ_BACK_PATH = ApiSpec.bundled().path("getPhoneGroups");
  /** The three signed headers' names, from the spec's x-signing-* schemes. */
  private static final RequestSigning SIGNING = ApiSpec.bundled().signing();
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final String baseUrl;
  private final String appId;
  private final Signer signer;
  private final TargetFacts facts;
  private final Clock clock;
  private final long resignAfterMillis;
  private final String description;
  private final OkHttpClient http;
  private long signedAt = Long.MIN_VALUE;
  private String signature;

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:41234}; a trailing slash is dropped
   * @param resignAfter how long one timestamp and its signature are reused; zero signs every request
   */
  public HttpEditTarget(String baseUrl, String appId, Signer signer, TargetFacts facts, Clock clock,
      Duration resignAfter, String description) {
    String url = Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.appId = Objects.requireNonNull(appId, "appId");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.facts = Objects.requireNonNull(facts, "facts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resignAfterMillis = resignAfter.toMillis();
    this.description = Objects.requireNonNull(description, "description");
    this.http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
  }

  /**
   * The server a target profile names, signed with the profile's private key.
   *
   * @throws ProfileException naming the file and the key at fault
   */
  public static HttpEditTarget fromProfile(Path file, Clock clock) {
    return of(ProfileTarget.load(file), clock);
  }

  /** The server of a scenarios' target (a loaded profile), with its key, ids and description. */
  public static HttpEditTarget of(Target target, Clock clock) {
    Map<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
    for (TaskRole role : TaskRole.values()) {
      ids.put(role, target.taskId(role));
    }
    TargetFacts facts = new TargetFacts(ids, target.skillSetId(), target.outboundNumberGroupId());
    return new HttpEditTarget(target.baseUrl(), target.appId(), new RSASigner(target.privateKey()), facts, clock,
        Duration.ofSeconds(1), target.description());
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public TargetFacts facts() {
    return facts;
  }

  @Override
  public Reply edit(String body) {
    Objects.requireNonNull(body, "body");
    return send("POST", baseUrl + EDIT_PATH, body);
  }

  @Override
  public Reply readBack(long taskId) {
    return send("GET", baseUrl + READ_BACK_PATH + "?taskId=" + taskId, null);
  }

  private Reply send(String method, String url, String body) {
    List<Map.Entry<String, String>> headers = signedHeaders();
    Request.Builder request = new Request.Builder().url(url);
    headers.forEach(header -> request.header(header.getKey(), header.getValue()));
    request.method(method, body == null ? null : RequestBody.create(body, JSON));
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody answer = response.body();
      return new Reply(method, url, headers, body, response.code(), answer == null ? "" : answer.string());
    } catch (IOException e) {
      return new Reply(method, url, headers, body, -1, "no answer: " + e.getMessage());
    }
  }

  private synchronized List<Map.Entry<String, String>> signedHeaders() {
    long now = clock.millis();
    if (signature == null || now - signedAt >= resignAfterMillis || now < signedAt) {
      signedAt = now;
      signature = RequestSigning.sign(signer, appId, Long.toString(now));
    }
    return List.of(Map.entry("Content-Type", "application/json"), Map.entry(SIGNING.appIdHeader(), appId),
        Map.entry(SIGNING.timestampHeader(), Long.toString(signedAt)), Map.entry(SIGNING.signHeader(), signature));
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
