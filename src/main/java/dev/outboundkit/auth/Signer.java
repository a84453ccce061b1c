package dev.outboundkit.auth;

/**
 * Signs bytes with the tenant's private key. What is signed, and how the signature travels, is
 * {@link RequestSigning}'s business: a signer knows nothing of the vendor's protocol.
 */
public interface Signer {

  /**
   * @param message the bytes to sign
   * @return the signature (256 bytes for an RSA 2048-bit key)
   */
  byte[] sign(byte[] message);

  /**
   * The {@code sign} header of one request.
   *
   * @param appId the tenant's appId
   * @param timestampMillis epoch milliseconds, sent in decimal
   * @return {@link RequestSigning#sign(Signer, String, String)} for these two
   * @deprecated kept so that callers compile while they move to {@link RequestSigning}, which is
   *     where the string to sign is built; use {@code RequestSigning.sign(signer, appId, timestamp)}
   */
  @Deprecated
  default String sign(String appId, long timestampMillis) {
    if (timestampMillis < 0) {
      throw new IllegalArgumentException("timestampMillis must not be negative");
    }
    return RequestSigning.sign(this, appId, Long.toString(timestampMillis));
  }
}
