package dev.outboundkit.auth;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** New tenant key pairs of the size the vendor uses, for mocks and tests: RSA 2048-bit. */
public final class RSAKeyPairs {
  /** The vendor's key size: a 256-byte signature, the page's 344 Base64 characters. */
  public static final int BITS = 2048;

  private RSAKeyPairs() {
  }

  /** @return a fresh RSA-2048 key pair */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      // Every JDK has RSA; only a broken JCA set-up gets here.
      throw new IllegalStateException("cannot make an RSA-" + BITS + " key pair", e);
    }
  }
}
