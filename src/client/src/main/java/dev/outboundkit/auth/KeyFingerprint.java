package dev.outboundkit.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The fingerprint of a public key: the first 16 hex digits of the SHA-256 of its DER
 * SubjectPublicKeyInfo, what {@code openssl pkey -pubin -in public.pem -outform DER | openssl
 * dgst -sha256} prints for the uploaded key. It names a key without showing it: the client's
 * {@code 10001} hint names the signing key's, and the mock's signature doctor the tenants' keys,
 * so that a user can tell which key signed and which one was expected.
 */
public final class KeyFingerprint {
  /** 64 bits: enough to tell two keys apart by eye, short enough to read. */
  public static final int HEX_DIGITS = 16;

  private KeyFingerprint() {
  }

  /**
   * @param key a public key (its {@link PublicKey#getEncoded()} is the DER SubjectPublicKeyInfo)
   * @return its fingerprint, 16 lower-case hex digits
   * @throws IllegalArgumentException when the key has no encoded form
   */
  public static String of(PublicKey key) {
    byte[] der = Objects.requireNonNull(key, "key").getEncoded();
    if (der == null) {
      throw new IllegalArgumentException("the public key has no encoded form to fingerprint");
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e); // every JDK has it
    }
  }

  /**
   * @param key a private key
   * @return the fingerprint of the public key that matches it; empty when the key does not carry
   *     its public exponent (only an RSA CRT key does, which is what every PEM or PKCS#8 file holds)
   */
  public static Optional<String> of(PrivateKey key) {
    if (!(Objects.requireNonNull(key, "key") instanceof RSAPrivateCrtKey crt)) {
      return Optional.empty();
    }
    try {
      return Optional.of(of(KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()))));
    } catch (GeneralSecurityException e) {
      // Every JDK has RSA; a hint is not worth failing the caller over.
      return Optional.empty();
    }
  }
}
