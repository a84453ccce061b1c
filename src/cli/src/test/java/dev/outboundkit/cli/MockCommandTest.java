package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.testing.TestKeys;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.MockFixture;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code outboundkit mock}, run in-process through {@link Main}'s command tree. */
class MockCommandTest {

  @TempDir
  Path dir;

  /** A mock started from the command line, stopped by {@link #close()}. */
  private static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CountDownLatch stop = new CountDownLatch(1);
    final CompletableFuture<MockServer> started = new CompletableFuture<>();
    final CompletableFuture<Integer> exit = new CompletableFuture<>();

    Running(String... args) {
      CommandLine.IFactory factory = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
          if (type == MockCommand.class) {
            return type.cast(new MockCommand(Clock.systemUTC(), stop, started::complete));
          }
          return CommandLine.defaultFactory().create(type);
        }
      };
      CommandLine commandLine = CliErrors.install(new CommandLine(new Main(), factory));
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      Thread thread = new Thread(() -> exit.complete(commandLine.execute(args)), "mock-command");
      thread.setDaemon(true);
      thread.start();
      exit.thenRun(() -> started.complete(null));
    }

    /** @return the running mock, or null when the command ended first */
    MockServer server() throws Exception {
      return started.get(20, TimeUnit.SECONDS);
    }

    int exitCode() throws Exception {
      return exit.get(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
      stop.countDown();
      exit.get(20, TimeUnit.SECONDS);
    }
  }

  /** Runs a command that must fail, and checks it says so in one line, with no stack trace. */
  private static String failsWithOneLine(String... args) throws Exception {
    try (Running running = new Running(args)) {
      assertThat(running.server()).as("the mock must not start").isNull();
      assertThat(running.exitCode()).isNotZero();
      String err = running.err.toString();
      assertThat(err.lines().toList()).as(err).hasSize(1);
      assertThat(err).startsWith("outboundkit mock: error: ").doesNotContain("\tat ").doesNotContain("Exception");
      return err.strip();
    }
  }

  private static MockFixture.Reply editSigned(String baseUrl, String appId, String timestamp, String sign,
      JsonObject body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + MockServer.EDIT_PATH))
        .header("Content-Type", "application/json")
        .header("appId", appId).header("timestamp", timestamp).header("sign", sign)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    return MockFixture.send(request);
  }

  private static MockFixture.Reply readSigned(String baseUrl, String appId, String timestamp, String sign,
      long taskId) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + MockServer.PHONE_GROUPS_PATH + "?taskId=" + taskId))
        .header("appId", appId).header("timestamp", timestamp).header("sign", sign).GET().build();
    return MockFixture.send(request);
  }

  @Test
  void writeProfileWritesAProfileWhoseKeySignsRequestsThatGet10000() throws Exception {
    Path profileFile = dir.resolve("mock.properties");
    try (Running running = new Running("mock", "--port", "0", "--write-profile", profileFile.toString())) {
      MockServer server = running.server();
      assertThat(server).isNotNull();

      TargetProfile profile = TargetProfile.load(profileFile);
      assertThat(profile.baseUrl()).isEqualTo(server.baseUrl());
      assertThat(profile.privateKey()).isEqualTo(dir.resolve("mock-private-key.pem"));
      long now = System.currentTimeMillis();
      String sign = RequestSigning.sign(new RSASigner(PrivateKeys.load(profile.privateKey())), profile.appId(), Long.toString(now));
      String ts = Long.toString(now);

      assertThat(editSigned(profile.baseUrl(), profile.appId(), ts, sign,
          MockFixture.inProgressBody(profile.taskInProgress())).code()).isEqualTo("10000");
      assertThat(editSigned(profile.baseUrl(), profile.appId(), ts, sign,
          MockFixture.inProgressBody(profile.taskCompleted())).code()).isEqualTo("20001");
      assertThat(readSigned(profile.baseUrl(), profile.appId(), ts, sign, profile.taskNotStarted()).code())
          .isEqualTo("10000");
      assertThat(readSigned(profile.baseUrl(), profile.appId(), ts, sign, profile.taskMissing()).code())
          .isEqualTo("20001");
      assertThat(server.task(profile.taskNotStarted2()).status()).isEqualTo(TaskStatus.NOT_STARTED);
      assertThat(server.task(profile.taskPaused()).status()).isEqualTo(TaskStatus.PAUSED);
      assertThat(server.fixtures().skillSetIds()).contains(profile.skillSetId());
      assertThat(server.fixtures().outboundNumberGroupIds()).contains(profile.outboundNumberGroupId());
      assertThat(running.out.toString()).contains(MockCommand.LISTENING + server.baseUrl());
    }
  }

  @Test
  void aRequestSignedByOpensslWithTheWrittenKeyGets10000() throws Exception {
    Assumptions.assumeTrue(opensslAvailable(), "openssl is not installed");
    Path profileFile = dir.resolve("openssl.properties");
    try (Running running = new Running("mock", "--port", "0", "--write-profile", profileFile.toString())) {
      assertThat(running.server()).isNotNull();
      TargetProfile profile = TargetProfile.load(profileFile);
      String ts = Long.toString(System.currentTimeMillis());

      Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-sign", profile.privateKey().toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (OutputStream stdin = openssl.getOutputStream()) {
        stdin.write((profile.appId() + ts).getBytes(StandardCharsets.UTF_8));
      }
      byte[] signature;
      try (InputStream stdout = openssl.getInputStream()) {
        signature = stdout.readAllBytes();
      }
      assertThat(openssl.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(openssl.exitValue()).isZero();
      String sign = Base64.getEncoder().encodeToString(signature);

      assertThat(editSigned(profile.baseUrl(), profile.appId(), ts, sign,
          MockFixture.inProgressBody(profile.taskInProgress())).code()).isEqualTo("10000");
    }
  }

  private static boolean opensslAvailable() {
    try {
      Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void withoutAProfileTheDemoKeyGoesToATemporaryFolderAndIsPrinted() throws Exception {
    try (Running running = new Running("mock", "--port", "0")) {
      MockServer server = running.server();
      String out = running.out.toString();
      assertThat(out.lines().findFirst()).hasValue(MockCommand.LISTENING + server.baseUrl());
      String keyPath = out.lines().filter(line -> line.startsWith("demo tenant: ")).findFirst().orElseThrow()
          .replaceFirst(".*private key ", "");
      assertThat(Path.of(keyPath)).exists();
      assertThat(Files.readString(Path.of(keyPath))).startsWith("-----BEGIN PRIVATE KEY-----");
      assertThat(server.appIds()).singleElement().asString().startsWith("demo-");
    }
  }

  @Test
  void aTenantFlagMakesThatTenantKnown() throws Exception {
    try (Running running = new Running("mock", "--port", "0",
        "--tenant", "tenant-a=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--tenant", "tenant-b=" + TestKeys.path(TestKeys.PUBLIC_BASE64))) {
      MockServer server = running.server();
      long now = System.currentTimeMillis();
      RSASigner signer = new RSASigner(MockFixture.PRIVATE_KEY);

      for (String appId : new String[] {"tenant-a", "tenant-b"}) {
        assertThat(editSigned(server.baseUrl(), appId, Long.toString(now), RequestSigning.sign(signer, appId, Long.toString(now)),
            MockFixture.inProgressBody(MockFixture.IN_PROGRESS)).code()).isEqualTo("10000");
      }
      assertThat(editSigned(server.baseUrl(), "tenant-c", Long.toString(now), RequestSigning.sign(signer, "tenant-c", Long.toString(now)),
          MockFixture.inProgressBody(MockFixture.IN_PROGRESS)).code()).isEqualTo("10002");
    }
  }

  @Test
  void aTenantWithItsPrivateKeyWritesAProfileNamingThatKey() throws Exception {
    Path profileFile = dir.resolve("tenant.properties");
    try (Running running = new Running("mock", "--port", "0",
        "--tenant", "tenant-a=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--profile-key", TestKeys.path(TestKeys.PKCS8_PEM).toString(),
        "--write-profile", profileFile.toString())) {
      assertThat(running.server()).isNotNull();
      TargetProfile profile = TargetProfile.load(profileFile);

      assertThat(profile.appId()).isEqualTo("tenant-a");
      assertThat(profile.privateKey()).isEqualTo(TestKeys.path(TestKeys.PKCS8_PEM).toAbsolutePath());
    }
  }

  @Test
  void fixturesAndControlApiFlagsAreApplied() throws Exception {
    Path fixtures = MockFixture.FIXTURES_EXAMPLE;
    try (Running running = new Running("mock", "--port", "0", "--fixtures", fixtures.toString(), "--control-api",
        "--timestamp-window-seconds", "1", "--tenant", "app=" + TestKeys.path(TestKeys.PUBLIC_PEM))) {
      MockServer server = running.server();

      assertThat(server.findTask(1001)).isPresent();
      assertThat(MockFixture.get(server, "/__control/tasks/1001", Map.of()).status()).isEqualTo(200);
      long old = System.currentTimeMillis() - 5_000;
      String sign = RequestSigning.sign(new RSASigner(MockFixture.PRIVATE_KEY), "app", Long.toString(old));
      assertThat(editSigned(server.baseUrl(), "app", Long.toString(old), sign,
          MockFixture.inProgressBody(1003)).code()).isEqualTo("10001");
    }
  }

  @Test
  void writeProfileNamesTheControlApiOnlyWhenItIsOn() throws Exception {
    Path with = dir.resolve("with.properties");
    try (Running running = new Running("mock", "--port", "0", "--control-api", "--write-profile", with.toString())) {
      String baseUrl = running.server().baseUrl();
      assertThat(TargetProfile.load(with).controlApi()).isEqualTo(baseUrl + MockServer.CONTROL_PREFIX);
    }
    Path without = dir.resolve("without.properties");
    try (Running running = new Running("mock", "--port", "0", "--write-profile", without.toString())) {
      assertThat(running.server()).isNotNull();
      assertThat(TargetProfile.load(without).controlApi()).isNull();
    }
  }

  @Test
  void refusalCodeAndFailureDataFlagsAreApplied() throws Exception {
    try (Running running = new Running("mock", "--port", "0", "--refusal-code", "missing-task=29002",
        "--failure-data", "absent", "--timestamp-window-seconds", "999999999", // MockFixture signs for its fixed clock
        "--tenant", MockFixture.APP_ID + "=" + TestKeys.path(TestKeys.PUBLIC_PEM))) {
      MockFixture.Reply reply = MockFixture.edit(running.server(),
          MockFixture.notStartedBody(MockFixture.MISSING, "x"));

      assertThat(reply.code()).isEqualTo("29002");
      assertThat(reply.json().has("data")).isFalse();
    }
  }

  @Test
  void aBadRefusalCodeEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--refusal-code", "missing-task=10000"))
        .contains("missing-task=10000: the code is 20001 or 29002");
  }

  @Test
  void anUnknownFlagEndsWithOneLineAndANonZeroExit() throws Exception {
    assertThat(failsWithOneLine("mock", "--prot", "8080")).contains("--prot");
  }

  @Test
  void aTimeoutOrBoundOutOfRangeEndsWithOneLineNamingIt() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--header-timeout-ms", "0")).contains("--header-timeout-ms");
    assertThat(failsWithOneLine("mock", "--port", "0", "--body-timeout-ms", "-5")).contains("--body-timeout-ms");
    assertThat(failsWithOneLine("mock", "--port", "0", "--max-connections", "0")).contains("--max-connections");
    assertThat(failsWithOneLine("mock", "--port", "0", "--verified-sign-cache", "-1")).contains("--verified-sign-cache");
  }

  @Test
  void allowMissingContentTypeLetsAnEditWithoutTheHeaderThrough() throws Exception {
    try (Running running = new Running("mock", "--port", "0", "--tenant", MockFixture.APP_ID + "="
        + TestKeys.path(TestKeys.PUBLIC_PEM), "--allow-missing-content-type",
        "--timestamp-window-seconds", "100000000", "--jdk-crypto")) {
      MockServer server = running.server();
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + MockServer.EDIT_PATH))
          .header("appId", MockFixture.APP_ID).header("timestamp", Long.toString(MockFixture.TS))
          .header("sign", MockFixture.sign(MockFixture.TS))
          .POST(HttpRequest.BodyPublishers.ofString(MockFixture.notStartedBody(MockFixture.NOT_STARTED, "无类型").toString()))
          .build();

      assertThat(MockFixture.send(request).code()).isEqualTo("10000");
    }
  }

  @Test
  void aMissingPublicKeyFileEndsWithOneLineNamingIt() throws Exception {
    Path missing = dir.resolve("missing.pem");
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "app=" + missing))
        .contains("app").contains("missing.pem").contains("not found");
  }

  @Test
  void aMalformedPublicKeyFileEndsWithOneLineNamingIt() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "app=" + TestKeys.path(TestKeys.GARBAGE)))
        .contains(TestKeys.GARBAGE);
  }

  @Test
  void aPrivateKeyGivenAsATenantKeyEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "app=" + TestKeys.path(TestKeys.PKCS8_PEM)))
        .contains("private key");
  }

  @Test
  void aBrokenFixturesFileEndsWithOneLineNamingIt() throws Exception {
    Path broken = dir.resolve("broken-fixtures.json");
    Files.writeString(broken, "{\"tasks\": [ {\"id\": 1,");
    assertThat(failsWithOneLine("mock", "--port", "0", "--fixtures", broken.toString()))
        .contains("broken-fixtures.json").contains("not valid JSON");
  }

  @Test
  void aFixturesFileThatBreaksTheSpecEndsWithOneLineNamingTheField() throws Exception {
    Path fixtures = dir.resolve("bad-acw.json");
    String text = Files.readString(MockFixture.FIXTURES_EXAMPLE)
        .replace("\"acw\": 180", "\"acw\": 1800");
    Files.writeString(fixtures, text);
    assertThat(failsWithOneLine("mock", "--port", "0", "--fixtures", fixtures.toString()))
        .contains("bad-acw.json").contains("acw must be at most");
  }

  @Test
  void aPortInUseEndsWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(failsWithOneLine("mock", "--port", Integer.toString(taken.getLocalPort()),
          "--tenant", "app=" + TestKeys.path(TestKeys.PUBLIC_PEM)))
          .contains(Integer.toString(taken.getLocalPort())).contains("in use");
    }
  }

  @Test
  void aNegativeTimestampWindowEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--timestamp-window-seconds", "-1")).contains("--timestamp-window-seconds");
  }

  @Test
  void aProfileForATenantNeedsItsPrivateKey() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "app=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--write-profile", dir.resolve("p.properties").toString())).contains("--profile-key");
  }

  @Test
  void aProfileKeyThatIsNotTheTenantsKeyEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "app=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--profile-key", TestKeys.path(TestKeys.SECOND_PKCS8_PEM).toString(),
        "--write-profile", dir.resolve("p.properties").toString())).contains("is not the private key");
  }

  @Test
  void mockIsASubcommandOfMain() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("mock");
  }

  @Test
  void sigtermStopsTheMockProcessCleanly() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = dir.resolve("mock-process.txt");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.outboundkit.cli.Main", "mock", "--port", "0", "--tenant", "app=" + TestKeys.path(TestKeys.PUBLIC_PEM))
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!Files.readString(output).contains(MockCommand.LISTENING) && System.nanoTime() < deadline
          && process.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(Files.readString(output)).contains(MockCommand.LISTENING);

      process.destroy(); // SIGTERM

      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(output)).contains("outboundkit mock stopped").doesNotContain("Exception");
    } finally {
      process.destroyForcibly();
    }
  }
}
