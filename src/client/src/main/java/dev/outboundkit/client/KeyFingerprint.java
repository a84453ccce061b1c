package dev.outboundkit.client;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The fingerprint of the public key that matches a private key: the first 16 hex digits of the
 * SHA-256 of its DER SubjectPublicKeyInfo, what
 * {@code openssl pkey -pubin -in public.pem -outform DER | openssl dgst -sha256} prints for the
 * uploaded key. Shown on a {@code 10001}, so that a user can tell whether the client signs with
 * the key whose public half the vendor holds, without the key itself ever being shown.
 */
final class KeyFingerprint {
  /** 64 bits: enough to tell two keys apart by eye, short enough to read. */
  private static final int HEX_DIGITS = 16;

  private KeyFingerprint() {
  }

  /**
   * @param key a private key
   * @return its public key's fingerprint; empty when the key does not carry its public exponent
   *     (only an RSA CRT key does, which is what every PEM or PKCS#8 file holds)
   */
  static Optional<String> of(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      return Optional.empty();
    }
    try {
      byte[] publicKey = KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()))
          .getEncoded();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
      return Optional.of(HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS));
    } catch (GeneralSecurityException e) {
      // Every JDK has RSA and SHA-256; a hint is not worth failing the client over.
      return Optional.empty();
    }
  }
}
