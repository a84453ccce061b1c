package dev.outboundkit.mock;

/**
 * The mock cannot start as configured: a broken fixtures file, a task that breaks the spec, a
 * port already in use. The message is one line a user can act on, naming the file or the
 * setting; it never holds key material.
 */
public class MockSetupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MockSetupException(String message) {
    super(message);
  }

  public MockSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
