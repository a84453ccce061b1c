package dev.outboundkit.exception;

/**
 * The answer is not a JSON object with a result code: an HTML error page from a gateway, an
 * empty body, or JSON of another shape.
 */
public final class NonJsonResponseException extends UnexpectedResponseException {
  public NonJsonResponseException(String reason, int httpStatus, String body, Throwable cause) {
    super(reason, httpStatus, body, cause);
  }
}
