package dev.outboundkit.cli;

import dev.outboundkit.testing.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import dev.outboundkit.conformance.RunReport;
import dev.outboundkit.conformance.generate.GeneratedRun;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.mock.TaskStatus;

/** {@code outboundkit conformance}: its exit statuses, its reports and its comparison of two targets. */
class ConformanceCommandIT {
  private static final Path SPEC = RepoFiles.path("api", "openapi.yaml");

  @TempDir
  Path folder;

  private final CommandRun command = new CommandRun();
  private final StringWriter out = command.out;
  private final StringWriter err = command.err;

  private int run(String... args) {
    return command.run(args);
  }

  /**
   * Writes a profile for the mock's default fixtures.
   *
   * @param notStarted2 the id for task.notStarted2, null for the fixtures' own
   * @param paused the id for task.paused, null for the fixtures' own
   * @param controlApi the control API's base URL, or null
   */
  private Path profile(MockServer mock, String name, Long notStarted2, Long paused, String controlApi) {
    return CommandRun.profile(mock, mock.baseUrl(), folder.resolve(name), notStarted2, paused, controlApi);
  }

  private static MockServer startMock(boolean controlApi) {
    return CommandRun.startMock(controlApi, Readings.defaults());
  }

  /** A copy of the spec whose acw maximum is 181: a mock built on it breaks FC-ACW alone. */
  private Path specWithAcwUpTo181() throws IOException {
    String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
    String acw = "        acw:\n          type: integer\n          format: int32\n          minimum: 1\n          maximum: 180\n";
    assertThat(spec).contains(acw);
    Path copy = folder.resolve("openapi-acw-181.yaml");
    Files.writeString(copy, spec.replace(acw, acw.replace("maximum: 180", "maximum: 181")), StandardCharsets.UTF_8);
    return copy;
  }

  @Test
  void exitsZeroAndWritesEveryReportWhenEverySelectedScenarioPasses() {
    Path reports = folder.resolve("reports");
    int status = run("conformance", "--mock", "--rule", "FC-ACW", "--rule", "NE-MISSING", "--report-dir", reports.toString());

    assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isZero();
    for (String report : new String[] {"report.html", "report.json", "junit.xml", "rules-summary.md", "failures.md"}) {
      assertThat(reports.resolve(report)).as(report).isNotEmptyFile();
    }
    assertThat(out.toString()).contains("[8/8] 0 failed so far").contains("| FC-ACW | documented | 4 | 0 | 0 | 0 |")
        .contains(reports.toAbsolutePath().resolve("report.html").toString());
  }

  @Test
  void exitsOneWhenTheTargetBreaksADocumentedRuleAndShowsTheRequest() throws IOException {
    Path reports = folder.resolve("reports");
    int status = run("conformance", "--mock-spec", specWithAcwUpTo181().toString(), "--rule", "FC-ACW",
        "--report-dir", reports.toString());

    assertThat(status).as("exit status; stdout:%n%s", out).isEqualTo(1);
    String failures = Files.readString(reports.resolve("failures.md"));
    assertThat(failures).contains("FAILED FC-ACW").contains("curl -sS -X POST").contains("\"acw\":181")
        .contains("# answer: HTTP 200");
    assertThat(out.toString()).contains("FAILED FC-ACW").contains("| FC-ACW | documented | 3 | 1 | 0 | 0 |");
  }

  @Test
  void generatedCasesFindWhatTheSelectedScenariosDoNotAndExitOne() throws IOException {
    Path reports = folder.resolve("generated");
    int status = run("conformance", "--mock-spec", specWithAcwUpTo181().toString(), "--rule", "NE-MISSING",
        "--generate", "2000", "--seed", "20261201", "--report-dir", reports.toString());

    assertThat(status).as("exit status; stdout:%n%s", out).isEqualTo(1);
    assertThat(out.toString()).contains("| NE-MISSING | inferred | 4 | 0 | 0 | 0 |")
        .contains("--generate 2000 --sequences 0 --seed 20261201");
    assertThat(Files.readString(reports.resolve(GeneratedRun.FAILURES_FILE))).contains("FC-ACW").contains("181");
    assertThat(Files.readString(reports.resolve(GeneratedRun.COUNTS_FILE))).contains("`FC-ACW`");
    assertThat(Files.readString(reports.resolve(RunReport.SUMMARY_FILE))).as("the generated run's target")
        .containsPattern("generated run, seed 20261201: .* against in-process mock at \\S+ \\(default fixtures, spec [^)]*\\)");
    assertThat(Files.readString(reports.resolve(RunReport.SUMMARY_FILE))).as("a rule only the generated run tried")
        .containsPattern("\\| FC-ACW \\| documented \\|  \\|  \\|  \\|  \\| [1-9]\\d* \\| 0 \\| [1-9]\\d* \\| FAILED \\(see "
            + GeneratedRun.FAILURES_FILE + "\\) \\|");
  }

  /** Seed 5 once made a calling window that starts at 00:00:00, which the generator then broke on. */
  @Test
  void generatedCasesPassAgainstTheMock() throws IOException {
    Path reports = folder.resolve("generated-clean");
    int status = run("conformance", "--rule", "NE-MISSING", "--generate", "2000", "--sequences", "3",
        "--seed", "5", "--report-dir", reports.toString());

    assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(0);
    assertThat(out.toString()).contains("2000 cases, 3 sequences").contains("0 failures");
    String generatedColumns = "\\| [1-9]\\d* \\| [1-9]\\d* \\| 0 \\| passed \\|";
    assertThat(Files.readString(reports.resolve(RunReport.SUMMARY_FILE)))
        .as("the scenarios' and the generated run's counts in one row")
        .containsPattern("\\| NE-MISSING \\| inferred \\| 4 \\| 0 \\| 0 \\| 0 " + generatedColumns)
        .as("a rule only the generated run tried").containsPattern("\\| NS-EDIT \\| documented \\|  \\|  \\|  \\|  " + generatedColumns)
        .doesNotContain("FAILED");
    assertThat(out.toString()).as("the terminal table").containsPattern("\\| NE-MISSING \\| inferred \\| 4 \\| 0 \\| 0 \\| 0 " + generatedColumns);
  }

  @Test
  void exitsTwoNamingTheKeyWhenAProfileNamesAWrongTaskId() {
    try (MockServer mock = startMock(false)) {
      Path profile = profile(mock, "wrong.properties", null, 987_654_321L, null);

      int status = run("conformance", "--profile", profile.toString(), "--report-dir", folder.resolve("r").toString());

      assertThat(status).isEqualTo(2);
      assertThat(err.toString().strip())
          .isEqualTo("outboundkit conformance: task.paused=987654321: getPhoneGroups answered 20001, is the id right?");
      assertThat(out.toString()).doesNotContain("scenarios against");
    }
  }

  @Test
  void aFailedPreconditionBlocksTheScenarioInsteadOfFailingItsRuleAndExitsThree() throws IOException {
    try (MockServer mock = startMock(false)) {
      // task.notStarted2 names a completed task: renaming it, a set-up step, is refused.
      Path profile = profile(mock, "second-not-started-is-completed.properties",
          mock.fixtures().tasks(TaskStatus.COMPLETED).get(0).id(), null, null);
      Path reports = folder.resolve("r");

      int status = run("conformance", "--profile", profile.toString(), "--rule", "NS-NAME-DUPLICATE",
          "--report-dir", reports.toString());

      assertThat(status).isEqualTo(dev.outboundkit.conformance.Conformance.BLOCKED).isEqualTo(3);
      assertThat(out.toString()).contains("| NS-NAME-DUPLICATE | inferred | 0 | 0 | 2 | 0 |");
      assertThat(Files.readString(reports.resolve("failures.md")))
          .contains("BLOCKED NS-NAME-DUPLICATE")
          .contains("precondition failed, the rule was not judged: renaming the second not-started task");
    }
  }

  @Test
  void aSingleMockReadingIsTakenAndWrittenBack() throws IOException {
    Path written = folder.resolve("readings.properties");
    int status = run("conformance", "--mock-reading", "content-type.other=accepted", "--rule", "REQ-CONTENT-TYPE",
        "--write-readings", written.toString(), "--report-dir", folder.resolve("r").toString());

    assertThat(status).as("exit status; stdout:%n%s%nstderr:%n%s", out, err).isZero();
    assertThat(Files.readString(written)).contains("\ncontent-type.other=accepted\n")
        .contains("\ncontent-type.missing=29002\n").as("a silence this rule does not read")
        .contains("\nunknown-field=unknown\n");
  }

  @Test
  void aBadMockReadingsFileIsOneLineNamingTheFileAndTheLineAndExitTwo() throws IOException {
    Path file = folder.resolve("bad.properties");
    Files.writeString(file, "timestamp-window=soon\n");

    assertThat(run("conformance", "--mock-readings", file.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("outboundkit conformance: --mock-readings: readings " + file
        + ", line 1: timestamp-window: 'soon' is not whole seconds or none");
  }

  @Test
  void exitsTwoOnABadFlagWithOneLine() {
    assertThat(run("conformance", "--rule", "NO-SUCH-RULE")).isEqualTo(2);
    assertThat(err.toString()).startsWith("outboundkit conformance: --rule NO-SUCH-RULE: no scenario has this rule")
        .doesNotContain("Exception").hasLineCount(1);
  }

  @Test
  void comparingTheMockWithTheChangedMockListsExactlyTheAcwScenario() throws IOException {
    Path reports = folder.resolve("reports");
    int status = run("conformance", "--mock-spec", specWithAcwUpTo181().toString(), "--compare", "mock",
        "--rule", "FC-ACW", "--rule", "FC-MAX-RINGING", "--rule", "NS-EDIT", "--report-dir", reports.toString());

    assertThat(status).isEqualTo(1);
    JsonArray differences = JsonParser.parseString(Files.readString(reports.resolve("differences.json")))
        .getAsJsonArray();
    assertThat(differences).hasSize(1);
    assertThat(differences.get(0).getAsJsonObject().get("rule").getAsString()).isEqualTo("FC-ACW");
    assertThat(differences.get(0).getAsJsonObject().get("scenario").getAsString()).contains("181");
    assertThat(differences.get(0).getAsJsonObject().getAsJsonObject("first").get("verdict").getAsString())
        .isEqualTo("FAILED");
    assertThat(differences.get(0).getAsJsonObject().getAsJsonObject("first").getAsJsonArray("codes").get(0)
        .getAsString()).isEqualTo("10000");
    assertThat(differences.get(0).getAsJsonObject().getAsJsonObject("second").get("verdict").getAsString())
        .isEqualTo("PASSED");
    assertThat(Files.readString(reports.resolve("differences.md"))).contains("## FC-ACW")
        .doesNotContain("## FC-MAX-RINGING");
  }

  @Test
  void theMockComparedWithAProfileTakesTheMockOptionsSoOnlyWhatTheReadingsDoNotExplainDiffers() throws IOException {
    Readings sandboxReadings = Readings.defaults().with(Readings.Silence.DUPLICATE_SIGNING_HEADER, "last");
    try (MockServer sandbox = CommandRun.startMock(false, sandboxReadings)) {
      Path profile = profile(sandbox, "sandbox.properties", null, null, null);
      Path asIs = folder.resolve("as-is");
      Path calibrated = folder.resolve("calibrated");

      int againstDefaults = run("conformance", "--profile", profile.toString(), "--compare", "mock",
          "--rule", "AUTH-DUPLICATE-SIGN", "--rule", "NS-EDIT", "--report-dir", asIs.toString());
      int againstTheSame = run("conformance", "--profile", profile.toString(), "--compare", "mock",
          "--mock-reading", "duplicate-signing-header=last", "--rule", "AUTH-DUPLICATE-SIGN", "--rule", "NS-EDIT",
          "--report-dir", calibrated.toString());

      assertThat(againstDefaults).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
      assertThat(againstTheSame).isZero();
      JsonArray differences = JsonParser.parseString(Files.readString(asIs.resolve("differences.json")))
          .getAsJsonArray();
      assertThat(differences).as("stdout:%n%s", out).hasSize(1);
      assertThat(differences.get(0).getAsJsonObject().get("rule").getAsString()).isEqualTo("AUTH-DUPLICATE-SIGN");
      assertThat(differences.get(0).getAsJsonObject().getAsJsonObject("first").get("reading").getAsString())
          .contains("last");
      assertThat(differences.get(0).getAsJsonObject().getAsJsonObject("second").get("reading").getAsString())
          .contains("10001");
      assertThat(JsonParser.parseString(Files.readString(calibrated.resolve("differences.json"))).getAsJsonArray())
          .isEmpty();
      assertThat(out.toString()).contains("duplicate-signing-header=last");
    }
  }

  @Test
  void theMockOptionsWithAProfileAndNoMockToCompareWithAreRefused() {
    try (MockServer sandbox = startMock(false)) {
      Path profile = profile(sandbox, "sandbox.properties", null, null, null);

      int status = run("conformance", "--profile", profile.toString(), "--mock-reading",
          "refusal-code.duplicate-name=29002");

      assertThat(status).isEqualTo(2);
      assertThat(err.toString()).contains("they need --compare mock");
    }
  }

  @Test
  void seesTheWholeTaskThroughTheControlApiAProfileNames() {
    try (MockServer mock = startMock(true)) {
      Path profile = profile(mock, "mock.properties", null, null, mock.baseUrl() + MockServer.CONTROL_PREFIX);

      int status = run("conformance", "--profile", profile.toString(), "--tags", "@whole-task",
          "--report-dir", folder.resolve("r").toString());

      assertThat(status).as("stdout:%n%s%nstderr:%n%s", out, err).isZero();
      assertThat(out.toString()).containsPattern("7 scenarios: passed 7, failed 0, reading 0, blocked 0, skipped 0, error 0");
    }
  }
}
