package dev.outboundkit.exception;

import java.util.Arrays;
import java.util.Objects;

import dev.outboundkit.generated.model.ResultCode;

/**
 * The vendor answered with a result code other than {@code 10000}. One subtype per documented
 * code; a code the spec does not know becomes {@link UnknownResultCodeException}, keeping the
 * code as sent.
 */
public abstract class ResultCodeException extends OutboundException {
  private final String code;
  private final String vendorMessage;

  protected ResultCodeException(String code, String vendorMessage, int httpStatus) {
    this(code, vendorMessage, httpStatus, "");
  }

  /**
   * @param localHints what the client knows locally about the failure, appended to the message;
   *     empty for none; must not contain a key or a signature
   */
  protected ResultCodeException(String code, String vendorMessage, int httpStatus, String localHints) {
    super("vendor answered " + code + " " + vendorMessage + " (HTTP " + httpStatus + ")"
        + (localHints.isEmpty() ? "" : "; " + localHints), httpStatus, null);
    this.code = Objects.requireNonNull(code, "code");
    this.vendorMessage = vendorMessage == null ? "" : vendorMessage;
  }

  /**
   * @param code the result code as the vendor sent it
   * @param vendorMessage the vendor's {@code message}
   * @param httpStatus the HTTP status of the answer
   * @return the exception for that code
   */
  public static ResultCodeException of(String code, String vendorMessage, int httpStatus) {
    Objects.requireNonNull(code, "code");
    ResultCode known = Arrays.stream(ResultCode.values())
        .filter(candidate -> candidate.getValue().equals(code))
        .findFirst()
        .orElse(null);
    if (known == null) {
      return new UnknownResultCodeException(code, vendorMessage, httpStatus);
    }
    // Exhaustive over the spec's codes: a code added to the spec fails compilation here.
    return switch (known) {
      case AUTHENTICATION_FAILED -> new AuthenticationFailedException(vendorMessage, httpStatus);
      case PUBLIC_KEY_NOT_FOUND -> new PublicKeyNotFoundException(vendorMessage, httpStatus);
      case REQUEST_FAILED -> new RequestFailedException(vendorMessage, httpStatus);
      case PARAMETER_ERROR -> new ParameterErrorException(vendorMessage, httpStatus);
      case SYSTEM_ERROR -> new SystemErrorException(vendorMessage, httpStatus);
      case SUCCESS -> throw new IllegalArgumentException(code + " is the success code, not a failure");
    };
  }

  /** @return the result code, e.g. {@code 10001} */
  public String code() {
    return code;
  }

  /** @return the vendor's {@code message}, e.g. {@code 鉴权失败} */
  public String vendorMessage() {
    return vendorMessage;
  }
}
