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
 * body's size and its JSON ({@link StrictJson}), then the rules ({@link EditRules}). The first
 * check that refuses gives the answer: an unsigned request learns nothing about its body.
 */
final class VendorApi {

  private static final Logger LOG = LoggerFactory.getLogger(VendorApi.class);
  private static final String CONTENT_TYPE = HttpHeader.CONTENT_TYPE.asString();
  private static final String TASK_ID = TaskJson.TASK_ID;

  private final Authenticator authenticator;
  private final EditRules rules;
  private final Readings readings;
  private final int maxBodyBytes;
  private final boolean allowMissingContentType;

  /**
   * @param maxBodyBytes the largest body read, for the refusal's message
   * @param allowMissingContentType whether an edit without a Content-Type is taken
   */
  VendorApi(Authenticator authenticator, EditRules rules, Readings readings, int maxBodyBytes,
      boolean allowMissingContentType) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.readings = Objects.requireNonNull(readings, "readings");
    this.maxBodyBytes = maxBodyBytes;
    this.allowMissingContentType = allowMissingContentType;
  }

  /** 编辑自动外呼任务: POST, signed, a JSON body. */
  Answer edit(String method, Headers headers, BodyReader.Body body) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "POST");
    }
    Optional<ResultCode> unauthenticated = authenticator.refusal(headers);
    if (unauthenticated.isPresent()) {
      return Answer.apiOrNoData(unauthenticated.get(), null, readings.data(Answer.EDIT_REFUSED));
    }
    String wrongType = StrictJson.contentTypeProblem(headers.values(CONTENT_TYPE), allowMissingContentType);
    if (wrongType != null) {
      return parameterError(wrongType);
    }
    if (body.tooLarge()) {
      return parameterError("the body is larger than " + maxBodyBytes + " bytes");
    }
    JsonElement json;
    try {
      json = StrictJson.parse(body.bytes(), body.length());
    } catch (StrictJson.NotJsonException e) {
      return parameterError(e.getMessage());
    }
    return rules.edit(json);
  }

  /** 查询名单批次: GET, signed, the task id in the query. */
  Answer phoneGroups(String method, Headers headers, String rawQuery) {
    if (!"GET".equals(method)) {
      return Answer.methodNotAllowed(method, "GET");
    }
    Optional<ResultCode> unauthenticated = authenticator.refusal(headers);
    if (unauthenticated.isPresent()) {
      return Answer.apiOrNoData(unauthenticated.get(), null, readings.data(Answer.READ_REFUSED));
    }
    return rules.phoneGroups(queryParameter(rawQuery, TASK_ID));
  }

  /**
   * A body the mock cannot read as an edit: 29002 with {@code data: false} whatever the readings,
   * as no task was looked at.
   */
  private static Answer parameterError(String reason) {
    LOG.debug("{}: {}", ResultCode.PARAMETER_ERROR, reason);
    return Answer.api(ResultCode.PARAMETER_ERROR, reason, Answer.EDIT_REFUSED);
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
