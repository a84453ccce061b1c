package dev.outboundkit.exception;

import dev.outboundkit.generated.model.ResultCode;

/** {@code 29002} 参数错误: a field is missing, mistyped, malformed or out of range. */
public final class ParameterErrorException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.PARAMETER_ERROR.getValue();

  public ParameterErrorException(String vendorMessage, int httpStatus) {
    super(CODE, vendorMessage, httpStatus);
  }
}
