package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.mock.MockFixture;
import dev.outboundkit.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outboundkit mock} refuses bad start-up input with one line and a non-zero exit, before it
 * starts a server.
 */
class MockCommandTest {

  @TempDir
  Path dir;

  /** Runs a command that must fail, and checks it says so in one line, with no stack trace. */
  static String failsWithOneLine(String... args) throws Exception {
    try (RunningMockCommand running = new RunningMockCommand(args)) {
      assertThat(running.server()).as("the mock must not start").isNull();
      assertThat(running.exitCode()).isNotZero();
      String err = running.err.toString();
      assertThat(err.lines().toList()).as(err).hasSize(1);
      assertThat(err).startsWith("outboundkit mock: error: ").doesNotContain("\tat ").doesNotContain("Exception");
      return err.strip();
    }
  }

  @Test
  void aBadRefusalCodeEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--refusal-code", "missing-task=10000"))
        .contains("missing-task=10000: the code is one of ");
  }

  @Test
  void aBadReadingsFileEndsWithOneLineNamingTheFileTheLineAndWhatIsWrongAndExitsTwo() throws Exception {
    Path file = dir.resolve("sandbox.properties");
    Files.writeString(file, "# the sandbox\ncontent-type.other=accepted\nrefusal-data.edit=nothing\n");
    try (RunningMockCommand running = new RunningMockCommand("mock", "--port", "0", "--readings", file.toString())) {
      assertThat(running.server()).as("the mock must not start").isNull();
      assertThat(running.exitCode()).isEqualTo(2);
      assertThat(running.err.toString().strip()).isEqualTo("outboundkit mock: error: --readings: readings " + file
          + ", line 3: refusal-data.edit: 'nothing' is not null, false, absent or empty-array"
          + " (see 'outboundkit mock --help')");
    }
    assertThat(failsWithOneLine("mock", "--port", "0", "--readings", dir.resolve("none.properties").toString()))
        .contains("none.properties: file not found");
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
    assertThat(failsWithOneLine("mock", "--port", "0", "--journal-size", "-1")).contains("--journal-size");
  }

  @Test
  void anOptionOutOfRangeIsRefusedWithTheMocksReasonNamingTheOption() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "70000")).isEqualTo("outboundkit mock: error: --port: port must"
        + " be 0 to 65535, was 70000 (see 'outboundkit mock --help')");
    assertThat(failsWithOneLine("mock", "--threads", "0")).contains("--threads: ");
  }

  @Test
  void aProfileNeedsATaskForEachRoleOfTheSuite() throws Exception {
    JsonObject fixtures = JsonParser.parseString(Files.readString(MockFixture.FIXTURES_EXAMPLE)).getAsJsonObject();
    JsonArray tasks = fixtures.getAsJsonArray("tasks");
    tasks.asList().removeIf(task -> task.getAsJsonObject().get("status").getAsString().equals("PAUSED"));
    Path noPaused = dir.resolve("no-paused.json");
    Files.writeString(noPaused, fixtures.toString());

    assertThat(failsWithOneLine("mock", "--port", "0", "--fixtures", noPaused.toString(),
        "--write-profile", dir.resolve("p.properties").toString()))
        .contains("--write-profile: ").contains("paused task");
    assertThat(dir.resolve("p.properties")).doesNotExist();
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
  void aSecondProfileKeyThatIsNotTheSecondTenantsKeyEndsWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "first=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--tenant", "second=" + TestKeys.path(TestKeys.SECOND_PUBLIC_PEM),
        "--profile-key", TestKeys.path(TestKeys.PKCS8_PEM).toString(),
        "--profile-key", TestKeys.path(TestKeys.PKCS8_PEM).toString(),
        "--write-profile", dir.resolve("p.properties").toString())).contains("is not the private key of --tenant second");
  }

  @Test
  void moreProfileKeysThanTenantsEndWithOneLine() throws Exception {
    assertThat(failsWithOneLine("mock", "--port", "0", "--tenant", "first=" + TestKeys.path(TestKeys.PUBLIC_PEM),
        "--profile-key", TestKeys.path(TestKeys.PKCS8_PEM).toString(),
        "--profile-key", TestKeys.path(TestKeys.SECOND_PKCS8_PEM).toString(),
        "--write-profile", dir.resolve("p.properties").toString())).contains("--profile-key: 2 given");
  }

  @Test
  void mockIsASubcommandOfMain() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("mock");
  }
}
