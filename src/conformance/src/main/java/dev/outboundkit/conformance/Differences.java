package dev.outboundkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Where two runs of the same scenarios disagree: each scenario whose verdict differs, or that both
 * runs answered with a reading of a silence of the page but not the same reading, with each side's
 * result codes and verdict (and reading), grouped by rule.
 */
final class Differences {
  static final String MARKDOWN = "differences.md";
  static final String JSON_FILE = "differences.json";

  /** One scenario the two runs judged differently; either side may be null (not run there). */
  record Difference(String rule, String scenario, String location, Outcome first, Outcome second) {
  }

  private final List<Difference> differences;

  private Differences(List<Difference> differences) {
    this.differences = differences;
  }

  static Differences of(List<Outcome> first, List<Outcome> second) {
    Map<String, Outcome> others = new LinkedHashMap<>();
    second.forEach(outcome -> others.put(key(outcome), outcome));
    List<Difference> differences = new ArrayList<>();
    for (Outcome outcome : first) {
      Outcome other = others.remove(key(outcome));
      if (other == null || other.verdict() != outcome.verdict() || readOtherwise(outcome, other)) {
        differences.add(new Difference(outcome.rule(), outcome.name(), outcome.location(), outcome, other));
      }
    }
    others.values().forEach(other -> differences.add(new Difference(other.rule(), other.name(), other.location(),
        null, other)));
    return new Differences(List.copyOf(differences));
  }

  private static boolean readOtherwise(Outcome first, Outcome second) {
    return first.verdict() == Outcome.Verdict.READING && !Objects.equals(first.reading(), second.reading());
  }

  private static String key(Outcome outcome) {
    return outcome.location() + " " + outcome.name();
  }

  List<Difference> list() {
    return differences;
  }

  String summary() {
    return differences.isEmpty() ? "The two targets agree on every scenario"
        : "The two targets disagree on " + differences.size() + " scenario" + (differences.size() == 1 ? "" : "s");
  }

  void write(Path directory, String firstTotals, String secondTotals) {
    StringBuilder md = new StringBuilder("# Conformance: where the two targets disagree\n\n")
        .append("First: ").append(firstTotals).append("  \nSecond: ").append(secondTotals).append("\n\n")
        .append(summary()).append(".\n");
    String rule = null;
    for (Difference difference : differences) {
      if (!difference.rule().equals(rule)) {
        rule = difference.rule();
        md.append("\n## ").append(rule).append("\n\n| scenario | first: codes | first: verdict | second: codes |"
            + " second: verdict |\n|---|---|---|---|---|\n");
      }
      md.append("| ").append(cell(difference.scenario() + " (" + difference.location() + ")")).append(" | ")
          .append(codes(difference.first())).append(" | ").append(verdict(difference.first())).append(" | ")
          .append(codes(difference.second())).append(" | ").append(verdict(difference.second())).append(" |\n");
    }
    JsonArray json = new JsonArray();
    for (Difference difference : differences) {
      JsonObject entry = new JsonObject();
      entry.addProperty("rule", difference.rule());
      entry.addProperty("scenario", difference.scenario());
      entry.addProperty("location", difference.location());
      entry.add("first", side(difference.first()));
      entry.add("second", side(difference.second()));
      json.add(entry);
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(MARKDOWN), md, StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(JSON_FILE),
          new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the differences to " + directory, e);
    }
  }

  private static JsonObject side(Outcome outcome) {
    JsonObject side = new JsonObject();
    if (outcome == null) {
      side.addProperty("verdict", "NOT RUN");
      return side;
    }
    side.addProperty("verdict", outcome.verdict().name());
    JsonArray codes = new JsonArray();
    outcome.codes().forEach(codes::add);
    side.add("codes", codes);
    side.addProperty("reason", outcome.reason());
    if (outcome.reading() != null) {
      side.addProperty("reading", outcome.reading());
    }
    return side;
  }

  private static String codes(Outcome outcome) {
    return outcome == null || outcome.codes().isEmpty() ? "-" : String.join(", ", outcome.codes());
  }

  private static String verdict(Outcome outcome) {
    return outcome == null ? "not run" : outcome.verdict().name().toLowerCase(java.util.Locale.ROOT)
        + (outcome.reading() == null ? "" : ": " + outcome.reading());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
