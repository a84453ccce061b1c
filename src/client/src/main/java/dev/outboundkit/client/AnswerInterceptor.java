package dev.outboundkit.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.outboundkit.auth.KeyFingerprint;
import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.exception.UnexpectedResponseException;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.ResultCode;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Reads the vendor's envelope before the client decodes the body. Here, and only here, the HTTP
 * status and the raw body are both at hand, so a result code the spec does not list is kept as
 * sent, and a gateway's HTML page is reported with its status instead of as a parse error.
 *
 * <p>A {@code 10001} is told how far the signed timestamp was from the answer's {@code Date}.
 */
final class AnswerInterceptor implements Interceptor {
  /** The vendor's answers are small; a larger body is not the vendor's. */
  private static final long MAX_PEEK_BYTES = 1L << 20;

  /** The signing key's public-key fingerprint ({@link KeyFingerprint}); null when unknown. */
  private final String keyFingerprint;

  AnswerInterceptor(String keyFingerprint) {
    this.keyFingerprint = keyFingerprint;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    try {
      return checked(response);
    } catch (IOException e) {
      // Nobody else will read a refused answer: give its connection back.
      response.close();
      throw e;
    }
  }

  private Response checked(Response response) throws IOException {
    String body = response.peekBody(MAX_PEEK_BYTES).string();
    int status = response.code();
    Headers headers = response.headers();
    JsonObject envelope = envelope(body, status, headers);
    JsonElement code = envelope.get("code");
    if (code == null || !code.isJsonPrimitive()) {
      throw new Failure(new NonJsonResponseException("the answer has no result code", status, body, null), headers);
    }
    if (!ResultCode.SUCCESS.getValue().equals(code.getAsString())) {
      JsonElement message = envelope.get("message");
      String text = message != null && message.isJsonPrimitive() ? message.getAsString() : "";
      throw new Failure(AuthenticationFailedException.CODE.equals(code.getAsString())
          ? new AuthenticationFailedException(text, status, clockOffset(response), keyFingerprint)
          : ResultCodeException.of(code.getAsString(), text, status), headers);
    }
    if (!response.isSuccessful()) {
      throw new Failure(new UnexpectedResponseException("a success code with an HTTP error status", status, body),
          headers);
    }
    return response;
  }

  /** @return the signed timestamp minus the answer's {@code Date}; null when either is missing */
  private static Duration clockOffset(Response response) {
    Instant date = response.headers().getInstant("Date");
    // The request as it went out, signed on the network side; the answer's own request() is the caller's.
    Response network = response.networkResponse();
    String timestamp = (network == null ? response : network).request().header(SigningInterceptor.TIMESTAMP_HEADER);
    if (date == null || timestamp == null) {
      return null;
    }
    try {
      return Duration.ofMillis(Long.parseLong(timestamp) - date.toEpochMilli());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static JsonObject envelope(String body, int status, Headers headers) throws Failure {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (JsonParseException e) {
      throw new Failure(new NonJsonResponseException("the answer is not JSON", status, body, e), headers);
    }
    throw new Failure(new NonJsonResponseException("the answer is not a JSON object", status, body, null), headers);
  }

  /**
   * Carries a typed failure out through OkHttp, which lets only IOExceptions pass, with the
   * answer's headers: the retries read {@code Retry-After} there.
   */
  static final class Failure extends IOException {
    private final transient OutboundException failure;
    private final transient Headers headers;

    Failure(OutboundException failure, Headers headers) {
      super(failure.getMessage(), failure);
      this.failure = failure;
      this.headers = headers;
    }

    OutboundException failure() {
      return failure;
    }

    Headers headers() {
      return headers;
    }
  }
}
