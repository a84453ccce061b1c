package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.testing.TestKeys;
import dev.outboundkit.spec.ApiSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SignCommandTest {

  private static final String TIMESTAMP = "1586314097995";
  private static final String KEY = TestKeys.path(TestKeys.PKCS8_PEM).toString();
  private static final String SIGN = TestKeys.goldenSign(TestKeys.PKCS8_PEM, 1586314097995L);

  @TempDir
  Path tempDir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Map<String, String> environment = new HashMap<>();
  private Clock clock = Clock.fixed(Instant.ofEpochMilli(1700000000000L), ZoneOffset.UTC);

  @Test
  void outputHasStringToSignHeadersAndCurlLine() throws IOException {
    Path body = Files.writeString(tempDir.resolve("body.json"), "{\"taskId\":1}");

    int exitCode = sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", TIMESTAMP,
        "--body", body.toString());

    assertThat(exitCode).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).contains(TestKeys.APP_ID + TIMESTAMP,
        "appId: " + TestKeys.APP_ID, "timestamp: " + TIMESTAMP, "sign: " + SIGN);
    assertThat(lines).filteredOn(line -> line.startsWith("curl ")).singleElement()
        .asString()
        .contains("-X POST https://your-domain.example" + ApiSpec.bundled().path("editTask"))
        .contains("-H 'Content-Type: application/json'")
        .contains("-H 'appId: " + TestKeys.APP_ID + "'")
        .contains("-H 'timestamp: " + TIMESTAMP + "'")
        .contains("-H 'sign: " + SIGN + "'")
        .endsWith("--data-binary @" + body);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void curlLineHasNoDataWithoutBody() {
    sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", TIMESTAMP);

    assertThat(curlLine()).doesNotContain("--data-binary").endsWith("'sign: " + SIGN + "'");
  }

  @Test
  void baseUrlAndPathMakeTheCurlUrl() {
    sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", TIMESTAMP,
        "--base-url", "http://localhost:8080/", "--path", "speech/x");

    assertThat(curlLine()).startsWith("curl -X POST http://localhost:8080/speech/x ");
  }

  @Test
  void defaultTimestampComesFromTheInjectedClock() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--key", KEY);

    assertThat(exitCode).isZero();
    assertThat(out.toString().lines()).contains("timestamp: 1700000000000",
        "sign: " + TestKeys.goldenSign(TestKeys.PKCS8_PEM, 1700000000000L));
  }

  @Test
  void publicKeyOfTheSigningKeyIsShown() {
    sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", TIMESTAMP);

    assertThat(out.toString()).contains(
        String.join("", TestKeys.base64BodyLines(TestKeys.PUBLIC_PEM)));
  }

  @Test
  void encryptedKeyTakesPasswordFromOption() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--timestamp", TIMESTAMP,
        "--key", TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM).toString(),
        "--key-password", TestKeys.PASSWORD);

    assertThat(exitCode).isZero();
    assertThat(out.toString().lines()).contains("sign: " + SIGN);
  }

  @Test
  void encryptedKeyTakesPasswordFromEnvironment() {
    environment.put(SignCommand.PASSWORD_ENV, TestKeys.PASSWORD);

    int exitCode = sign("--app-id", TestKeys.APP_ID, "--timestamp", TIMESTAMP,
        "--key", TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM).toString());

    assertThat(exitCode).isZero();
    assertThat(out.toString().lines()).contains("sign: " + SIGN);
  }

  @Test
  void wrongPasswordGivesOneLineWithoutThePassword() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--timestamp", TIMESTAMP,
        "--key", TestKeys.path(TestKeys.PKCS8_ENCRYPTED_PEM).toString(),
        "--key-password", "Wr0ng-pass");

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("wrong password").doesNotContain("Wr0ng-pass");
  }

  @Test
  void timestampInSecondsIsRefused() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", "1586314097");

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("13 digits").contains("epoch seconds");
  }

  @Test
  void nonDigitTimestampIsRefused() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--key", KEY, "--timestamp", "1586314097.995");

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("--timestamp");
  }

  @Test
  void missingBodyFileIsRefused() {
    int exitCode = sign("--app-id", TestKeys.APP_ID, "--key", KEY,
        "--body", tempDir.resolve("absent.json").toString());

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("--body").contains("absent.json");
  }

  @Test
  void unknownFlagExitsNonZeroWithOneLineError() {
    int exitCode = viaMain("sign", "--app-id", TestKeys.APP_ID, "--key", KEY, "--bogus");

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("--bogus");
  }

  @Test
  void missingRequiredOptionExitsNonZeroWithOneLineError() {
    int exitCode = viaMain("sign", "--key", KEY);

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("--app-id");
  }

  @Test
  void missingKeyFileExitsNonZeroWithOneLineError() {
    Path missing = tempDir.resolve("missing.pem");

    int exitCode = viaMain("sign", "--app-id", TestKeys.APP_ID, "--key", missing.toString());

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains(missing.toString()).contains("file not found");
  }

  @Test
  void publicKeyGivenAsKeyExitsNonZeroWithOneLineError() {
    int exitCode = viaMain("sign", "--app-id", TestKeys.APP_ID,
        "--key", TestKeys.path(TestKeys.PUBLIC_PEM).toString());

    assertThat(exitCode).isNotZero();
    assertOneLineError().contains("this is a public key");
  }

  /** Runs {@code sign} directly, with the test clock and environment. */
  private int sign(String... args) {
    CommandLine commandLine =
        CliErrors.install(new CommandLine(new SignCommand(clock, environment::get)));
    return execute(commandLine, args);
  }

  /** Runs the real command tree, as {@code main} does. */
  private int viaMain(String... args) {
    return execute(Main.commandLine(), args);
  }

  private int execute(CommandLine commandLine, String... args) {
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private String curlLine() {
    return out.toString().lines().filter(line -> line.startsWith("curl ")).findFirst()
        .orElseThrow();
  }

  private org.assertj.core.api.AbstractStringAssert<?> assertOneLineError() {
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).as("stderr lines").hasSize(1);
    assertThat(lines).noneMatch(line -> line.matches("\\s*at .*"));
    assertThat(lines.get(0)).doesNotContain("Exception");
    return assertThat(lines.get(0)).contains("error:");
  }
}
