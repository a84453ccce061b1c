package dev.outboundkit.exception;

import dev.outboundkit.generated.model.ResultCode;

/** {@code 29008} 系统异常: the vendor failed; the edit may or may not have been applied. */
public final class SystemErrorException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.SYSTEM_ERROR.getValue();

  public SystemErrorException(String vendorMessage, int httpStatus) {
    super(CODE, vendorMessage, httpStatus);
  }
}
