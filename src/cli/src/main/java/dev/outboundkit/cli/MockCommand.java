package dev.outboundkit.cli;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.exception.KeyFormatException;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.MockSetupException;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.profile.TargetProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code outboundkit mock}: runs the mock of the vendor endpoint until killed (Ctrl-C, SIGTERM).
 */
@Command(name = "mock",
    mixinStandardHelpOptions = true,
    description = {
        "Run a stateful mock of the vendor endpoint (edit + getPhoneGroups) that checks signatures.",
        "Runs until killed (Ctrl-C or SIGTERM). Without --tenant it makes a demo tenant with a fresh"
            + " RSA-2048 key pair and writes its private key (PKCS#8 PEM) beside the profile,"
            + " or to a temporary folder.",
        "Exit status: 0 stopped; 2 a bad option or readings file; 1 it could not start (a key, fixtures or spec it"
            + " cannot use, a port in use). Either error is one line on stderr."})
public final class MockCommand implements Callable<Integer> {

  /** The start of the line that says where the mock listens. */
  public static final String LISTENING = "outboundkit mock listening on ";

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (printed). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--tenant", paramLabel = "APPID=PUBLIC_KEY_FILE",
      description = "A tenant: its appId and its RSA public key (PEM or bare Base64 SPKI). Repeatable.")
  Map<String, Path> tenants = new LinkedHashMap<>();

  @Option(names = "--profile-key", paramLabel = "FILE",
      description = "With --tenant and --write-profile: the private key of the first --tenant, named in the"
          + " profile. Given twice, the second is the second --tenant's, named as the profile's second tenant"
          + " (rule TEN-APART).")
  List<Path> profileKeys = new ArrayList<>();

  @Option(names = "--fixtures", paramLabel = "FILE",
      description = "JSON file of tasks, skill sets and number groups (see docs/mock.md)."
          + " Default: the built-in set.")
  Path fixturesFile;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "OpenAPI file to take the limits from. Default: the spec inside the jar.")
  Path specFile;

  @Option(names = "--write-profile", paramLabel = "FILE",
      description = "Write a conformance target profile for this mock (Java properties).")
  Path profileFile;

  @Option(names = "--readings", paramLabel = "FILE",
      description = "A readings file (as 'conformance --write-readings' writes it for a target): the mock reads"
          + " each silence of the page the way that target does, keeping its default where the file says"
          + " unknown. The options below that set single readings apply over it.")
  Path readingsFile;

  @Option(names = "--reading", paramLabel = "SILENCE=READING",
      description = "One reading, e.g. content-type.other=accepted (docs/conformance-rules.md lists the"
          + " silences). Repeatable.")
  Map<String, String> reading = new LinkedHashMap<>();

  @Option(names = "--timestamp-window-seconds", paramLabel = "N",
      description = "A shorthand for the timestamp-window reading: how far a timestamp may be from the mock's"
          + " clock, either side. Default: 300.")
  Long windowSeconds;

  @Option(names = "--refusal-code", paramLabel = "SITUATION=CODE",
      description = "A shorthand for refusal-code.* readings: SITUATION is missing-task, completed-task,"
          + " duplicate-name or unknown-reference; CODE a refusal code (default 20001). Repeatable.")
  Map<String, String> refusalCodes = new LinkedHashMap<>();

  @Option(names = "--failure-data", paramLabel = "WHAT",
      description = "A shorthand for both refusal-data.* readings: default (false for an edit, null for a"
          + " read-back), null, false, absent or empty-array.")
  String failureData;

  @Option(names = "--control-api",
      description = "Answer the control API under /__control/ (reset, seed, read a task);"
          + " --write-profile names it, so that the conformance suite sees whole tasks.")
  boolean controlApi;

  @Option(names = "--threads", paramLabel = "N",
      description = "Handler threads. Default: twice the processors, at least 4.")
  Integer threads;

  @Option(names = "--header-timeout-ms", paramLabel = "MS", defaultValue = "5000",
      description = "How long a client may take to send a request line and headers: a started"
          + " request is answered 408 one to two of these after its first byte. Default: ${DEFAULT-VALUE}.")
  long headerTimeoutMillis;

  @Option(names = "--body-timeout-ms", paramLabel = "MS", defaultValue = "5000",
      description = "How long a client may take to send a body, after its headers; past it, 408."
          + " Default: ${DEFAULT-VALUE}.")
  long bodyTimeoutMillis;

  @Option(names = "--idle-timeout-ms", paramLabel = "MS", defaultValue = "30000",
      description = "How long a connection may stay without a byte either way. Default: ${DEFAULT-VALUE}.")
  long idleTimeoutMillis;

  @Option(names = "--max-connections", paramLabel = "N", defaultValue = "1024",
      description = "The most connections open at once; more wait to be accepted. Default: ${DEFAULT-VALUE}.")
  int maxConnections;

  @Option(names = "--allow-missing-content-type",
      description = "A shorthand for content-type.missing=accepted: accept an edit without a Content-Type"
          + " header (for clients that send none).")
  boolean allowMissingContentType;

  @Option(names = "--verified-sign-cache", paramLabel = "N", defaultValue = "4096",
      description = "Verified (appId, timestamp, sign) triples remembered per tenant, so that a"
          + " reused sign is not verified again; 0 verifies every request. Default: ${DEFAULT-VALUE}.")
  int verifiedSignCache;

  @Option(names = "--journal-size", paramLabel = "N", defaultValue = "" + MockServer.DEFAULT_JOURNAL_SIZE,
      description = "Requests the journal keeps (GET /__control/requests), the oldest dropped first;"
          + " 0 keeps none. Default: ${DEFAULT-VALUE}.")
  int journalSize;

  @Option(names = "--jdk-crypto",
      description = "Verify signatures with the JDK's provider even when Amazon Corretto Crypto"
          + " Provider is on the class path.")
  boolean jdkCrypto;

  private final Clock clock;
  private final CountDownLatch stop;
  private final Consumer<MockServer> onStarted;

  /** Used by picocli: the system clock, runs until the process is stopped. */
  public MockCommand() {
    this(Clock.systemUTC(), new CountDownLatch(1), server -> { });
  }

  /**
   * For tests.
   *
   * @param clock the mock's clock
   * @param stop counted down to stop the mock and return
   * @param onStarted called with the running mock
   */
  public MockCommand(Clock clock, CountDownLatch stop, Consumer<MockServer> onStarted) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.onStarted = Objects.requireNonNull(onStarted, "onStarted");
  }

  /** How long after the start the native provider is loaded (see {@link NativeCrypto}). */
  static final Duration NATIVE_CRYPTO_DELAY = Duration.ofSeconds(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    // Each option's range is checked once, by the builder; its refusal is said with the option.
    MockServer.Builder builder = MockServer.builder();
    set("--port", () -> builder.port(port));
    if (threads != null) {
      set("--threads", () -> builder.threads(threads));
    }
    set("--header-timeout-ms", () -> builder.headerTimeout(Duration.ofMillis(headerTimeoutMillis)));
    set("--body-timeout-ms", () -> builder.bodyTimeout(Duration.ofMillis(bodyTimeoutMillis)));
    set("--idle-timeout-ms", () -> builder.idleTimeout(Duration.ofMillis(idleTimeoutMillis)));
    set("--max-connections", () -> builder.maxConnections(maxConnections));
    set("--verified-sign-cache", () -> builder.verifiedSignCache(verifiedSignCache));
    set("--journal-size", () -> builder.journalSize(journalSize));
    if (!tenants.isEmpty() && profileFile != null && profileKeys.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--write-profile with --tenant needs"
          + " --profile-key FILE, the private key of the first --tenant (or drop --tenant to get a"
          + " demo tenant)");
    }
    // a key for each of the first two --tenant (one, as ever, is taken without --tenant and ignored)
    int keysTaken = tenants.isEmpty() ? 1 : Math.min(2, tenants.size());
    if (profileKeys.size() > keysTaken) {
      throw new ParameterException(spec.commandLine(), "--profile-key: " + profileKeys.size() + " given; one per"
          + " --tenant, for the first two (" + tenants.size() + " --tenant given)");
    }
    builder.host(address());
    Readings readings = readings();
    builder.readings(readings);
    builder.clock(clock).controlApi(controlApi);
    if (specFile != null) {
      try {
        builder.spec(specFile);
      } catch (IllegalArgumentException e) {
        throw new MockSetupException("--spec: " + e.getMessage(), e);
      }
    }
    if (fixturesFile != null) {
      builder.fixtures(fixturesFile);
    }
    // The tenants a profile names: the first, and a second one for rule TEN-APART when there is one.
    List<String> profileAppIds = new ArrayList<>();
    List<Path> profilePrivateKeys = new ArrayList<>();
    List<DemoTenant> demos = new ArrayList<>();
    if (tenants.isEmpty()) {
      demos.add(DemoTenant.create(profileFile, "private-key"));
      if (profileFile != null) {
        demos.add(DemoTenant.create(profileFile, "second-tenant-private-key"));
      }
      for (DemoTenant demo : demos) {
        builder.tenant(demo.appId, demo.keys.getPublic());
        profileAppIds.add(demo.appId);
        profilePrivateKeys.add(demo.privateKeyFile);
      }
    } else {
      Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
      tenants.forEach((appId, file) -> publicKeys.put(appId, publicKey(appId, file)));
      publicKeys.forEach(builder::tenant);
      List<String> appIds = List.copyOf(tenants.keySet());
      for (int i = 0; i < profileKeys.size(); i++) {
        String appId = appIds.get(i);
        checkProfileKey(profileKeys.get(i), appId, tenants.get(appId), publicKeys.get(appId));
        profileAppIds.add(appId);
        profilePrivateKeys.add(profileKeys.get(i));
      }
    }
    MockServer server;
    try {
      server = builder.build();
    } catch (IllegalArgumentException e) {
      throw new MockSetupException((fixturesFile != null ? "fixtures " + fixturesFile : "the built-in fixtures")
          + ": " + e.getMessage(), e);
    }
    Fixtures fixtures = server.fixtures();
    Map<TaskRole, Long> profileTasks = profileFile == null ? null : profileTasks(fixtures);
    server.start();
    for (DemoTenant demo : demos) {
      try {
        demo.writePrivateKey();
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    }
    // Loading the native provider takes a few hundred ms of CPU: done after the start, so that it
    // does not compete with it (nor runs for a mock that never started); until it is installed,
    // the JDK checks signatures (same answers).
    CompletableFuture<String> crypto = jdkCrypto ? CompletableFuture.completedFuture("JDK (--jdk-crypto)")
        : CompletableFuture.supplyAsync(NativeCrypto::install,
            CompletableFuture.delayedExecutor(NATIVE_CRYPTO_DELAY.toMillis(), TimeUnit.MILLISECONDS));
    Thread hook = new Thread(() -> {
      server.close();
      out.println("outboundkit mock stopped");
      out.flush();
    }, "outboundkit-mock-shutdown");
    try {
      out.println(LISTENING + server.baseUrl());
      if (!readings.changed().isEmpty()) {
        out.println("readings where the page is silent: " + readings);
      }
      for (int i = 0; i < demos.size(); i++) {
        out.println((i == 0 ? "demo tenant: appId=" : "second demo tenant: appId=") + demos.get(i).appId
            + ", private key " + demos.get(i).privateKeyFile);
      }
      if (profileFile != null) {
        boolean second = profileAppIds.size() > 1;
        new TargetProfile(server.baseUrl(), profileAppIds.get(0), profilePrivateKeys.get(0),
            fixtures.skillSetIds().get(0), fixtures.outboundNumberGroupIds().get(0),
            profileTasks.get(TaskRole.NOT_STARTED), profileTasks.get(TaskRole.NOT_STARTED_2),
            profileTasks.get(TaskRole.IN_PROGRESS), profileTasks.get(TaskRole.PAUSED),
            profileTasks.get(TaskRole.COMPLETED), profileTasks.get(TaskRole.MISSING),
            controlApi ? server.baseUrl() + MockServer.CONTROL_PREFIX : null, null,
            second ? profileAppIds.get(1) : null, second ? profilePrivateKeys.get(1) : null)
            .write(profileFile);
        out.println("profile written to " + profileFile);
      }
      out.flush();
      crypto.thenAccept(provider -> {
        out.println("signature checks: " + provider);
        out.flush();
      });
      Runtime.getRuntime().addShutdownHook(hook);
      onStarted.accept(server);
      stop.await();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
        // the hook runs or never was added
      }
    }
    return 0;
  }

  /**
   * @return the readings: the --readings file, then each --reading, then the shorthands
   * @throws ParameterException naming the option (and for the file, its line) and what is wrong
   */
  private Readings readings() {
    Readings readings;
    try { // the messages name the file and line, or the option and the word at fault
      readings = readingsFile == null ? Readings.defaults() : Readings.load(readingsFile);
      readings = readings.with(reading, "--reading").withShorthands(refusalCodes, failureData, "--refusal-code");
      if (allowMissingContentType) {
        readings = readings.with(Readings.Silence.CONTENT_TYPE_MISSING, Readings.ACCEPTED);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), (readingsFile != null && e.getMessage().startsWith("readings ")
          ? "--readings: " : "") + e.getMessage());
    }
    if (windowSeconds != null) {
      try {
        readings = readings.timestampWindow(Duration.ofSeconds(windowSeconds));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--timestamp-window-seconds: " + e.getMessage());
      }
    }
    return readings;
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--host: unknown address '" + host + "'");
    }
  }

  private static PublicKey publicKey(String appId, Path file) {
    if (appId.isBlank()) {
      throw new MockSetupException("--tenant " + appId + "=" + file + ": the appId must not be blank");
    }
    try {
      return PublicKeys.load(file);
    } catch (KeyFormatException e) {
      throw new MockSetupException("--tenant " + appId + ": " + e.getMessage(), e);
    }
  }

  private static void checkProfileKey(Path profileKey, String appId, Path publicKeyFile, PublicKey publicKey) {
    RSAPrivateKey key;
    try {
      key = PrivateKeys.load(profileKey);
    } catch (KeyFormatException e) {
      throw new MockSetupException("--profile-key: " + e.getMessage(), e);
    }
    String sign = RequestSigning.sign(new RSASigner(key), appId, "1");
    if (!new RSAVerifier(publicKey).verify(appId, "1", sign)) {
      throw new MockSetupException("--profile-key " + profileKey + " is not the private key of"
          + " --tenant " + appId + "=" + publicKeyFile);
    }
  }

  /**
   * @param option the option the value was given with
   * @param setter sets the value on the builder, which refuses one out of its range
   * @throws ParameterException naming the option, with the builder's reason
   */
  private void set(String option, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** @return the ids a profile names: the tasks the conformance suite plays each role with */
  private static Map<TaskRole, Long> profileTasks(Fixtures fixtures) {
    try {
      return TaskRole.taskIds(fixtures);
    } catch (IllegalStateException e) { // what the fixtures lack for a role
      throw new MockSetupException("--write-profile: " + e.getMessage(), e);
    }
  }

  /** A tenant made for this run: a fresh key pair, the private key written as PKCS#8 PEM. */
  private record DemoTenant(String appId, KeyPair keys, Path privateKeyFile, boolean temporary) {

    /**
     * Makes the key pair and chooses the file; nothing is written yet.
     *
     * @param keyName the key file's name beside the profile, after the profile's name
     */
    static DemoTenant create(Path profileFile, String keyName) {
      SecureRandom random = new SecureRandom();
      byte[] id = new byte[8];
      random.nextBytes(id);
      String appId = "demo-" + HexFormat.of().formatHex(id);
      KeyPair pair = RSAKeyPairs.generate();
      if (profileFile != null) {
        Path folder = profileFile.toAbsolutePath().getParent();
        String name = profileFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new DemoTenant(appId, pair, folder.resolve(name + "-" + keyName + ".pem"), false);
      }
      try {
        Path folder = Files.createTempDirectory("outboundkit-mock-");
        folder.toFile().deleteOnExit();
        return new DemoTenant(appId, pair, folder.resolve(appId + "-private-key.pem"), true);
      } catch (IOException e) {
        throw new MockSetupException("cannot make a temporary folder for the demo tenant's private key: "
            + e.getMessage(), e);
      }
    }

    /** Writes the private key, owner-only where the file system has POSIX permissions. */
    void writePrivateKey() {
      String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(keys.getPrivate().getEncoded());
      String pem = "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
      try {
        Files.createDirectories(privateKeyFile.getParent());
        Files.deleteIfExists(privateKeyFile);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(privateKeyFile,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(privateKeyFile, pem, StandardCharsets.US_ASCII);
        if (temporary) {
          privateKeyFile.toFile().deleteOnExit();
        }
      } catch (IOException e) {
        throw new MockSetupException("cannot write the demo tenant's private key to " + privateKeyFile
            + ": " + e.getClass().getSimpleName(), e);
      }
    }
  }
}
