package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import dev.outboundkit.generated.model.ResultCode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor's two operations, and the one place that says in which order a request is checked:
 * the method, authentication ({@link Authenticator}), then for the edit the Content-Type, the
 * body's size and its JSON ({@link StrictJson}), then the rules ({@link EditRules}) over the
 * authenticated tenant's own tasks ({@link Tenants}). The first check that refuses gives the
 * answer: an unsigned request learns nothing about its body.
 */
final class VendorApi {

  private static final Logger LOG = LoggerFactory.getLogger(VendorApi.class);
  private static final String CONTENT_TYPE = HttpHeader.CONTENT_TYPE.asString();
  private static final String TASK_ID = TaskJson.TASK_ID;

  private final Authenticator authenticator;
  private final Tenants tenants;
  private final Readings readings;
  private final int maxBodyBytes;

  /**
   * @param readings what the page leaves open: a missing or other Content-Type, the code of a
   *     body that is not JSON, the data of a refusal
   * @param maxBodyBytes the largest body read, for the refusal's message
   */
  VendorApi(Authenticator authenticator, Tenants tenants, Readings readings, int maxBodyBytes) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** 编辑自动外呼任务: POST, signed, a JSON body. */
  Answer edit(String method, Headers headers, BodyReader.Body body) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "POST");
    }
    Optional<ResultCode> unauthenticated = authenticator.refusal(headers);
    if (unauthenticated.isPresent()) {
      return Answer.apiOrNoData(unauthenticated.get(), null, readings.data(false));
    }
    java.util.List<String> types = headers.values(CONTENT_TYPE);
    String wrongType = StrictJson.contentTypeProblem(types);
    Readings.Silence typeReading = types.isEmpty() ? Readings.Silence.CONTENT_TYPE_MISSING
        : Readings.Silence.CONTENT_TYPE_OTHER;
    if (wrongType != null && !readings.letsThrough(typeReading)) {
      return refuse(readings.code(typeReading), wrongType);
    }
    if (body.tooLarge()) {
      return refuse(ResultCode.PARAMETER_ERROR, "the body is larger than " + maxBodyBytes + " bytes");
    }
    JsonElement json;
    try {
      json = StrictJson.parse(body.bytes(), body.length());
    } catch (StrictJson.NotJsonException e) {
      return refuse(readings.code(Readings.Silence.CODE_BODY_NOT_OBJECT), e.getMessage());
    }
    return rules(headers).edit(json);
  }

  /** 查询名单批次: GET, signed, the task id in the query. */
  Answer phoneGroups(String method, Headers headers, String rawQuery) {
    if (!"GET".equals(method)) {
      return Answer.methodNotAllowed(method, "GET");
    }
    Optional<ResultCode> unauthenticated = authenticator.refusal(headers);
    if (unauthenticated.isPresent()) {
      return Answer.apiOrNoData(unauthenticated.get(), null, readings.data(true));
    }
    return rules(headers).phoneGroups(queryParameter(rawQuery, TASK_ID));
  }

  /** @return the rules over the tasks of the tenant that sent the authenticated request */
  private EditRules rules(Headers headers) {
    return tenants.named(authenticator.appId(headers)).rules();
  }

  /** An edit the mock cannot read: refused with the code, its data as every refused edit's. */
  private Answer refuse(ResultCode code, String reason) {
    LOG.debug("{}: {}", code, reason);
    return Answer.apiOrNoData(code, reason, readings.data(false));
  }

  /** @return the first value of the parameter, URL-decoded; null when absent */
  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(key).equals(name)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8); // MockHandler refuses a bad escape before
  }
}
