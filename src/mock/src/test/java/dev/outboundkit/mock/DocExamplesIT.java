package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.outboundkit.testing.RepoFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The docs' test examples, compiled and run from their one copy, the pages: every {@code java}
 * block after a {@code <!-- consumer-test: FILE -->} marker in {@code docs/testing.md} and
 * {@code docs/java-api.md}. ({@code .ci/check-consumer} runs the same blocks again in a project
 * of their own, against the installed artifacts, as an application would.)
 */
class DocExamplesIT {

  /** The pages whose marked blocks are tests, and how many each has at least. */
  private static final Map<String, Integer> PAGES = Map.of("testing.md", 3, "java-api.md", 1);
  private static final Pattern BLOCK = Pattern.compile("<!-- consumer-test: (\\S+) -->\\n```java\\n(.*?)\\n```",
      Pattern.DOTALL);

  @Test
  void everyTestExampleOfThePagesCompilesAndPasses(@TempDir Path dir) throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> page : PAGES.entrySet()) {
      Map<String, String> blocks = blocks(RepoFiles.path("docs", page.getKey()));
      assertThat(blocks).as("test examples of docs/%s", page.getKey()).hasSizeGreaterThanOrEqualTo(page.getValue());
      sources.putAll(blocks);
    }
    List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-encoding", "UTF-8",
        "-proc:none", "-classpath", System.getProperty("java.class.path")));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      arguments.add(file.toString());
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int compiled = javac.run(null, errors, errors, arguments.toArray(String[]::new));
    assertThat(compiled).as("javac of the docs' examples:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
        getClass().getClassLoader())) {
      List<DiscoverySelector> classes = new ArrayList<>();
      for (String file : sources.keySet()) {
        classes.add(selectClass(loader.loadClass(file.replace(".java", "").replace('/', '.'))));
      }
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(classes).build(), listener);
      TestExecutionSummary summary = listener.getSummary();

      assertThat(summary.getFailures()).extracting(failure -> failure.getTestIdentifier().getDisplayName() + ": "
          + failure.getException()).isEmpty();
      assertThat(summary.getTestsSucceededCount()).isGreaterThanOrEqualTo(sources.size());
    }
  }

  /** @return each marked block of the page, by the file it names */
  private static Map<String, String> blocks(Path page) throws IOException {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher block = BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
    while (block.find()) {
      assertThat(blocks.put(block.group(1), block.group(2) + "\n")).as("%s names %s twice", page, block.group(1))
          .isNull();
    }
    return blocks;
  }
}
