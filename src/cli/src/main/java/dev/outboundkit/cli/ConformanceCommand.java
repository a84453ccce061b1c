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
 * built-in mock, from the jar. Exit status 0 when every selected scenario passed (or was
 * skipped for want of a control API), 1 when any failed or was blocked, 2 when the run could
 * not start (a bad flag, a missing or broken profile, a target that cannot be reached or signed
 * for).
 */
@Command(name = "conformance",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ConformanceCommand.CANNOT_RUN,
    exitCodeOnExecutionException = ConformanceCommand.CANNOT_RUN,
    description = {
        "Run the conformance suite (every rule of the vendor's page as scenarios) against a target"
            + " profile (a sandbox, the mock started on its own) or, by default, the built-in mock.",
        "Exit status: 0 every selected scenario passed, 1 some failed or were blocked, 2 the run could not start."})
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

  @Option(names = "--mock-refusal-code", paramLabel = "SITUATION=CODE",
      description = "With the built-in mock: the code it refuses with where the page leaves it open"
          + " (missing-task, completed-task, duplicate-name, unknown-reference = 20001 or 29002). Repeatable.")
  Map<String, String> mockRefusalCodes = new LinkedHashMap<>();

  @Option(names = "--mock-failure-data", paramLabel = "WHAT",
      description = "With the built-in mock: the data of its refusals (default, null, false, absent, empty-array).")
  String mockFailureData;

  @Option(names = "--mock-timestamp-window-seconds", paramLabel = "N",
      description = "With the built-in mock: how far a timestamp may be from its clock. Default: 300.")
  Long mockWindowSeconds;

  @Option(names = "--compare", paramLabel = "OTHER",
      description = "Also run the same scenarios against OTHER ('mock' or a second profile) and write"
          + " differences.md and differences.json: each scenario where the two disagree.")
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
          .mock(new Conformance.MockOptions(mockSpec, mockRefusalCodes, mockFailureData, mockWindowSeconds))
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
