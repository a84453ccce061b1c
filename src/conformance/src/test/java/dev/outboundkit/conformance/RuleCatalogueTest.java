package dev.outboundkit.conformance;

import dev.outboundkit.testing.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.outboundkit.conformance.targets.Catalogue;
import dev.outboundkit.mock.Readings;

/**
 * The rule catalogue ({@code docs/conformance-rules.md}) and the feature files name the same
 * rules: every rule of the catalogue has a scenario, every scenario names exactly one rule of
 * the catalogue, and says, as the catalogue does, whether the page states the rule
 * ({@code @documented}) or leaves it unsaid ({@code @inferred}). The catalogue's silences are the
 * mock's, each read by a scenario.
 */
class RuleCatalogueTest {
  static final Path CATALOGUE = RepoFiles.path("docs", "conformance-rules.md");
  /** The section of the catalogue whose table lists the rules. */
  static final String TABLE_HEADING = "## Rule table";
  /** A row of the rule table: {@code | `FC-ACW` | ... | documented | ...}. */
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`?([A-Z]+(?:-[A-Z0-9]+)+)`?\\s*\\|(.*)$");

  static Map<String, String> catalogue() throws IOException {
    Map<String, String> rules = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inTable = line.strip().equals(TABLE_HEADING);
        continue;
      }
      if (!inTable) {
        continue;
      }
      Matcher row = ROW.matcher(line.strip());
      if (!row.matches()) {
        continue;
      }
      String rest = row.group(2);
      String kind = rest.contains("| documented |") ? "documented" : rest.contains("| inferred |") ? "inferred" : "?";
      if (rules.put(row.group(1), kind) != null) {
        throw new AssertionError(CATALOGUE + " lists " + row.group(1) + " twice");
      }
    }
    return rules;
  }

  @Test
  void everyRuleHasAScenarioAndEveryScenarioAKnownRule() throws IOException {
    Map<String, String> catalogue = catalogue();
    assertThat(catalogue).as("rules in the table of %s", CATALOGUE).isNotEmpty();
    assertThat(catalogue.values()).as("each rule is 'documented' or 'inferred' in %s", CATALOGUE).doesNotContain("?");

    List<FeatureFiles.Scenario> scenarios = FeatureFiles.all();
    List<String> problems = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (FeatureFiles.Scenario scenario : scenarios) {
      List<String> rules = scenario.rules();
      if (rules.size() != 1) {
        problems.add(scenario + ": must carry exactly one @rule: tag, has " + rules);
        continue;
      }
      String rule = rules.get(0);
      covered.add(rule);
      boolean documented = scenario.tags().contains("@documented");
      boolean inferred = scenario.tags().contains("@inferred");
      if (documented == inferred) {
        problems.add(scenario + ": must carry exactly one of @documented and @inferred");
      }
      String kind = catalogue.get(rule);
      if (kind == null) {
        problems.add(scenario + ": names the rule " + rule + ", which " + CATALOGUE + " does not list");
      } else if (!kind.equals(documented ? "documented" : "inferred")) {
        problems.add(scenario + ": tagged " + (documented ? "@documented" : "@inferred") + " but " + CATALOGUE
            + " says " + rule + " is " + kind);
      }
    }
    for (String rule : catalogue.keySet()) {
      if (!covered.contains(rule)) {
        problems.add(CATALOGUE + " lists " + rule + " but no scenario in features/ names it");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void inferredScenariosNeverAssertAResultCode() {
    List<String> problems = new ArrayList<>();
    for (FeatureFiles.Scenario scenario : FeatureFiles.all()) {
      if (!scenario.tags().contains("@inferred")) {
        continue;
      }
      for (String step : scenario.steps()) {
        if (step.matches(".*refused with code.*")) {
          problems.add(scenario + ": the page does not say which code, so assert only that it is refused: " + step);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The step of the AUTH-TIMESTAMP edits notes the code of a timestamp refused, without naming the silence. */
  private static final Map<String, String> SILENCES_OF_STEPS = Map.of(
      "the edit is accepted or refused, as the target's timestamp window reads it", "refusal-code.timestamp");
  private static final Pattern READS = Pattern.compile(".*(?:reading of|as the reading of) \"([^\"]+)\".*");

  @Test
  void theSilencesTableListsEachSilenceOfTheMocksReadingsWithItsDefault() throws IOException {
    String text = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
    Catalogue catalogue = Catalogue.parse(text, CATALOGUE.toString());
    List<String> keys = java.util.Arrays.stream(Readings.Silence.values()).map(Readings.Silence::key).toList();
    assertThat(catalogue.silences()).as("the silences of %s, in the order of Readings.Silence", CATALOGUE)
        .containsExactlyElementsOf(keys);
    List<String> problems = new ArrayList<>();
    boolean inTable = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("## ")) {
        inTable = line.strip().equals(Catalogue.SILENCES_HEADING);
        continue;
      }
      if (!inTable || !line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("(?<!\\\\)\\|");
      Readings.Silence silence = Readings.Silence.of(cells[1].strip().replace("`", ""));
      String mockDefault = cells[6].strip().replace("`", "");
      if (!mockDefault.equals(silence.mockDefault())) {
        problems.add(silence.key() + ": the table says the mock's default is " + mockDefault + ", the mock "
            + silence.mockDefault());
      }
      String implied = catalogue.implied(silence);
      if (implied != null && !implied.equals(Catalogue.REFUSED)) {
        try {
          silence.canonical(implied);
        } catch (IllegalArgumentException e) {
          problems.add("the reading the page implies is not a reading: " + e.getMessage());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everySilenceIsReadByAScenario() {
    Set<String> read = new TreeSet<>();
    for (FeatureFiles.Scenario scenario : FeatureFiles.all()) {
      for (String step : scenario.steps()) {
        Matcher reads = READS.matcher(step);
        if (reads.matches()) {
          read.add(Readings.Silence.of(reads.group(1)).key());
        }
        if (SILENCES_OF_STEPS.containsKey(step)) {
          read.add(SILENCES_OF_STEPS.get(step));
        }
      }
    }
    assertThat(read).containsExactlyInAnyOrderElementsOf(
        java.util.Arrays.stream(Readings.Silence.values()).map(Readings.Silence::key).toList());
  }
}
