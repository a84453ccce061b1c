package dev.outboundkit.exception;

import dev.outboundkit.generated.model.ResultCode;

/** {@code 10001} 鉴权失败: a signing header is missing, the timestamp is off, or the signature does not verify. The {@code sign} command of the command line shows what was signed. */
public final class AuthenticationFailedException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.AUTHENTICATION_FAILED.getValue();

  public AuthenticationFailedException(String vendorMessage, int httpStatus) {
    super(CODE, vendorMessage, httpStatus);
  }
}
