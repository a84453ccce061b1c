package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.conformance.RunReport;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.testing.RepoFiles;
import dev.outboundkit.testing.TestKeys;

/**
 * The verdicts are honest both ways (issue 18): a server that keeps every documented rule and
 * reads the page's silences its own way passes with its readings listed; a server that breaks a
 * documented rule is FAILED for it, never BLOCKED; and the readings written for a server make a
 * mock that reads every silence the same way.
 */
class VerdictsIT {
  /** Keeps every documented rule; reads the silences unlike the mock's defaults (text/plain taken...). */
  private static final Path LENIENT = RepoFiles.path("src", "conformance", "src", "test", "resources", "readings",
      "lenient.properties");
  private static final Pattern ROW = Pattern.compile(
      "^\\| ([A-Z0-9-]+) \\| (documented|inferred) \\| (\\d*) \\| (\\d*) \\| (\\d*) \\| (\\d*) \\| (\\d*) \\| (\\d*) \\|",
      Pattern.MULTILINE);

  @TempDir
  Path folder;

  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(String... args) {
    return command.run(args);
  }

  private static MockServer startMock(Readings readings) {
    return CommandRun.startMock(true, readings);
  }

  /** A profile for the mock's default fixtures at {@code baseUrl}, seeing whole tasks through the mock's control API. */
  private Path profile(MockServer mock, String baseUrl, String name) {
    return CommandRun.profile(mock, baseUrl, folder.resolve(name), null, null, mock.baseUrl() + MockServer.CONTROL_PREFIX);
  }

  /** One row of rules-summary.md: the scenarios' verdicts of one rule. */
  record Row(String kind, int passed, int failed, int blocked, int skipped, int reading, int error) {
  }

  private static Map<String, Row> rows(Path reports) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(Files.readString(reports.resolve(RunReport.SUMMARY_FILE), StandardCharsets.UTF_8));
    while (row.find()) {
      rows.put(row.group(1), new Row(row.group(2), number(row.group(3)), number(row.group(4)), number(row.group(5)),
          number(row.group(6)), number(row.group(7)), number(row.group(8))));
    }
    return rows;
  }

  private static int number(String cell) {
    return cell.isEmpty() ? 0 : Integer.parseInt(cell);
  }

  @Test
  void aServerThatKeepsEveryRuleAndReadsTheSilencesItsOwnWayPassesWithItsReadingsListedAndAMockReadsThemAlike()
      throws Exception {
    Path written = folder.resolve("server.readings.properties");
    try (MockServer server = startMock(Readings.load(LENIENT))) {
      Path reports = folder.resolve("server");
      int status = run("conformance", "--profile", profile(server, server.baseUrl(), "server.properties").toString(),
          "--write-readings", written.toString(), "--report-dir", reports.toString());

      assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isZero();
      assertThat(out.toString()).containsPattern("scenarios: passed \\d+, failed 0, reading [1-9]\\d*, blocked 0");
      assertThat(Files.readString(reports.resolve("acceptance.md")))
          .contains("| content-type.other | accepted |").contains("| content-type.missing | accepted |")
          .contains("| timestamp-window | 900 |");
      assertThat(Readings.load(written).format()).as("every silence read as the server reads it")
          .isEqualTo(Readings.load(LENIENT).format());
    }

    Path again = folder.resolve("mock.readings.properties");
    Path mockProfile = folder.resolve("mock.properties");
    try (RunningMockCommand mock = new RunningMockCommand("mock", "--port", "0", "--control-api",
        "--readings", written.toString(), "--write-profile", mockProfile.toString())) {
      assertThat(mock.server()).as(mock.err.toString()).isNotNull();
      int status = run("conformance", "--profile", mockProfile.toString(), "--write-readings", again.toString(),
          "--report-dir", folder.resolve("mock").toString());

      assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isZero();
      assertThat(Files.readString(again)).as("the same file back").isEqualTo(Files.readString(written));
    }
  }

  @Test
  void strictFailsAReadingThatDiffersFromTheOneThePageImplies() throws Exception {
    try (MockServer server = startMock(Readings.load(LENIENT))) {
      Path profile = profile(server, server.baseUrl(), "server.properties");
      Path reports = folder.resolve("strict");

      int status = run("conformance", "--profile", profile.toString(), "--strict", "--rule", "REQ-CONTENT-TYPE",
          "--report-dir", reports.toString());

      assertThat(status).as("exit status; stdout:%n%s", out).isEqualTo(1);
      assertThat(Files.readString(reports.resolve("failures.md"))).contains("--strict: the target reads content-type.");
    }
  }

  /**
   * Every edit accepted: each documented refusal the page states is not made, and the inferred
   * rules built on refusals are broken too; each of those rules is FAILED, nothing is BLOCKED.
   */
  @Test
  void aServerThatAcceptsEveryEditIsFailedForEachRefusalRuleNeverBlocked() throws Exception {
    Map<String, Row> rows = runAgainst(RuleBreakingServer.Break.ACCEPTS_EVERY_EDIT);
    assertFailedNeverBlocked(rows, "AUTH-BAD-SIGNATURE", "AUTH-UNKNOWN-APPID", "FC-ACW", "FC-DATE-FORMAT",
        "FC-TIME-FORMAT", "FC-TASKNAME-LENGTH", "FC-ONE-BATCH", "FC-TYPES", "NS-REQUIRED", "IP-REQUIRED",
        // inferred: only the rule under test being broken explains an acceptance here
        "AUTH-MISSING-HEADER", "AUTH-TIMESTAMP", "NE-COMPLETED", "NE-MISSING", "NS-NAME-DUPLICATE",
        "NS-UNKNOWN-SKILL-SET", "REF-UNKNOWN-NUMBER-GROUP", "REQ-CONTENT-TYPE", "REQ-JSON-BODY", "FC-DATE-ORDER");
    assertThat(rows.values().stream().mapToInt(Row::blocked).sum()).as("blocked scenarios").isZero();
  }

  /** Accepted edits answered with data false: the answer checked whole fails every scenario that sends a valid edit. */
  @Test
  void aServerThatAnswersAnAcceptedEditWithDataFalseIsFailedNeverBlocked() throws Exception {
    Map<String, Row> rows = runAgainst(RuleBreakingServer.Break.SUCCESS_WITH_DATA_FALSE);
    assertFailedNeverBlocked(rows, "AUTH-SIGNED", "NS-EDIT", "IP-EDIT", "EX-NOT-STARTED", "EX-IN-PROGRESS");
    assertThat(rows.values().stream().mapToInt(Row::blocked).sum()).as("blocked scenarios").isZero();
  }

  /** A read-back without the batches an edit stored: the success changed nothing the page shows. */
  @Test
  void aServerWhoseReadBackShowsNoBatchesIsFailedNeverBlocked() throws Exception {
    Map<String, Row> rows = runAgainst(RuleBreakingServer.Break.READ_BACK_EMPTY);
    assertFailedNeverBlocked(rows, "RB-SHOWS-EDIT", "NS-EDIT", "IP-EDIT");
    assertThat(rows.values().stream().mapToInt(Row::blocked).sum()).as("blocked scenarios").isZero();
  }

  /**
   * Every valid edit refused: the rules that a valid edit is taken are FAILED; the scenarios of
   * other rules that need a valid edit to set their task up are BLOCKED, naming it.
   */
  @Test
  void aServerThatRefusesValidEditsIsFailedForTheRulesThatTheyAreTakenAndBlocksOnlyTheSetUps() throws Exception {
    Map<String, Row> rows = runAgainst(RuleBreakingServer.Break.REFUSES_EVERY_EDIT);
    assertFailedNeverBlocked(rows, "NS-EDIT", "IP-EDIT", "AUTH-SIGNED", "EX-IN-PROGRESS");
    String failures = Files.readString(folder.resolve(RuleBreakingServer.Break.REFUSES_EVERY_EDIT.name())
        .resolve("failures.md"), StandardCharsets.UTF_8);
    java.util.List<String> blocked = java.util.Arrays.stream(failures.split("\n## "))
        .filter(section -> section.startsWith("BLOCKED ")).toList();
    assertThat(blocked).as("blocked scenarios listed").hasSize(rows.values().stream().mapToInt(Row::blocked).sum());
    assertThat(blocked).as("each blocked one names the refused set-up edit and what would unblock it")
        .allSatisfy(section -> assertThat(section).contains("unblocked when the target accepts a valid edit"));
  }

  /** No answer is not a verdict on the rule: ERROR, kept apart from FAILED, naming the timeout and that the request went out. */
  @Test
  void aServerThatDoesNotAnswerInTimeEndsInErrorNotFailedAndExitsFour() throws Exception {
    try (MockServer mock = startMock(Readings.defaults());
        RuleBreakingServer server = new RuleBreakingServer(mock, RuleBreakingServer.Break.NO_ANSWER_TO_EDITS)) {
      Path profile = profile(mock, server.baseUrl(), "slow.properties");
      Files.writeString(profile, TargetProfile.READ_TIMEOUT_SECONDS + "=1\n", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      Path reports = folder.resolve("slow");

      int status = run("conformance", "--profile", profile.toString(), "--rule", "FC-ACW", "--report-dir",
          reports.toString());

      assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err)
          .isEqualTo(dev.outboundkit.conformance.Conformance.ERROR).isEqualTo(4);
      Row acw = rows(reports).get("FC-ACW");
      assertThat(acw.error()).as("%s", acw).isPositive();
      assertThat(acw.failed()).as("%s", acw).isZero();
      assertThat(Files.readString(reports.resolve("failures.md"), StandardCharsets.UTF_8))
          .contains("## ERROR ").contains("the request was sent; no answer within the read timeout of 1 s")
          .doesNotContain("nothing was sent");
    }
  }

  @Test
  void aServerWhoseTenantsShareTheirTasksIsFailedForTenApartNeverBlocked() throws Exception {
    // The profile's second tenant is the first one under its own name: what it sends reaches the
    // first tenant's tasks, as on a server that keeps one store for every appId.
    try (MockServer mock = startMock(Readings.defaults())) {
      Map<String, Row> rows = runTenantScenarios(mock, TestKeys.APP_ID, TestKeys.PKCS8_PEM, "shared", 1);

      assertFailedNeverBlocked(rows, "TEN-APART");
      assertThat(rows.get("TEN-APART").failed()).as("every TEN-APART scenario, " + rows.get("TEN-APART")).isEqualTo(3);
    }
  }

  @Test
  void aServerThatKeepsTwoTenantsApartPassesTenApart() throws Exception {
    String second = "second-tenant";
    try (MockServer mock = MockServer.builder()
        .tenant(TestKeys.APP_ID, PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)))
        .tenant(second, PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM))).controlApi(true).build().start()) {
      Map<String, Row> rows = runTenantScenarios(mock, second, TestKeys.SECOND_PKCS8_PEM, "apart", 0);

      assertThat(rows.get("TEN-APART").passed()).as("every TEN-APART scenario, " + rows.get("TEN-APART")).isEqualTo(3);
    }
  }

  /**
   * Runs the TEN-APART scenarios through a profile naming the second tenant {@code appId}, signing
   * with that key file, expecting that exit status.
   */
  private Map<String, Row> runTenantScenarios(MockServer mock, String appId, String keyFile, String name, int status)
      throws IOException {
    Path profile = profile(mock, mock.baseUrl(), name + ".properties");
    Files.writeString(profile, TargetProfile.SECOND_TENANT_APP_ID + "=" + appId + "\n" + TargetProfile.SECOND_TENANT_KEY
        + "=" + TestKeys.path(keyFile) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path reports = folder.resolve(name);
    assertThat(run("conformance", "--profile", profile.toString(), "--rule", "TEN-APART", "--report-dir",
        reports.toString())).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(status);
    return rows(reports);
  }

  /** Runs the whole suite against the mock behind a front that breaks that, expecting exit status 1. */
  private Map<String, Row> runAgainst(RuleBreakingServer.Break broken) throws Exception {
    try (MockServer mock = startMock(Readings.defaults()); RuleBreakingServer server = new RuleBreakingServer(mock, broken)) {
      Path reports = folder.resolve(broken.name());
      int status = run("conformance", "--profile", profile(mock, server.baseUrl(), "broken.properties").toString(),
          "--report-dir", reports.toString());

      assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(1);
      return rows(reports);
    }
  }

  private static void assertFailedNeverBlocked(Map<String, Row> rows, String... rules) {
    for (String rule : rules) {
      assertThat(rows).as("rules in the summary").containsKey(rule);
      assertThat(rows.get(rule).failed()).as(rule + " failed, " + rows.get(rule)).isPositive();
      assertThat(rows.get(rule).blocked()).as(rule + " never blocked, " + rows.get(rule)).isZero();
    }
  }
}
