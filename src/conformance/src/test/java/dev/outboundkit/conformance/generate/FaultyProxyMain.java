package dev.outboundkit.conformance.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.conformance.targets.TargetFacts;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.mock.MockServer;

/**
 * Starts the mock behind {@link FaultyProxy} with one fault (or none) and writes a target
 * profile for it, so that the hand-written scenarios can be run against the same fault:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.outboundkit.conformance.generate.FaultyProxyMain FAULT|NONE target/faulty/profile.properties
 * mvn ... -Dit.test=ProfileConformanceIT -Dconformance.profile=target/faulty/profile.properties   (docs/conformance.md)
 * </pre>
 *
 * Runs until killed.
 */
public final class FaultyProxyMain {
  /** The tenant of the mock behind the proxy. */
  static final String APP_ID = "faulty-proxy";

  private FaultyProxyMain() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: FaultyProxyMain FAULT|NONE PROFILE_FILE; faults: " + EnumSet.allOf(FaultyProxy.Fault.class));
      System.exit(2);
    }
    Set<FaultyProxy.Fault> faults = args[0].equals("NONE") ? Set.of() : Set.of(FaultyProxy.Fault.valueOf(args[0]));
    Path profileFile = Path.of(args[1]).toAbsolutePath();
    KeyPair keys = RSAKeyPairs.generate();
    MockServer mock = MockServer.builder().tenant(APP_ID, keys.getPublic()).build().start();
    FaultyProxy proxy = new FaultyProxy(mock, faults);
    writeProfile(mock, proxy, keys, profileFile);
    System.out.println("faulty proxy " + faults + " at " + proxy.baseUrl() + " in front of the mock at " + mock.baseUrl()
        + "; profile " + profileFile);
    Thread.currentThread().join();
  }

  /** Writes a profile for the proxy, its tenant {@value #APP_ID} and the mock's fixtures, and its key beside it. */
  static void writeProfile(MockServer mock, FaultyProxy proxy, KeyPair keys, Path profileFile) throws IOException {
    Files.createDirectories(profileFile.getParent());
    Path keyFile = profileFile.resolveSibling("faulty-private-key.pem");
    Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
    TargetFacts facts = TargetFacts.of(mock.fixtures());
    new TargetProfile(proxy.baseUrl(), APP_ID, keyFile, facts.skillSetId(), facts.outboundNumberGroupId(),
        facts.taskId(TaskRole.NOT_STARTED), facts.taskId(TaskRole.NOT_STARTED_2), facts.taskId(TaskRole.IN_PROGRESS),
        facts.taskId(TaskRole.PAUSED), facts.taskId(TaskRole.COMPLETED), facts.taskId(TaskRole.MISSING)).write(profileFile);
  }
}
