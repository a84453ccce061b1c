package dev.outboundkit.auth;

import java.util.Objects;

/**
 * Computes the {@code sign} header of a vendor API request.
 *
 * <p>The rule: {@code sign = Base64(SHA256withRSA(privateKey, UTF-8(appId + timestamp)))}, with the
 * standard, padded Base64 alphabet. The request body, URL and method are <em>not</em> signed, so
 * the same three headers are valid for any request sent with that timestamp.
 */
public interface Signer {

  /**
   * Signs one request.
   *
   * @param appId the tenant's appId, sent as the {@code appId} header
   * @param timestampMillis epoch milliseconds, sent as the {@code timestamp} header in decimal
   * @return the {@code sign} header value (344 characters for an RSA 2048-bit key)
   */
  String sign(String appId, long timestampMillis);

  /**
   * The text that is signed: {@code appId} immediately followed by {@code timestamp}, nothing in
   * between (e.g. {@code "99845aaaaebd4d61acccc9b776208f12" + "1586314097995"}). It is encoded as
   * UTF-8 before signing.
   */
  static String stringToSign(String appId, String timestamp) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(timestamp, "timestamp");
    return appId + timestamp;
  }
}
