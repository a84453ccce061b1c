package dev.outboundkit.exception;

/**
 * No answer came in time. The vendor may still have applied the edit: read it back before
 * sending it again.
 */
public final class VendorTimeoutException extends OutboundException {
  public VendorTimeoutException(String message, Throwable cause) {
    super(message, NO_HTTP_STATUS, cause);
  }
}
