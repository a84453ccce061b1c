package dev.outboundkit.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;

/**
 * {@link Verifier} with an RSA public key: SHA256withRSA (RSASSA-PKCS1-v1_5).
 *
 * <p>Strict on the encoding, as a conformance mock should be: the sign must be standard Base64
 * with padding, no line breaks, exactly one RSA block long. Thread-safe: the only state is the
 * immutable key; each call gets its own {@link Signature}.
 */
public final class RSAVerifier implements Verifier {

  private final PublicKey publicKey;
  /** Length of a valid sign header, e.g. 344 for RSA 2048; lets bad input fail fast. */
  private final int signLength;

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
    int signatureBytes = (rsa.getModulus().bitLength() + 7) / 8;
    this.signLength = 4 * ((signatureBytes + 2) / 3);
  }

  @Override
  public boolean verify(String appId, String timestamp, String sign) {
    if (appId == null || timestamp == null || sign == null || sign.length() != signLength) {
      return false;
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(sign);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(RSASigner.ALGORITHM);
      verifier.initVerify(publicKey);
      verifier.update(Signer.stringToSign(appId, timestamp).getBytes(StandardCharsets.UTF_8));
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
