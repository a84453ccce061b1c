package dev.outboundkit.exception;

import dev.outboundkit.generated.model.ResultCode;

/** {@code 20001} 请求失败: refused, e.g. an unknown or completed task, a task name another task has, an unknown skill set or number group. */
public final class RequestFailedException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.REQUEST_FAILED.getValue();

  public RequestFailedException(String vendorMessage, int httpStatus) {
    super(CODE, vendorMessage, httpStatus);
  }
}
