package dev.outboundkit.exception;

/**
 * Base of every failure of a call to the vendor. Unchecked, like the JDK's HTTP and the major
 * cloud SDKs: most callers let a failed call propagate, and those who handle one catch the
 * subtype they can act on.
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
}
