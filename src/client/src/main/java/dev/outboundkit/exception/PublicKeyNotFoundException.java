package dev.outboundkit.exception;

import dev.outboundkit.generated.model.ResultCode;

/** {@code 10002} 找不到对应的公钥,请先上传公钥: no public key is uploaded for the {@code appId}. */
public final class PublicKeyNotFoundException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.PUBLIC_KEY_NOT_FOUND.getValue();

  public PublicKeyNotFoundException(String vendorMessage, int httpStatus) {
    super(CODE, vendorMessage, httpStatus);
  }
}
