package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.tagexpressions.Expression;

/**
 * The scenarios of the feature files packaged with the suite ({@link Suite#FEATURES_RESOURCE}),
 * as Cucumber runs them (one per example row): for the command's count of what it will run,
 * and for the tests that hold the features to the spec and to the rule catalogue.
 */
public final class FeatureFiles {

  /** One scenario as run: its file, name, tags (with {@code @}) and step texts. */
  public record Scenario(String file, String name, List<String> tags, List<String> steps) {
    /** @return the rule ids of its {@code @rule:} tags */
    public List<String> rules() {
      return RunReport.rules(tags);
    }

    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  /** Every scenario, parsed on first use: the packaged files do not change while the JVM runs. */
  private static List<Scenario> all;

  private FeatureFiles() {
  }

  /** @return every scenario of every feature file */
  public static synchronized List<Scenario> all() {
    if (all == null) {
      List<Scenario> scenarios = new ArrayList<>();
      for (String name : names()) {
        scenarios.addAll(of(name));
      }
      all = List.copyOf(scenarios);
    }
    return all;
  }

  /** @return the scenarios a tag expression selects */
  public static List<Scenario> selected(Expression tags) {
    return all().stream().filter(scenario -> tags.evaluate(scenario.tags())).toList();
  }

  /** @return the file names, e.g. {@code field-constraints.feature}, sorted */
  public static List<String> names() {
    URL folder = FeatureFiles.class.getClassLoader().getResource(Suite.FEATURES_RESOURCE);
    if (folder == null) {
      throw new IllegalStateException("the feature files are not on the class path (" + Suite.FEATURES_RESOURCE + ")");
    }
    try {
      URI uri = folder.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return list(Path.of(uri));
      }
      try {
        return list(FileSystems.getFileSystem(uri).getPath(Suite.FEATURES_RESOURCE));
      } catch (FileSystemNotFoundException notOpen) {
        // Opened for the listing only and closed again: Cucumber opens the jar its own way.
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return list(jar.getPath(Suite.FEATURES_RESOURCE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the feature files at " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list the feature files at " + folder, e);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".feature")).sorted()
          .toList();
    }
  }

  /** @return the scenarios of one feature file, by its name */
  public static List<Scenario> of(String name) {
    String resource = Suite.FEATURES_RESOURCE + "/" + name;
    GherkinParser parser = GherkinParser.builder()
        .includeSource(false).includeGherkinDocument(false).includePickles(true).build();
    List<Scenario> scenarios = new ArrayList<>();
    try (InputStream in = FeatureFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no feature file " + name + " on the class path");
      }
      try (Stream<Envelope> envelopes = parser.parse(name, in)) {
        envelopes.forEach(envelope -> {
          envelope.getParseError().ifPresent(error -> {
            throw new IllegalStateException(name + ": " + error.getMessage());
          });
          envelope.getPickle().ifPresent(pickle -> scenarios.add(scenario(name, pickle)));
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return scenarios;
  }

  private static Scenario scenario(String file, Pickle pickle) {
    return new Scenario(file, pickle.getName(),
        pickle.getTags().stream().map(PickleTag::getName).toList(),
        pickle.getSteps().stream().map(PickleStep::getText).toList());
  }
}
