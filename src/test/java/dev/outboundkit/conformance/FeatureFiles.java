package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;

/**
 * The scenarios of {@code features/}, as Cucumber runs them (one per example row), for the
 * tests that hold the features to the spec and to the rule catalogue.
 */
final class FeatureFiles {
  static final Path DIRECTORY = Path.of("features");

  /** One scenario as run: its file, name, tags (with {@code @}) and step texts. */
  record Scenario(String file, String name, List<String> tags, List<String> steps) {
    /** @return the rule ids of its {@code @rule:} tags */
    List<String> rules() {
      return tags.stream().filter(tag -> tag.startsWith(RuleSummaryPlugin.RULE_TAG))
          .map(tag -> tag.substring(RuleSummaryPlugin.RULE_TAG.length())).toList();
    }

    @Override
    public String toString() {
      return file + ": " + name;
    }
  }

  private FeatureFiles() {
  }

  /** @return every scenario of every feature file */
  static List<Scenario> all() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<Scenario> scenarios = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        scenarios.addAll(of(file));
      }
      return scenarios;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + DIRECTORY.toAbsolutePath(), e);
    }
  }

  /** @return the scenarios of one feature file */
  static List<Scenario> of(Path file) {
    GherkinParser parser = GherkinParser.builder()
        .includeSource(false).includeGherkinDocument(false).includePickles(true).build();
    List<Scenario> scenarios = new ArrayList<>();
    try (Stream<Envelope> envelopes = parser.parse(file)) {
      envelopes.forEach(envelope -> {
        envelope.getParseError().ifPresent(error -> {
          throw new IllegalStateException(file + ": " + error.getMessage());
        });
        envelope.getPickle().ifPresent(pickle -> scenarios.add(scenario(file, pickle)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return scenarios;
  }

  private static Scenario scenario(Path file, Pickle pickle) {
    return new Scenario(file.getFileName().toString(), pickle.getName(),
        pickle.getTags().stream().map(PickleTag::getName).toList(),
        pickle.getSteps().stream().map(PickleStep::getText).toList());
  }
}
