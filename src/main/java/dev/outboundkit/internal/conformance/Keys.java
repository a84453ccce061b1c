package dev.outboundkit.internal.conformance;

import java.security.KeyPair;
import java.security.PrivateKey;

import dev.outboundkit.auth.RSAKeyPairs;

/** Key pairs made for a run. */
final class Keys {
  private static volatile KeyPair stranger;
  private static volatile KeyPair tenant;

  private Keys() {
  }

  static KeyPair newRsa2048() {
    return RSAKeyPairs.generate();
  }


  /**
   * @return the in-process mock's tenant key pair, made once per JVM: a run (and, under PIT,
   *     each scenario run on its own) starts a new mock with it
   */
  static KeyPair tenantPair() {
    KeyPair pair = tenant;
    if (pair == null) {
      synchronized (Keys.class) {
        if (tenant == null) {
          tenant = newRsa2048();
        }
        pair = tenant;
      }
    }
    return pair;
  }

  /** @return an RSA-2048 key no target knows, made once per JVM */
  static PrivateKey strangerKey() {
    KeyPair pair = stranger;
    if (pair == null) {
      synchronized (Keys.class) {
        if (stranger == null) {
          stranger = newRsa2048();
        }
        pair = stranger;
      }
    }
    return pair.getPrivate();
  }
}
