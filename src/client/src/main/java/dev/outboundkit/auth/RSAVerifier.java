package dev.outboundkit.auth;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * {@link Verifier} with an RSA public key: SHA256withRSA (RSASSA-PKCS1-v1_5).
 *
 * <p>Strict, as a conformance mock should be: a signature must be exactly one RSA block long
 * ({@link RequestSigning} refuses a sign that is not padded standard Base64). Thread-safe: the
 * only state is the immutable key; each call gets its own {@link Signature}.
 */
public final class RSAVerifier implements Verifier {

  private final PublicKey publicKey;
  /** Length of a valid signature, e.g. 256 bytes for RSA 2048; lets bad input fail fast. */
  private final int signatureBytes;

  /**
   * @param publicKey an RSA public key, e.g. from {@link PublicKeys#load(java.nio.file.Path)}
   * @throws IllegalArgumentException if the key is not an RSA key
   */
  public RSAVerifier(PublicKey publicKey) {
    Objects.requireNonNull(publicKey, "publicKey");
    if (!(publicKey instanceof RSAPublicKey rsa)) {
      throw new IllegalArgumentException(
          "RSAVerifier needs an RSA public key, got " + publicKey.getAlgorithm());
    }
    this.publicKey = publicKey;
    this.signatureBytes = (rsa.getModulus().bitLength() + 7) / 8;
  }

  @Override
  public boolean verify(byte[] message, byte[] signature) {
    if (message == null || signature == null || signature.length != signatureBytes) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(RSASigner.ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException malformedSignature) {
      // e.g. a signature value out of range for the modulus: not a valid sign, not our error.
      return false;
    }
  }

  @Override
  public String toString() {
    return "RSAVerifier{" + RSASigner.ALGORITHM + ", RSA "
        + ((RSAPublicKey) publicKey).getModulus().bitLength() + "-bit public key}";
  }
}
