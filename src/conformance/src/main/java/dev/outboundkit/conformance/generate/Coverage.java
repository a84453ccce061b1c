package dev.outboundkit.conformance.generate;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * How much of the space a generated run covered: the covering arrays' size and how much of them
 * the budget sent, the pairs of value classes covered out of those possible, the (task × rule)
 * cells, in total and per rule, and the bound of the sequences.
 */
public final class Coverage {
  /** A count of things covered out of those possible. */
  public record Count(int covered, int possible) {
    public boolean complete() {
      return covered >= possible;
    }

    @Override
    public String toString() {
      return covered + "/" + possible;
    }

    String percent() {
      return possible == 0 ? "-" : String.format("%.1f %%", 100.0 * covered / possible);
    }
  }

  /**
   * The sequences: every sequence of {@code bound} steps over {@code alphabet} kinds of step
   * ({@code exhaustive} of them, which run every shorter one as their prefixes), of which
   * {@code exhaustiveRun} ran, then {@code random} random ones.
   */
  public record Sequences(int bound, int alphabet, int exhaustive, int exhaustiveRun, int random) {
    public boolean complete() {
      return exhaustiveRun >= exhaustive;
    }

    String words() {
      return complete() ? "every sequence of length ≤ " + bound + " over " + alphabet + " kinds of step was run ("
          + exhaustive + " sequences of " + bound + " steps, each a read-back after every step), then " + random + " random"
          : "the sequence budget is smaller than the " + exhaustive + " sequences of length ≤ " + bound + " (over "
              + alphabet + " kinds of step): " + exhaustiveRun + " of them ran, so the bound was NOT reached";
    }
  }

  private final Map<String, Integer> arrays;
  private final int budget;
  private final int unsent;
  private final int arrayRun;
  private final int twoRules;
  private final int twoRulesRun;
  private final int random;
  private final Count pairs;
  private final Count cells;
  private final Map<String, Count> pairsByRule;
  private final Map<String, Count> cellsByRule;
  private final Sequences sequences;

  /**
   * @param arrays per variant schema, its covering array's size
   * @param budget the cases the run was given
   * @param unsent planned cases not sent because a class found no place (no other task's name known)
   * @param arrayRun how many of the arrays' cases were sent
   * @param twoRules the cases with two rules broken planned, and {@code twoRulesRun} sent
   * @param random random cases sent after them
   */
  Coverage(Map<String, Integer> arrays, int budget, int unsent, int arrayRun, int twoRules, int twoRulesRun, int random,
      Count pairs, Count cells, Map<String, Count> pairsByRule, Map<String, Count> cellsByRule, Sequences sequences) {
    this.arrays = Collections.unmodifiableMap(new TreeMap<>(arrays));
    this.budget = budget;
    this.unsent = unsent;
    this.arrayRun = arrayRun;
    this.twoRules = twoRules;
    this.twoRulesRun = twoRulesRun;
    this.random = random;
    this.pairs = Objects.requireNonNull(pairs, "pairs");
    this.cells = Objects.requireNonNull(cells, "cells");
    this.pairsByRule = Collections.unmodifiableMap(new TreeMap<>(pairsByRule));
    this.cellsByRule = Collections.unmodifiableMap(new TreeMap<>(cellsByRule));
    this.sequences = Objects.requireNonNull(sequences, "sequences");
  }

  static String cell(String task, String rule) {
    return task + " × " + rule;
  }

  /** @return the covering arrays' cases, both variants */
  public int arraySize() {
    return arrays.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int arrayRun() {
    return arrayRun;
  }

  /** @return whether the budget holds every case of the arrays and of the two-rule set */
  public boolean arraysComplete() {
    return budget >= arraySize() + twoRules;
  }

  public Count pairs() {
    return pairs;
  }

  public Count cells() {
    return cells;
  }

  public Sequences sequences() {
    return sequences;
  }

  /** @return the pairs counted under the rule, null when no pair is */
  public Count pairs(String rule) {
    return pairsByRule.get(rule);
  }

  public Map<String, Count> pairsByRule() {
    return pairsByRule;
  }

  /** @return e.g. {@code 312/312}, or {@code 200/312 (not all)}; empty when no pair is counted under the rule */
  public String pairsCell(String rule) {
    Count count = pairsByRule.get(rule);
    return count == null ? "" : count + (count.complete() ? "" : " (not all)");
  }

  /** @return the line of the run summary */
  public String summary() {
    StringBuilder text = new StringBuilder("covering arrays ").append(arraySize()).append(" cases (");
    text.append(String.join(", ", arrays.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()))
        .append(") and ").append(twoRules).append(" with two rules broken");
    if (arraysComplete()) {
      text.append(", ").append(arrayRun + twoRulesRun).append(" of them sent, then ").append(random).append(" random");
    } else {
      text.append("; the budget of ").append(budget).append(" cases is SMALLER than them: ").append(arrayRun)
          .append(" + ").append(twoRulesRun).append(" sent, no random ones");
    }
    if (unsent > 0) {
      text.append(" (").append(unsent).append(" not sent: a class found no place, e.g. no other task's name known)");
    }
    text.append("; pairs of value classes covered ").append(pairs).append(" (").append(pairs.percent())
        .append("), task × rule cells ").append(cells);
    long partial = pairsByRule.values().stream().filter(count -> !count.complete()).count();
    if (partial > 0) {
      text.append(", ").append(partial).append(" rules with pairs not all covered");
    }
    return text.append("; sequences: ").append(sequences.words()).toString();
  }

  /** @return the JSON report, {@value GeneratedRun#COVERAGE_FILE} */
  String json(GeneratedRun.Result result) {
    JsonObject root = new JsonObject();
    root.addProperty("seed", result.options().seed());
    root.addProperty("target", result.target());
    JsonObject budget = new JsonObject();
    budget.addProperty("cases", result.options().cases());
    budget.addProperty("sequences", result.options().sequences());
    root.add("budget", budget);
    JsonObject array = new JsonObject();
    arrays.forEach(array::addProperty);
    JsonObject cases = new JsonObject();
    cases.add("coveringArrays", array);
    cases.addProperty("coveringArraysSize", arraySize());
    cases.addProperty("coveringArraysSent", arrayRun);
    cases.addProperty("twoRulesBroken", twoRules);
    cases.addProperty("twoRulesBrokenSent", twoRulesRun);
    cases.addProperty("budgetHoldsThem", arraysComplete());
    cases.addProperty("notSent", unsent);
    cases.addProperty("random", random);
    root.add("cases", cases);
    root.add("pairs", count(pairs));
    root.add("taskRuleCells", count(cells));
    JsonObject rules = new JsonObject();
    for (String rule : new java.util.TreeSet<>(java.util.stream.Stream.concat(pairsByRule.keySet().stream(),
        cellsByRule.keySet().stream()).toList())) {
      JsonObject one = new JsonObject();
      if (pairsByRule.containsKey(rule)) {
        one.add("pairs", count(pairsByRule.get(rule)));
        one.addProperty("allPairsCovered", pairsByRule.get(rule).complete());
      }
      if (cellsByRule.containsKey(rule)) {
        one.add("taskRuleCells", count(cellsByRule.get(rule)));
      }
      rules.add(rule, one);
    }
    root.add("rules", rules);
    JsonObject walks = new JsonObject();
    walks.addProperty("bound", sequences.bound());
    walks.addProperty("kindsOfStep", sequences.alphabet());
    walks.addProperty("exhaustive", sequences.exhaustive());
    walks.addProperty("exhaustiveRun", sequences.exhaustiveRun());
    walks.addProperty("boundReached", sequences.complete());
    walks.addProperty("random", sequences.random());
    walks.addProperty("statement", sequences.words());
    root.add("sequences", walks);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** @return the rule's (task × rule) cells covered out of possible, empty when it has none */
  public String cellsCell(String rule) {
    Count count = cellsByRule.get(rule);
    return count == null ? "" : count.toString();
  }

  private static JsonObject count(Count count) {
    JsonObject json = new JsonObject();
    json.addProperty("covered", count.covered());
    json.addProperty("possible", count.possible());
    return json;
  }
}
