package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.conformance.Conformance;
import dev.outboundkit.conformance.RunReport;
import dev.outboundkit.mock.MockServer;

/**
 * A conformance run with generated cases ({@code --generate}): a rule whose scenarios pass but whose generated
 * cases fail is shown as failing in {@code rules-summary.md}, with both counts.
 */
class RulesSummaryWithGeneratedRunIT {
  private static final long SEED = 10;
  /** The covering arrays pair a bad acw with the predictive strategy, whatever the seed. */
  private static final int CASES = GeneratedRun.systematicSize(dev.outboundkit.spec.ApiSpec.bundled())[0];

  @TempDir
  Path folder;

  @Test
  void aRuleWhoseScenariosPassButAGeneratedCaseFailsIsShownFailingWithBothCounts() throws Exception {
    Path reports = folder.resolve("reports");
    StringWriter out = new StringWriter();
    int status;
    KeyPair keys = RSAKeyPairs.generate();
    try (MockServer mock = MockServer.builder().tenant(FaultyProxyMain.APP_ID, keys.getPublic()).build().start();
        FaultyProxy proxy = new FaultyProxy(mock, Set.of(FaultyProxy.Fault.ACW_UNCHECKED_WHEN_PREDICTIVE))) {
      Path profile = folder.resolve("faulty.properties");
      FaultyProxyMain.writeProfile(mock, proxy, keys, profile);
      status = Conformance.run(Conformance.options().profile(profile).rules(List.of("FC-ACW")).generate(CASES)
          .seed(SEED).reportDir(reports).build(), new PrintWriter(out, true));
    }

    assertThat(status).as("exit status; output:%n%s", out).isEqualTo(1);
    String summary = Files.readString(reports.resolve(RunReport.SUMMARY_FILE), StandardCharsets.UTF_8);
    assertThat(summary).as(RunReport.SUMMARY_FILE)
        .containsPattern("\\| FC-ACW \\| documented \\| 4 \\| 0 \\| 0 \\| 0 \\| [1-9]\\d* \\| 0 \\| [1-9]\\d* \\| FAILED \\(see "
            + GeneratedRun.FAILURES_FILE + "\\) \\|")
        .as("a rule only the generated run tried: blank scenario counts")
        .containsPattern("\\| [A-Z-]+ \\| (documented|inferred) \\|  \\|  \\|  \\|  \\| [1-9]\\d* \\| 0 \\| 0 \\| passed \\|");
    assertThat(out.toString()).as("the terminal table").containsPattern("\\| FC-ACW \\| documented \\| 4 \\| 0 \\| 0 \\| 0 \\| [1-9]");
    assertThat(summary).as("the pairs of value classes the covering arrays covered, per rule")
        .containsPattern("\\| FC-ACW \\| documented \\| .* \\| FAILED \\(see " + GeneratedRun.FAILURES_FILE
            + "\\) \\| (\\d+)/\\1 \\|");
    assertThat(Files.readString(reports.resolve(GeneratedRun.FAILURES_FILE), StandardCharsets.UTF_8)).contains("`FC-ACW`");
  }
}
