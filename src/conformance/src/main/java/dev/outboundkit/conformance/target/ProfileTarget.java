package dev.outboundkit.conformance.target;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Optional;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.conformance.profile.ProfileException;
import dev.outboundkit.conformance.profile.TargetProfile;

/**
 * Any server described by a target profile: the mock started on its own, a vendor sandbox.
 * The two vendor operations are used, and the control API when the profile names one.
 */
public final class ProfileTarget implements Target {
  private final Path file;
  private final TargetProfile profile;
  private final PrivateKey privateKey;
  private final TargetFacts facts;
  private final Wire wire;
  private final Optional<TaskInspector> inspector;

  private ProfileTarget(Path file, TargetProfile profile, PrivateKey privateKey) {
    this.file = file;
    this.profile = profile;
    this.privateKey = privateKey;
    this.facts = TargetFacts.of(profile);
    this.wire = new Wire(profile.baseUrl());
    this.inspector = Optional.ofNullable(profile.controlApi()).map(controlApi -> new ControlApiInspector(controlApi, wire));
  }

  /**
   * @throws ProfileException naming the file and the key at fault
   */
  public static ProfileTarget load(Path file) {
    TargetProfile profile = TargetProfile.load(file);
    PrivateKey key;
    try {
      key = PrivateKeys.load(profile.privateKey());
    } catch (RuntimeException e) {
      throw new ProfileException("profile " + file + ": key " + TargetProfile.PRIVATE_KEY
          + " names a file that is not a usable RSA private key: " + e.getMessage(), e);
    }
    return new ProfileTarget(file, profile, key);
  }

  @Override
  public String description() {
    return "profile " + file + " -> " + profile.baseUrl() + " (appId " + profile.appId() + ")";
  }

  @Override
  public String baseUrl() {
    return wire.baseUrl();
  }

  @Override
  public String appId() {
    return profile.appId();
  }

  @Override
  public PrivateKey privateKey() {
    return privateKey;
  }

  @Override
  public TargetFacts facts() {
    return facts;
  }

  @Override
  public Wire wire() {
    return wire;
  }

  @Override
  public Optional<TaskInspector> inspector() {
    return inspector;
  }

  @Override
  public void close() {
    wire.close(); // nothing else of ours runs there
  }
}
