package dev.outboundkit.client;

import java.util.Objects;

/**
 * A successful answer ({@code 10000}) of the vendor.
 *
 * @param code the result code, {@code 10000}
 * @param message the vendor's message, e.g. 请求成功
 * @param data the answer's {@code data}
 * @param httpStatus the HTTP status, 200 from the vendor
 * @param <T> the type of {@code data}
 */
public record ApiResult<T>(String code, String message, T data, int httpStatus) {
  public ApiResult {
    Objects.requireNonNull(code, "code");
  }
}
