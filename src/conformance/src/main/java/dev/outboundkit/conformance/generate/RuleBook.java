package dev.outboundkit.conformance.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule table of {@code docs/conformance-rules.md}: each rule's id and kind. The kind is the
 * oracle's half of a verdict: a documented parameter rule must be refused with
 * {@link dev.outboundkit.generated.model.ResultCode#PARAMETER_ERROR},
 * an inferred one with any refusal.
 */
public final class RuleBook {
  private static final String TABLE_HEADING = "## Rule table";
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`?([A-Z]+(?:-[A-Z0-9]+)+)`?\\s*\\|(.*)$");

  /** Whether the page states a rule. */
  public enum Kind { DOCUMENTED, INFERRED }

  private final Map<String, Kind> kinds;

  private RuleBook(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** Where the build puts {@code docs/conformance-rules.md} inside the jar. */
  public static final String CLASSPATH_LOCATION = "dev/outboundkit/conformance/conformance-rules.md";

  /** @return the rule table packaged with this build */
  public static RuleBook bundled() {
    try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("the rule table " + CLASSPATH_LOCATION + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), CLASSPATH_LOCATION);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the rule table " + CLASSPATH_LOCATION + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException naming the file when it cannot be read or has no rule table */
  public static RuleBook load(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the rule table " + file + ": " + e.getMessage(), e);
    }
  }

  /** @param source names the text in messages */
  public static RuleBook parse(String markdown, String source) {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("## ")) {
        inTable = line.trim().equals(TABLE_HEADING);
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (!inTable || !row.matches()) {
        continue;
      }
      String rest = row.group(2);
      Kind kind = rest.contains("| documented |") ? Kind.DOCUMENTED : rest.contains("| inferred |") ? Kind.INFERRED : null;
      if (kind == null) {
        throw new IllegalArgumentException(source + ": rule " + row.group(1) + " is neither documented nor inferred");
      }
      kinds.put(row.group(1), kind);
    }
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException(source + " has no rule table under '" + TABLE_HEADING + "'");
    }
    return new RuleBook(kinds);
  }

  /** @throws IllegalArgumentException when the table has no such rule (a generator names a rule that is not there) */
  public Kind kind(String rule) {
    Kind kind = kinds.get(rule);
    if (kind == null) {
      throw new IllegalArgumentException("the rule table has no rule " + rule);
    }
    return kind;
  }

  public boolean has(String rule) {
    return kinds.containsKey(rule);
  }
}
