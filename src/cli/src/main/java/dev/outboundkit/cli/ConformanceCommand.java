package dev.outboundkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.outboundkit.conformance.Conformance;
import dev.outboundkit.conformance.ConformanceSetupException;
import dev.outboundkit.conformance.profile.ProfileException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outboundkit conformance}: the conformance suite against a target profile or the
 * built-in mock, from the jar. Exit status ({@link Conformance}): 0 nothing failed, was blocked or
 * went unanswered; 1 something FAILED; 2 the run could not start (a bad flag, a missing or broken
 * profile or readings file, a target that cannot be reached or signed for); 3 nothing failed but a
 * scenario was BLOCKED; 4 nothing failed but a scenario ended in ERROR (no answer).
 */
@Command(name = "conformance",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ConformanceCommand.CANNOT_RUN,
    exitCodeOnExecutionException = ConformanceCommand.CANNOT_RUN,
    description = {
        "Run the conformance suite (every rule of the vendor's page as scenarios) against a target"
            + " profile (a sandbox, the mock started on its own) or, by default, the built-in mock.",
        "Exit status: 0 nothing FAILED, was BLOCKED or ended in ERROR (scenarios PASSED, took a READING or were"
            + " SKIPPED); 1 something FAILED (with --strict: or a READING differs from the one the page's example"
            + " implies); 2 the run could not start; 3 nothing failed, but a scenario was BLOCKED; 4 nothing failed"
            + " or was blocked, but a scenario ended in ERROR (no answer: a timeout, a broken connection)."})
public final class ConformanceCommand implements Callable<Integer> {
  static final int CANNOT_RUN = Conformance.CANNOT_RUN;

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true)
  TargetChoice target = new TargetChoice();

  static final class TargetChoice {
    @Option(names = "--profile", paramLabel = "FILE",
        description = "Target profile (Java properties; see docs/sample-profile.properties).")
    Path profile;

    @Option(names = "--mock", description = "Run against the built-in mock, started in this process (the default).")
    boolean mock;
  }

  @Option(names = "--mock-spec", paramLabel = "FILE",
      description = "With the built-in mock: the OpenAPI file it takes its limits from. Default: the spec in the jar.")
  Path mockSpec;

  @Option(names = "--mock-readings", paramLabel = "FILE",
      description = "With the built-in mock: a readings file (as --write-readings writes it); the mock reads"
          + " each silence of the page as the file says, keeping its default where it says unknown.")
  Path mockReadings;

  @Option(names = "--mock-reading", paramLabel = "SILENCE=READING",
      description = "With the built-in mock: one reading, over the --mock-readings file's, e.g."
          + " content-type.other=accepted (docs/conformance-rules.md lists the silences). Repeatable.")
  Map<String, String> mockReading = new LinkedHashMap<>();

  @Option(names = "--mock-refusal-code", paramLabel = "SITUATION=CODE",
      description = "With the built-in mock, a shorthand for refusal-code.* readings: the code it refuses with"
          + " (missing-task, completed-task, duplicate-name, unknown-reference = a refusal code). Repeatable.")
  Map<String, String> mockRefusalCodes = new LinkedHashMap<>();

  @Option(names = "--mock-failure-data", paramLabel = "WHAT",
      description = "With the built-in mock, a shorthand for both refusal-data.* readings: the data of its"
          + " refusals (default, null, false, absent, empty-array).")
  String mockFailureData;

  @Option(names = "--mock-timestamp-window-seconds", paramLabel = "N",
      description = "With the built-in mock, a shorthand for the timestamp-window reading: how far a timestamp"
          + " may be from its clock. Default: 300.")
  Long mockWindowSeconds;

  @Option(names = "--write-readings", paramLabel = "FILE",
      description = "Write the reading the target takes of each silence of the page (Java properties, one"
          + " silence=reading a line, unknown where it could not be read safely): the same target gives the same"
          + " file. The evidence is in the report.")
  Path writeReadings;

  @Option(names = "--strict",
      description = "Also fail (exit 1) a READING that differs from the one the page's own example implies.")
  boolean strict;

  @Option(names = "--compare", paramLabel = "OTHER",
      description = "Also run the same scenarios against OTHER ('mock' or a second profile) and write"
          + " differences.md and differences.json: each scenario where the two disagree. With --profile, the"
          + " --mock-* options set up the mock compared with; without, 'mock' is the mock as built by default.")
  String compare;

  @Option(names = "--generate", paramLabel = "N", defaultValue = "0",
      description = "After the scenarios, send N edits generated from the spec, each valid or breaking"
          + " known rules, judged by the rules they break (see docs/conformance.md): first the covering arrays"
          + " (every pair of value classes; their size is printed), then random ones. Default: 0.")
  int generate;

  @Option(names = "--sequences", paramLabel = "M", defaultValue = "0",
      description = "After the generated edits, run M sequences of edits and read-backs across"
          + " every task, checked against a model of the page: first every sequence of two steps, then random"
          + " ones. Default: 0.")
  int sequences;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of --generate and --sequences: the same seed, counts and target state give the"
          + " same run. Default: a new one, printed.")
  Long seed;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-report",
      description = "Where the reports go. Default: ${DEFAULT-VALUE} in the current folder.")
  Path reportDir;

  @Option(names = "--tags", paramLabel = "EXPR",
      description = "Cucumber tag expression selecting scenarios, e.g. '@documented and not @area:authentication'.")
  String tags;

  @Option(names = "--rule", paramLabel = "ID",
      description = "Only the scenarios of this rule (e.g. FC-ACW); repeatable.")
  List<String> rules = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return Conformance.run(Conformance.options()
          .profile(target.profile)
          .mock(new Conformance.MockOptions(mockSpec, mockRefusalCodes, mockFailureData, mockWindowSeconds,
              mockReadings, mockReading))
          .writeReadings(writeReadings).strict(strict)
          .compare(compare).generate(generate).sequences(sequences).seed(seed).reportDir(reportDir)
          .tags(tags).rules(rules)
          .build(), spec.commandLine().getOut());
    } catch (ConformanceSetupException | ProfileException e) {
      err.println("outboundkit conformance: " + oneLine(e.getMessage()));
      err.flush();
      return CANNOT_RUN;
    }
  }

  private static String oneLine(String message) {
    return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
