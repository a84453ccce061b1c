package dev.outboundkit.exception;

/** A result code the spec does not list: kept as sent, so that nothing is lost. */
public final class UnknownResultCodeException extends ResultCodeException {
  public UnknownResultCodeException(String code, String vendorMessage, int httpStatus) {
    super(code, vendorMessage, httpStatus);
  }
}
