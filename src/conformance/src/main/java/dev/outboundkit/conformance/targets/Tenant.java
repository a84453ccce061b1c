package dev.outboundkit.conformance.targets;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * A tenant of a target: its appId and the private key that signs its requests.
 *
 * @param appId the tenant's appId
 * @param privateKey its private key; never printed
 */
public record Tenant(String appId, PrivateKey privateKey) {
  public Tenant {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  /** @return the appId only: the key stays out of logs and reports */
  @Override
  public String toString() {
    return "tenant " + appId;
  }
}
