package dev.outboundkit.exception;

/**
 * The answer is not what the vendor sends: not its JSON envelope, or an HTTP error status. Keeps
 * the status and the start of the body, to show what answered (often a gateway).
 */
public class UnexpectedResponseException extends OutboundException {
  /** How much of the body is kept. */
  public static final int BODY_START_LENGTH = 200;

  private final String bodyStart;

  public UnexpectedResponseException(String reason, int httpStatus, String body) {
    this(reason, httpStatus, body, null);
  }

  protected UnexpectedResponseException(String reason, int httpStatus, String body, Throwable cause) {
    super(reason + " (HTTP " + httpStatus + "): " + describe(startOf(body)), httpStatus, cause);
    this.bodyStart = startOf(body);
  }

  /** @return at most {@link #BODY_START_LENGTH} characters of the body; empty for none */
  public String bodyStart() {
    return bodyStart;
  }

  private static String startOf(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= BODY_START_LENGTH ? body : body.substring(0, BODY_START_LENGTH);
  }

  private static String describe(String start) {
    return start.isBlank() ? "empty body" : "body starts with \"" + start.replaceAll("\\s+", " ").strip() + "\"";
  }
}
