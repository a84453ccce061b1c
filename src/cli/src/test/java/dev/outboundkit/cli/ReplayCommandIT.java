package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.conformance.RunReport;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.testing.RepoFiles;
import dev.outboundkit.testing.TestKeys;
import picocli.CommandLine;

/** {@code outboundkit replay}: a request the suite saved, sent again days later, signed afresh. */
class ReplayCommandIT {
  @TempDir
  Path folder;

  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(Clock clock, String... args) {
    return command.run(new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ReplayCommand.class ? type.cast(new ReplayCommand(clock)) : CommandLine.defaultFactory().create(type);
      }
    }, args);
  }

  /** A mock that breaks FC-ACW (acw up to 181), on that clock. */
  private MockServer acwUpTo181(Clock clock) throws IOException {
    String spec = Files.readString(RepoFiles.path("api", "openapi.yaml"), StandardCharsets.UTF_8);
    String acw = "          minimum: 1\n          maximum: 180\n";
    assertThat(spec).contains(acw);
    Path copy = folder.resolve("openapi-acw-181.yaml");
    Files.writeString(copy, spec.replace(acw, acw.replace("180", "181")), StandardCharsets.UTF_8);
    PublicKey key = PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM));
    return MockServer.builder().spec(copy).clock(clock).tenant(TestKeys.APP_ID, key).build().start();
  }

  private Path profile(MockServer mock, String name) {
    return CommandRun.profile(mock, mock.baseUrl(), folder.resolve(name), null, null, null);
  }

  @Test
  void aSavedRequestSentThreeDaysLaterIsSignedAfreshAndShowsTheBreachAgain() throws Exception {
    Path reports = folder.resolve("reports");
    try (MockServer then = acwUpTo181(Clock.systemUTC())) {
      assertThat(run(Clock.systemUTC(), "conformance", "--profile", profile(then, "then.properties").toString(),
          "--rule", "FC-ACW", "--report-dir", reports.toString())).as("%s", out).isEqualTo(1);
    }
    List<Path> saved;
    try (Stream<Path> files = Files.list(reports.resolve(RunReport.REQUESTS_FOLDER))) {
      saved = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    Path breach = saved.stream().filter(file -> read(file).contains("\\\"acw\\\":181"))
        .findFirst().orElseThrow(() -> new AssertionError("no saved request sends acw 181: " + saved));
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(3));
    out.getBuffer().setLength(0);

    try (MockServer now = acwUpTo181(later)) {
      int status = run(later, "replay", breach.toString(), "--profile", profile(now, "now.properties").toString());

      assertThat(status).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
      java.util.regex.Matcher timestamp = java.util.regex.Pattern.compile("timestamp: (\\d+)").matcher(out.toString());
      assertThat(timestamp.find()).as("%s", out).isTrue();
      assertThat(Long.parseLong(timestamp.group(1))).as("signed with the later clock")
          .isBetween(later.millis() - 60_000, later.millis());
      assertThat(out.toString()).contains("# FC-ACW, ").contains("curl -sS -X POST")
          .containsPattern("# answer now: HTTP 200 \\{\"code\":\"10000\"")
          .containsPattern("# answer then: HTTP 200 \\{\"code\":\"10000\"");
    }
  }

  @Test
  void aFileThatIsNoSavedRequestIsOneLineAndExitTwo() throws IOException {
    Path file = folder.resolve("not-a-request.json");
    Files.writeString(file, "[1, 2]");
    Path profile = folder.resolve("p.properties");
    Files.writeString(profile, "baseUrl=http://127.0.0.1:1\n");

    int status = run(Clock.systemUTC(), "replay", file.toString(), "--profile", profile.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("outboundkit replay: error: " + file + ": not a request saved by the"
        + " conformance suite").hasLineCount(1).doesNotContain("Exception");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
