package dev.outboundkit.conformance.targets;

import java.security.KeyPair;
import java.security.PrivateKey;

import dev.outboundkit.auth.RSAKeyPairs;

/** Key pairs made for a run, each RSA-2048 and made once per JVM, on first use. */
public final class Keys {
  private static KeyPair stranger;
  private static KeyPair tenant;
  private static KeyPair secondTenant;

  private Keys() {
  }

  /**
   * @return the key pair of the tenant of each mock started in this JVM: a run (and, under PIT,
   *     each scenario run on its own) starts a new mock with it, and making one costs time
   */
  public static synchronized KeyPair tenantPair() {
    if (tenant == null) {
      tenant = RSAKeyPairs.generate();
    }
    return tenant;
  }

  /** @return the key pair of the second tenant of each mock started in this JVM */
  public static synchronized KeyPair secondTenantPair() {
    if (secondTenant == null) {
      secondTenant = RSAKeyPairs.generate();
    }
    return secondTenant;
  }

  /** @return a key no target knows */
  public static synchronized PrivateKey strangerKey() {
    if (stranger == null) {
      stranger = RSAKeyPairs.generate();
    }
    return stranger.getPrivate();
  }
}
