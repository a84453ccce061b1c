package dev.outboundkit.client;

import java.io.IOException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.exception.UnexpectedResponseException;
import dev.outboundkit.generated.model.ResultCode;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Reads the vendor's envelope before Retrofit converts the body. Here, and only here, the HTTP
 * status and the raw body are both at hand, so a result code the spec does not list is kept as
 * sent, and a gateway's HTML page is reported with its status instead of as a parse error.
 */
final class AnswerInterceptor implements Interceptor {
  /** The vendor's answers are small; a larger body is not the vendor's. */
  private static final long MAX_PEEK_BYTES = 1L << 20;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String body = response.peekBody(MAX_PEEK_BYTES).string();
    int status = response.code();
    JsonObject envelope = envelope(body, status);
    JsonElement code = envelope.get("code");
    if (code == null || !code.isJsonPrimitive()) {
      throw new Failure(new NonJsonResponseException("the answer has no result code", status, body, null));
    }
    if (!ResultCode.SUCCESS.getValue().equals(code.getAsString())) {
      JsonElement message = envelope.get("message");
      String text = message != null && message.isJsonPrimitive() ? message.getAsString() : "";
      throw new Failure(ResultCodeException.of(code.getAsString(), text, status));
    }
    if (!response.isSuccessful()) {
      throw new Failure(new UnexpectedResponseException("a success code with an HTTP error status", status, body));
    }
    return response;
  }

  private static JsonObject envelope(String body, int status) throws Failure {
    try {
      JsonElement json = JsonParser.parseString(body);
      if (json.isJsonObject()) {
        return json.getAsJsonObject();
      }
    } catch (JsonParseException e) {
      throw new Failure(new NonJsonResponseException("the answer is not JSON", status, body, e));
    }
    throw new Failure(new NonJsonResponseException("the answer is not a JSON object", status, body, null));
  }

  /** Carries a typed failure out through OkHttp, which lets only IOExceptions pass. */
  static final class Failure extends IOException {
    private final transient OutboundException failure;

    Failure(OutboundException failure) {
      super(failure.getMessage(), failure);
      this.failure = failure;
    }

    OutboundException failure() {
      return failure;
    }
  }
}
