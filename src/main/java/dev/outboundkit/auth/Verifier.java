package dev.outboundkit.auth;

/**
 * Checks the {@code sign} header of an incoming request, the server side of {@link Signer}.
 */
public interface Verifier {

  /**
   * @param appId the {@code appId} header as received
   * @param timestamp the {@code timestamp} header as received, exactly as sent (it is signed as
   *     text)
   * @param sign the {@code sign} header as received
   * @return true only if {@code sign} is a valid signature of {@code appId + timestamp}; false for
   *     anything else, including null, non-Base64 or wrong-length input (never throws on request
   *     data). Freshness of the timestamp is the caller's business.
   */
  boolean verify(String appId, String timestamp, String sign);
}
