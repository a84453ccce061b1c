package dev.outboundkit.conformance;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.targets.Target;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.tagexpressions.TagExpressionParser;

/**
 * Runs the suite's scenarios once against one target, in this JVM, through Cucumber's runtime:
 * Cucumber's HTML, JSON and JUnit XML reports and the run's own ({@link RunReport}) in one
 * folder, progress on the terminal.
 */
final class SuiteRunner {
  static final String HTML = "report.html";
  static final String JSON = "report.json";
  static final String JUNIT = "junit.xml";

  private final String tags;

  /** @param tags a Cucumber tag expression selecting the scenarios; null for all */
  SuiteRunner(String tags) {
    this.tags = tags;
  }

  /** @return how many scenarios the selection holds */
  int count() {
    return tags == null ? FeatureFiles.all().size() : FeatureFiles.selected(TagExpressionParser.parse(tags)).size();
  }

  /**
   * Runs the selected scenarios against the target, which stays open.
   *
   * @param label put before each progress line, e.g. {@code "mock "}
   */
  RunReport run(Target target, ConformanceRun.Settings settings, Path directory, PrintWriter out, String label) {
    List<String> argv = new ArrayList<>(List.of(
        "--glue", Suite.GLUE,
        "--plugin", "html:" + directory.resolve(HTML),
        "--plugin", "json:" + directory.resolve(JSON),
        "--plugin", "junit:" + directory.resolve(JUNIT),
        "--monochrome", "--no-summary"));
    if (tags != null) {
      argv.add("--tags");
      argv.add(tags);
    }
    argv.add("classpath:" + Suite.FEATURES_RESOURCE);
    RuntimeOptions options = new CommandlineOptionsParser(OutputStream.nullOutputStream())
        .parse(argv.toArray(String[]::new))
        .setPublishQuiet(true)
        .build();
    RunReport report = new RunReport(directory, false);
    ClassLoader loader = SuiteRunner.class.getClassLoader();
    try (ConformanceRun run = ConformanceRun.begin(target, settings)) {
      Runtime.builder()
          .withRuntimeOptions(options)
          .withClassLoader(() -> loader)
          .withAdditionalPlugins(report, new Progress(out, count(), label))
          .build()
          .run();
    }
    return report;
  }
}
