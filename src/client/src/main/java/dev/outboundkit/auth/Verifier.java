package dev.outboundkit.auth;

/**
 * Checks a signature with a tenant's public key, the server side of {@link Signer}. What is
 * signed is {@link RequestSigning}'s business.
 */
public interface Verifier {

  /**
   * @param message the bytes that were signed
   * @param signature the signature as received
   * @return true only if {@code signature} is a valid signature of {@code message}; false for
   *     anything else, including null or wrong-length input (never throws on request data)
   */
  boolean verify(byte[] message, byte[] signature);

  /**
   * @param appId the {@code appId} header as received
   * @param timestamp the {@code timestamp} header as received, exactly as sent (it is signed as
   *     text)
   * @param sign the {@code sign} header as received
   * @return {@link RequestSigning#verify(Verifier, String, String, String)}: true only if
   *     {@code sign} is a valid signature of the request; freshness of the timestamp is the
   *     caller's business
   */
  default boolean verify(String appId, String timestamp, String sign) {
    return RequestSigning.verify(this, appId, timestamp, sign);
  }
}
