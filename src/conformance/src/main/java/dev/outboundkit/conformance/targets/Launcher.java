package dev.outboundkit.conformance.targets;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the suite was started, told from where its classes were loaded, so that a report's commands
 * fit it: the distribution zip's {@code bin/outboundkit}, {@code java -jar .../outboundkit-cli.jar},
 * or Maven in a source checkout (classes in {@code src/conformance/target/classes}).
 *
 * @param kind how
 * @param home the unpacked zip's folder ({@link Kind#ZIP}), the folder of the jars
 *     ({@link Kind#JAR}), the checkout's root ({@link Kind#SOURCE}); null for {@link Kind#OTHER}
 */
public record Launcher(Kind kind, Path home) {

  /** The ways the suite is started. */
  public enum Kind {
    /** {@code bin/outboundkit} of the unpacked zip. */
    ZIP,
    /** {@code java -jar lib/outboundkit-cli.jar}, the jars without the launcher beside them. */
    JAR,
    /** A source checkout: Maven runs the suite. */
    SOURCE,
    /** Neither: the command as the README names it. */
    OTHER
  }

  /** The command line's jar, as the build and the zip name it. */
  public static final String CLI_JAR = "outboundkit-cli.jar";
  /** The Maven command that runs one integration test of this module alone (docs/conformance.md). */
  private static final String MAVEN_IT = "mvn -B verify -pl src/conformance -am -Dtest=none"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=";

  public Launcher {
    Objects.requireNonNull(kind, "kind");
  }

  /** @return how the classes of this suite were loaded */
  public static Launcher detect() {
    CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return new Launcher(Kind.OTHER, null);
    }
    try {
      return of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return new Launcher(Kind.OTHER, null);
    }
  }

  /** @param classes where the suite's classes are: a folder of classes or a jar */
  static Launcher of(Path classes) {
    Path location = classes.toAbsolutePath().normalize();
    if (Files.isDirectory(location)) {
      // <root>/src/conformance/target/classes
      Path root = location.getNameCount() >= 4 ? location.getParent().getParent().getParent().getParent() : null;
      if (root != null && location.endsWith(Path.of("src", "conformance", "target", "classes"))
          && Files.isRegularFile(root.resolve("pom.xml"))) {
        return new Launcher(Kind.SOURCE, root);
      }
      return new Launcher(Kind.OTHER, null);
    }
    Path lib = location.getParent();
    if (lib != null && lib.getParent() != null && Files.isRegularFile(lib.getParent().resolve("bin").resolve("outboundkit"))) {
      return new Launcher(Kind.ZIP, lib.getParent());
    }
    if (lib != null && Files.isRegularFile(lib.resolve(CLI_JAR))) {
      return new Launcher(Kind.JAR, lib);
    }
    return new Launcher(Kind.OTHER, null);
  }

  /**
   * @param args the subcommand and its arguments, e.g. {@code replay saved.json --profile p.properties}
   * @return the command line that runs them as this suite was started: the zip's launcher, the
   *     jar; in a source checkout the jar {@code mvn -B package} builds ({@code src/cli/target/lib/})
   */
  public String outboundkit(List<String> args) {
    List<String> words = new ArrayList<>();
    switch (kind) {
      case ZIP -> words.add(home.resolve("bin").resolve("outboundkit").toString());
      case JAR, SOURCE -> {
        words.add("java");
        words.add("-jar");
        words.add((kind == Kind.JAR ? home : home.resolve("src/cli/target/lib")).resolve(CLI_JAR).toString());
      }
      case OTHER -> words.add("outboundkit");
    }
    words.addAll(args);
    return join(words);
  }

  /**
   * @param integrationTest the Maven runner, e.g. {@code ProfileConformanceIT}
   * @param properties its system properties, e.g. {@code conformance.profile=/x/p.properties}
   * @return the Maven command in the checkout that runs it
   */
  public String maven(String integrationTest, List<String> properties) {
    StringBuilder line = new StringBuilder("cd ").append(CurlLine.shellQuote(home == null ? "." : home.toString()))
        .append(" && ").append(MAVEN_IT).append(integrationTest);
    properties.forEach(property -> line.append(" ").append(CurlLine.shellQuote("-D" + property)));
    return line.toString();
  }

  /** @return whether commands are Maven's (a source checkout) rather than outboundkit's */
  public boolean isSource() {
    return kind == Kind.SOURCE;
  }

  private static String join(List<String> words) {
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      line.append(line.length() == 0 ? "" : " ").append(CurlLine.shellQuote(word));
    }
    return line.toString();
  }
}
