package dev.outboundkit.cli;

import static dev.outboundkit.cli.MockCommandTest.failsWithOneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.testing.TestKeys;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.MockFixture;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outboundkit mock} started, in-process through {@link Main}'s command tree or as a process. */
class MockCommandIT {

  @TempDir
  Path dir;

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
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--write-profile", profileFile.toString())) {
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
      assertThat(profile.taskNotStarted2()).isNotEqualTo(profile.taskNotStarted());
      assertThat(server.task(profile.appId(), profile.taskNotStarted2()).status()).isEqualTo(TaskStatus.NOT_STARTED);
      assertThat(server.task(profile.appId(), profile.taskPaused()).status()).isEqualTo(TaskStatus.PAUSED);
      assertThat(server.findTask(profile.appId(), profile.taskMissing())).isEmpty();
      assertThat(TaskRole.taskIds(server.fixtures())).as("the tasks the suite plays each role with").isEqualTo(Map.of(
          TaskRole.NOT_STARTED, profile.taskNotStarted(), TaskRole.NOT_STARTED_2, profile.taskNotStarted2(),
          TaskRole.IN_PROGRESS, profile.taskInProgress(), TaskRole.PAUSED, profile.taskPaused(),
          TaskRole.COMPLETED, profile.taskCompleted(), TaskRole.MISSING, profile.taskMissing()));
      assertThat(server.fixtures().skillSetIds()).contains(profile.skillSetId());
      assertThat(server.fixtures().outboundNumberGroupIds()).contains(profile.outboundNumberGroupId());
      assertThat(running.out.toString()).contains(MockCommand.LISTENING + server.baseUrl());
    }
  }

  @Test
  void writeProfileNamesASecondDemoTenantWithTasksOfItsOwn() throws Exception {
    Path profileFile = dir.resolve("two.properties");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--write-profile", profileFile.toString())) {
      MockServer server = running.server();
      assertThat(server).isNotNull();
      TargetProfile profile = TargetProfile.load(profileFile);
      assertThat(profile.secondTenantKey()).isEqualTo(dir.resolve("two-second-tenant-private-key.pem"));
      assertThat(server.appIds()).containsExactly(profile.appId(), profile.secondTenantAppId());
      String ts = Long.toString(System.currentTimeMillis());
      String sign = RequestSigning.sign(new RSASigner(PrivateKeys.load(profile.secondTenantKey())),
          profile.secondTenantAppId(), ts);

      assertThat(editSigned(profile.baseUrl(), profile.secondTenantAppId(), ts, sign,
          MockFixture.notStartedBody(profile.taskNotStarted(), "第二个租户的名字")).code()).isEqualTo("10000");
      assertThat(server.task(profile.secondTenantAppId(), profile.taskNotStarted()).taskName())
          .isEqualTo("第二个租户的名字");
      assertThat(server.task(profile.appId(), profile.taskNotStarted()).taskName()).isNotEqualTo("第二个租户的名字");
      assertThat(running.out.toString()).contains("second demo tenant: appId=" + profile.secondTenantAppId());
    }
  }

  @Test
  void aProfileNamesTheSecondTenantWhoseKeyIsGivenSecond() throws Exception {
    Path profileFile = dir.resolve("tenants.properties");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0",
        "--tenant", "first=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--tenant", "second=" + TestKeys.path(TestKeys.SECOND_PUBLIC_PEM),
        "--profile-key", TestKeys.path(TestKeys.PKCS8_PEM).toString(),
        "--profile-key", TestKeys.path(TestKeys.SECOND_PKCS8_PEM).toString(),
        "--write-profile", profileFile.toString())) {
      assertThat(running.server()).isNotNull();
      TargetProfile profile = TargetProfile.load(profileFile);

      assertThat(profile.appId()).isEqualTo("first");
      assertThat(profile.secondTenantAppId()).isEqualTo("second");
      assertThat(profile.secondTenantKey()).isEqualTo(TestKeys.path(TestKeys.SECOND_PKCS8_PEM).toAbsolutePath());
    }
  }

  @Test
  void aRequestSignedByOpensslWithTheWrittenKeyGets10000() throws Exception {
    Assumptions.assumeTrue(opensslAvailable(), "openssl is not installed");
    Path profileFile = dir.resolve("openssl.properties");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--write-profile", profileFile.toString())) {
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
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0")) {
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
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0",
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
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0",
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
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--fixtures", fixtures.toString(), "--control-api",
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
  void journalSizeFlagBoundsTheJournalAndZeroTurnsItOff() throws Exception {
    String tenant = MockFixture.APP_ID + "=" + TestKeys.path(TestKeys.PUBLIC_PEM);
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--journal-size", "1",
        "--timestamp-window-seconds", "999999999", "--tenant", tenant)) {
      MockFixture.edit(running.server(), MockFixture.notStartedBody(MockFixture.NOT_STARTED, "一"));
      MockFixture.edit(running.server(), MockFixture.notStartedBody(MockFixture.NOT_STARTED, "二"));

      assertThat(running.server().requests()).singleElement()
          .satisfies(request -> assertThat(request.body()).contains("二"));
    }
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--journal-size", "0",
        "--tenant", tenant)) {
      assertThatThrownBy(() -> running.server().requests()).hasMessageContaining("the journal is off");
    }
  }

  @Test
  void writeProfileNamesTheControlApiOnlyWhenItIsOn() throws Exception {
    Path with = dir.resolve("with.properties");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--control-api", "--write-profile", with.toString())) {
      String baseUrl = running.server().baseUrl();
      assertThat(TargetProfile.load(with).controlApi()).isEqualTo(baseUrl + MockServer.CONTROL_PREFIX);
    }
    Path without = dir.resolve("without.properties");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--write-profile", without.toString())) {
      assertThat(running.server()).isNotNull();
      assertThat(TargetProfile.load(without).controlApi()).isNull();
    }
  }

  @Test
  void refusalCodeAndFailureDataFlagsAreApplied() throws Exception {
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--refusal-code", "missing-task=29002",
        "--failure-data", "absent", "--timestamp-window-seconds", "999999999", // MockFixture signs for its fixed clock
        "--tenant", MockFixture.APP_ID + "=" + TestKeys.path(TestKeys.PUBLIC_PEM))) {
      MockFixture.Reply reply = MockFixture.edit(running.server(),
          MockFixture.notStartedBody(MockFixture.MISSING, "x"));

      assertThat(reply.code()).isEqualTo("29002");
      assertThat(reply.json().has("data")).isFalse();
    }
  }

  @Test
  void allowMissingContentTypeLetsAnEditWithoutTheHeaderThrough() throws Exception {
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--tenant", MockFixture.APP_ID + "="
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
  void aReadingsFileMakesAMockThatReadsEachSilenceAsTheFileSays() throws Exception {
    Path readings = dir.resolve("lenient.properties");
    Files.writeString(readings, "content-type.other=accepted\ntimestamp-window=none\n"); // MockFixture signs for its fixed clock
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--readings", readings.toString(),
        "--tenant", MockFixture.APP_ID + "=" + TestKeys.path(TestKeys.PUBLIC_PEM), "--jdk-crypto")) {
      MockServer server = running.server();
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + MockServer.EDIT_PATH))
          .header("Content-Type", "text/plain").header("appId", MockFixture.APP_ID)
          .header("timestamp", Long.toString(MockFixture.TS)).header("sign", MockFixture.sign(MockFixture.TS))
          .POST(HttpRequest.BodyPublishers.ofString(MockFixture.notStartedBody(MockFixture.NOT_STARTED, "纯文本").toString()))
          .build();

      assertThat(MockFixture.send(request).code()).isEqualTo("10000");
      assertThat(running.out.toString()).contains("readings where the page is silent: content-type.other=accepted,"
          + " timestamp-window=none");
    }
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
