package dev.outboundkit.conformance.targets;

import java.nio.file.Path;
import java.security.PrivateKey;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.conformance.profile.ProfileException;
import dev.outboundkit.conformance.profile.TargetProfile;

/**
 * Any server a target profile describes, as a {@link Target}: the mock started on its own, a
 * vendor sandbox. The two vendor operations are used, and the control API when the profile names
 * one; nothing of ours runs there, so it cannot be reset.
 */
public final class ProfileTarget {
  private ProfileTarget() {
  }

  /**
   * @throws ProfileException naming the file and the key at fault
   */
  public static Target load(Path file) {
    TargetProfile profile = TargetProfile.load(file);
    PrivateKey key = privateKey(file, TargetProfile.PRIVATE_KEY, profile.privateKey());
    Tenant second = profile.secondTenantAppId() == null ? null : new Tenant(profile.secondTenantAppId(),
        privateKey(file, TargetProfile.SECOND_TENANT_KEY, profile.secondTenantKey()));
    Wire wire = new Wire(profile.baseUrl(), profile.readTimeoutSeconds() == null ? Wire.DEFAULT_READ_TIMEOUT
        : java.time.Duration.ofSeconds(profile.readTimeoutSeconds()));
    return new Target("profile " + file + " -> " + profile.baseUrl() + " (appId " + profile.appId() + ")", wire,
        profile.appId(), key, TargetFacts.of(profile),
        profile.controlApi() == null ? null : new ControlApiInspector(profile.controlApi(), profile.appId(), wire),
        second, null, () -> { });
  }

  private static PrivateKey privateKey(Path file, String name, Path keyFile) {
    try {
      return PrivateKeys.load(keyFile);
    } catch (RuntimeException e) {
      throw new ProfileException("profile " + file + ": key " + name
          + " names a file that is not a usable RSA private key: " + e.getMessage(), e);
    }
  }
}
