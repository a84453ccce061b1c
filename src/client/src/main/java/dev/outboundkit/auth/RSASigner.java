package dev.outboundkit.auth;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.Objects;

/**
 * {@link Signer} with an RSA private key: SHA256withRSA (RSASSA-PKCS1-v1_5).
 *
 * <p>Thread-safe: {@link Signature} objects are stateful, so each call gets its own.
 */
public final class RSASigner implements Signer {

  static final String ALGORITHM = "SHA256withRSA";

  private final PrivateKey privateKey;

  /**
   * @param privateKey an RSA private key, e.g. from {@link PrivateKeys#load(java.nio.file.Path)}
   * @throws IllegalArgumentException if the key is not an RSA key
   */
  public RSASigner(PrivateKey privateKey) {
    Objects.requireNonNull(privateKey, "privateKey");
    if (!"RSA".equals(privateKey.getAlgorithm())) {
      throw new IllegalArgumentException(
          "RSASigner needs an RSA private key, got " + privateKey.getAlgorithm());
    }
    this.privateKey = privateKey;
  }

  @Override
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(privateKey);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      // Only reachable with a broken JCA setup; the message is the provider's, never key bytes.
      throw new IllegalStateException("SHA256withRSA signing failed", e);
    }
  }

  /** Shows the algorithm and key size only, never the key. */
  @Override
  public String toString() {
    String size = privateKey instanceof RSAKey rsa
        ? rsa.getModulus().bitLength() + "-bit"
        : "unknown-size";
    return "RSASigner{" + ALGORITHM + ", RSA " + size + " private key}";
  }
}
