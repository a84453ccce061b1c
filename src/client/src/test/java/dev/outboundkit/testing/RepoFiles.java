package dev.outboundkit.testing;

import java.nio.file.Path;

/**
 * Files of the repository's top level (the spec, the feature files, the docs, the generator
 * templates), seen from a module's tests: the build passes the top folder as the system property
 * {@value #PROPERTY}; a test run from a module folder without it finds it two levels up.
 */
public final class RepoFiles {
  static final String PROPERTY = "outboundkit.root";

  private RepoFiles() {
  }

  /** @return e.g. {@code path("docs", "java-api.md")}, under the repository's top folder */
  public static Path path(String first, String... more) {
    return Path.of(System.getProperty(PROPERTY, "../..")).resolve(Path.of(first, more)).normalize();
  }
}
