package dev.outboundkit.exception;

import java.util.Arrays;

/**
 * Base of every failure of a call to the vendor. Unchecked, like the JDK's HTTP and the major
 * cloud SDKs: most callers let a failed call propagate, and those who handle one catch the
 * subtype they can act on.
 *
 * <p>When the client retried a call, the exception thrown is the last attempt's failure, and the
 * failure of each earlier attempt is added to it as suppressed ({@link #getSuppressed()}): the
 * message ends with the number of attempts, and {@link #attempts()} counts them.
 */
public class OutboundException extends RuntimeException {
  /** Used where no HTTP answer was received. */
  public static final int NO_HTTP_STATUS = -1;

  private final int httpStatus;

  public OutboundException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** @return the HTTP status of the answer, or {@link #NO_HTTP_STATUS} when none came */
  public int httpStatus() {
    return httpStatus;
  }

  /** @return how many attempts the call made: 1, plus one per earlier failure suppressed into this one */
  public int attempts() {
    return 1 + (int) Arrays.stream(getSuppressed()).filter(OutboundException.class::isInstance).count();
  }

  @Override
  public String getMessage() {
    int attempts = attempts();
    return attempts == 1 ? super.getMessage() : super.getMessage() + " (after " + attempts + " attempts)";
  }
}
