package dev.outboundkit.conformance.targets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.outboundkit.mock.Readings;

/**
 * The two tables of {@code docs/conformance-rules.md} a report and a run read, packaged in the jar:
 * the rule table (each rule's id, the page's sentence as quoted, its English gloss, its kind) and
 * the silences of the page (each silence's key and the reading the page's own text implies). The
 * one copy of each quote and each implied reading.
 */
public final class Catalogue {
  /** Where the build puts {@code docs/conformance-rules.md} inside the jar. */
  public static final String CLASSPATH_LOCATION = "dev/outboundkit/conformance/conformance-rules.md";
  /** The heading of the rule table. */
  public static final String RULES_HEADING = "## Rule table";
  /** The heading of the table of silences. */
  public static final String SILENCES_HEADING = "## Silences of the page";
  /** The word of the silences table for "the page implies no reading". */
  public static final String NONE = "-";
  /** The word of the silences table for "the page implies a refusal, with any of its codes". */
  public static final String REFUSED = "refused";

  private static final Pattern ID = Pattern.compile("`?([A-Za-z][A-Za-z0-9.-]*)`?");
  private static Catalogue bundled;

  /**
   * @param id e.g. {@code FC-ACW}
   * @param quote the page's words, Chinese, as the table quotes them
   * @param gloss the same in English
   * @param kind {@code documented} or {@code inferred}
   */
  public record Rule(String id, String quote, String gloss, String kind) {
  }

  private final Map<String, Rule> rules;
  private final Map<String, String> implied;

  private Catalogue(Map<String, Rule> rules, Map<String, String> implied) {
    this.rules = rules;
    this.implied = implied;
  }

  /** @return the catalogue packaged with this build */
  public static synchronized Catalogue bundled() {
    if (bundled == null) {
      try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
        if (in == null) {
          throw new IllegalStateException("the rule catalogue " + CLASSPATH_LOCATION + " is missing from the class path");
        }
        bundled = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), CLASSPATH_LOCATION);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the rule catalogue " + CLASSPATH_LOCATION + ": " + e.getMessage(), e);
      }
    }
    return bundled;
  }

  /** @param source names the text in messages */
  public static Catalogue parse(String markdown, String source) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    Map<String, String> implied = new LinkedHashMap<>();
    String section = "";
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        section = line.strip();
        continue;
      }
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      List<String> cells = cells(line);
      if (cells.isEmpty() || !ID.matcher(cells.get(0)).matches() || !cells.get(0).startsWith("`")) {
        continue; // the header row
      }
      String id = cells.get(0).replace("`", "");
      if (section.equals(RULES_HEADING) && cells.size() >= 4) {
        rules.put(id, new Rule(id, cells.get(1), cells.get(2), cells.get(3)));
      } else if (section.equals(SILENCES_HEADING) && cells.size() >= 5) {
        implied.put(id, firstCode(cells.get(4)));
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(source + " has no rule table under '" + RULES_HEADING + "'");
    }
    return new Catalogue(Map.copyOf(rules), implied);
  }

  /** @return the first {@code `code`} of a cell, e.g. {@code 10001} of {@code `10001` (鉴权失败...)}; {@link #NONE} without one */
  private static String firstCode(String cell) {
    java.util.regex.Matcher code = Pattern.compile("`([^`]+)`").matcher(cell);
    return code.find() ? code.group(1) : NONE;
  }

  /** @return the cells of a table row, outer pipes dropped, {@code \|} read as a pipe inside a cell */
  static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String text = row.strip();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  /** @return the rule, if the table has it */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
  }

  /** @return every silence key the table lists, in its order */
  public List<String> silences() {
    return List.copyOf(implied.keySet());
  }

  /**
   * @return the reading the page's own text implies for the silence ({@link #REFUSED} for any
   *     refusal), null when it implies none or the table does not list it
   */
  public String implied(Readings.Silence silence) {
    String value = implied.get(silence.key());
    return value == null || value.equals(NONE) ? null : value;
  }

  /**
   * @return whether a reading differs from the one the page implies: a reading that lets the
   *     request through where it implies a refusal, or another value where it implies one
   */
  public boolean differsFromThePage(Readings.Silence silence, String reading) {
    String expected = implied(silence);
    if (expected == null) {
      return false;
    }
    if (expected.equals(REFUSED)) {
      return !Readings.REFUSAL_CODES.contains(reading);
    }
    return !expected.equals(reading);
  }
}
