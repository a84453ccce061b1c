package dev.outboundkit.conformance.profile;

/**
 * A target profile cannot be read or written. The message names the file and, when one is at
 * fault, the key; it never holds key material.
 */
public class ProfileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProfileException(String message) {
    super(message);
  }

  public ProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
