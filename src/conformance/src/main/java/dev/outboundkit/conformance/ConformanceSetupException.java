package dev.outboundkit.conformance;

/**
 * The run cannot start: a bad flag value, a broken profile, a target that cannot be reached or
 * signed for. The message is one line for the user, naming what to fix; the command ends with
 * status 2.
 */
public final class ConformanceSetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConformanceSetupException(String message) {
    super(message);
  }

  public ConformanceSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
