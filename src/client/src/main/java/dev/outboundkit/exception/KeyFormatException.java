package dev.outboundkit.exception;

import java.util.Objects;

/**
 * A key could not be used: file missing, wrong format, wrong kind of key, too short, bad password.
 *
 * <p>The message is {@code "<source>: <problem>"}, where the source is a file path or
 * {@code "inline key"}. By contract it never contains key bytes, passwords or signatures, so it is
 * safe to print to a terminal or a log.
 */
public class KeyFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String problem;

  /**
   * @param source where the key came from: a file path or "inline key"
   * @param problem what is wrong, in words a user can act on; must not contain key material
   */
  public KeyFormatException(String source, String problem) {
    this(source, problem, null);
  }

  /** As {@link #KeyFormatException(String, String)}, keeping the low-level cause for debugging. */
  public KeyFormatException(String source, String problem, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + ": " + Objects.requireNonNull(problem, "problem"),
        cause);
    this.source = source;
    this.problem = problem;
  }

  /** The file path or "inline key" the key came from. */
  public String getSource() {
    return source;
  }

  /** What is wrong, without the source. */
  public String getProblem() {
    return problem;
  }
}
