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
}
