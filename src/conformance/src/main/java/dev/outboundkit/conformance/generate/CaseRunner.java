package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.Same;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.generated.model.ResultCode;

/**
 * Runs generated cases one by one against a target, judges each by what it broke, and shrinks
 * each failing one to the smallest body and the fewest violations that still fail.
 */
final class CaseRunner {
  /** Reruns a shrink may spend on one failing case. */
  private static final int SHRINK_BUDGET = 150;
  private static final int CASE_STREAM = 0;
  private static final int COVERING_STREAM = 2;

  /** A case's result: null problem when the target answered as the page says. */
  record Outcome(String problem, String rule, List<Exchange> exchanges) {
    boolean failed() {
      return problem != null;
    }
  }

  private final EditTarget target;
  private final RuleBook book;
  private final SpecRules spec;
  private final CaseGenerator generator;
  private final Shrinker shrinker;
  private final RuleCounts counts;
  private final Map<TaskRole, Exchange> knownReadBack = new EnumMap<>(TaskRole.class);
  private final Map<TaskRole, String> names = new EnumMap<>(TaskRole.class);
  /** The covering arrays and two-rule cases sent first; null for random cases only. */
  private final CoveringCases covering;
  private final BodyGenerator bodies;
  private final Map<CaseSpace, CoveringCases.Pairs> pairs = new java.util.HashMap<>();
  private final java.util.Set<String> cells = new java.util.HashSet<>();
  private int budget;
  private int unsent;
  private int arraySent;
  private int twoRulesSent;
  private int randomSent;

  /** @param covering the cases to send before the random ones, null for none */
  CaseRunner(EditTarget target, RuleBook book, SpecRules spec, RuleCounts counts, CoveringCases covering) {
    this.target = Objects.requireNonNull(target, "target");
    this.book = book;
    this.spec = spec;
    this.counts = counts;
    this.covering = covering;
    this.generator = new CaseGenerator(spec, target.facts());
    this.bodies = new BodyGenerator(spec, target.facts());
    this.shrinker = new Shrinker(spec);
    for (TaskRole role : TaskRole.values()) {
      target.wholeTask(target.facts().taskId(role)).ifPresent(task -> names.put(role, task.get("taskName").getAsString()));
    }
  }

  /**
   * Sends the covering cases first (as many as the count allows), then random ones.
   *
   * @return the failures, each shrunk
   */
  List<Failure> run(int count, long seed, int maxFailures) {
    List<Failure> failures = new ArrayList<>();
    budget = count;
    int planned = covering == null ? 0 : covering.plan().size();
    for (int i = 0; i < count && failures.size() < maxFailures; i++) {
      CoveringCases.Planned plan = i < planned ? covering.plan().get(i) : null;
      GeneratedCase generated = plan == null ? generator.next(i, Rng.of(seed, CASE_STREAM, i - planned), names)
          : CoveringCases.render(plan, i, Rng.of(seed, COVERING_STREAM, i), bodies, generator,
              target.facts().taskId(plan.space().role(plan.row())), names);
      if (generated == null) {
        unsent++; // a class found no place (no other task's name known yet): not sent, not counted
        continue;
      }
      List<String> rules = generated.rules();
      (rules.isEmpty() ? List.of(generated.acceptRule()) : rules).forEach(counts::caseTried);
      Outcome outcome = attempt(generated);
      if (outcome == null) {
        unsent += plan == null ? 0 : 1;
        continue;
      }
      (rules.isEmpty() ? List.of(generated.acceptRule()) : rules)
          .forEach(rule -> cells.add(Coverage.cell(generated.role().words(), rule)));
      if (plan == null) {
        randomSent++;
      } else if (plan.twoRules()) {
        twoRulesSent++;
      } else {
        arraySent++;
        pairs.computeIfAbsent(plan.space(), CoveringCases.Pairs::new).cover(plan.row());
      }
      if (outcome.failed()) {
        failures.add(shrink(generated, outcome, seed));
      }
    }
    return failures;
  }

  /** @return what the cases sent covered, with the sequences' part */
  Coverage coverage(Coverage.Sequences sequences) {
    Map<String, int[]> byRule = new java.util.TreeMap<>();
    java.util.Set<String> possibleCells = new java.util.TreeSet<>();
    if (covering != null) {
      for (CaseSpace space : covering.spaces()) {
        pairs.computeIfAbsent(space, CoveringCases.Pairs::new).count(byRule, possibleCells);
      }
    }
    Map<String, Coverage.Count> pairsByRule = new java.util.TreeMap<>();
    byRule.forEach((rule, count) -> pairsByRule.put(rule, new Coverage.Count(count[0], count[1])));
    int pairsCovered = byRule.values().stream().mapToInt(count -> count[0]).sum();
    int pairsPossible = byRule.values().stream().mapToInt(count -> count[1]).sum();
    Map<String, Coverage.Count> cellsByRule = new java.util.TreeMap<>();
    for (String cell : possibleCells) {
      String rule = cell.substring(cell.lastIndexOf(' ') + 1);
      Coverage.Count was = cellsByRule.getOrDefault(rule, new Coverage.Count(0, 0));
      cellsByRule.put(rule, new Coverage.Count(was.covered() + (cells.contains(cell) ? 1 : 0), was.possible() + 1));
    }
    int cellsCovered = (int) possibleCells.stream().filter(cells::contains).count();
    return new Coverage(covering == null ? Map.of() : covering.sizes(), budget, unsent, arraySent,
        covering == null ? 0 : covering.twoRuleRows(), twoRulesSent, randomSent,
        new Coverage.Count(pairsCovered, pairsPossible), new Coverage.Count(cellsCovered, possibleCells.size()),
        pairsByRule, cellsByRule, sequences);
  }

  private Failure shrink(GeneratedCase failing, Outcome outcome, long seed) {
    GeneratedCase current = failing;
    Outcome last = outcome;
    int budget = SHRINK_BUDGET;
    boolean progress = true;
    while (progress && budget > 0) {
      progress = false;
      Predicate<String> taken = takenBy(current.role());
      for (GeneratedCase smaller : shrinker.candidates(current, taken)) {
        Outcome again = attempt(smaller);
        if (again == null) {
          continue;
        }
        if (--budget <= 0) {
          break;
        }
        if (again.failed()) {
          current = smaller;
          last = again;
          progress = true;
          break;
        }
      }
    }
    counts.failed(last.rule());
    Expectation expected = current.expectation(book);
    return new Failure(last.rule(), seed, "case " + current.index() + " (" + current.role() + ", "
        + current.variant().schema() + ")", expected.toString(), last.problem(), current.broken(), List.of(),
        last.exchanges());
  }

  private Predicate<String> takenBy(TaskRole self) {
    return name -> names.entrySet().stream().anyMatch(entry -> entry.getKey() != self && entry.getValue().equals(name));
  }

  /** Sends the case and judges the answer, the read-back and the whole task; null when it does not apply. */
  Outcome attempt(GeneratedCase generated) {
    JsonObject body = generated.render();
    if (body == null) {
      return null;
    }
    TaskRole role = generated.role();
    long id = target.facts().taskId(role);
    Exchange before = knownReadBack.computeIfAbsent(role, any -> target.readBack(id));
    JsonObject wholeBefore = target.wholeTask(id).orElse(null);
    Exchange edit = target.edit(body.toString());
    Exchange after = target.readBack(id);
    JsonObject wholeAfter = target.wholeTask(id).orElse(null);
    knownReadBack.put(role, after);
    learnName(role, body, edit, wholeAfter);

    Expectation expected = generated.expectation(book);
    String problem = expected.problem(edit.answer());
    if (problem != null) {
      return new Outcome(problem, expected.rule(), List.of(edit));
    }
    if (expected.accept()) {
      if (!after.answer().is(ResultCode.SUCCESS)) {
        return new Outcome("the edit was accepted but reading the task back was refused: " + after.answer().text(),
            "RB-SHOWS-EDIT", List.of(edit, after));
      }
      String batches = Same.batches(body.getAsJsonArray(BodyGenerator.BATCHES), after.answer().data());
      if (batches != null) {
        return new Outcome("after the accepted edit, getPhoneGroups shows " + batches, "RB-SHOWS-EDIT",
            List.of(edit, after));
      }
      if (wholeBefore != null) {
        TaskModel model = new TaskModel();
        model.whole = wholeBefore.deepCopy();
        model.accept(body, generated.variant(), spec);
        List<String> differences = model.differences(wholeAfter);
        if (!differences.isEmpty()) {
          return new Outcome("after the accepted edit the whole task is not what the page says: "
              + String.join("; ", differences), wholeRule(differences, generated.variant(), expected.rule()),
              List.of(edit));
        }
      }
    } else {
      Answer was = before.answer();
      Answer now = after.answer();
      if (!Objects.equals(was.code(), now.code()) || !Same.value(was.data(), now.data()) || !Same.value(now.data(), was.data())) {
        return new Outcome("the refused edit changed the task: getPhoneGroups answered before: " + was.text()
            + " after: " + now.text(), "RB-REFUSED-UNCHANGED", List.of(edit, after));
      }
      if (!Objects.equals(wholeBefore, wholeAfter)) {
        return new Outcome("the refused edit changed the task: before " + wholeBefore + " after " + wholeAfter,
            "NC-REFUSED-NOTHING", List.of(edit));
      }
    }
    return new Outcome(null, expected.rule(), List.of(edit));
  }

  /** A field no edit changes (NC-CALL-LIST), one outside the table (NC-STATUS-SCOPE), else the edit's own rule. */
  private String wholeRule(List<String> differences, Variant variant, String editRule) {
    if (differences.stream().anyMatch(d -> TaskModel.neverEdited(d.substring(0, Math.max(0, d.indexOf(' ')))))) {
      return "NC-CALL-LIST";
    }
    var table = spec.properties(spec.schema(variant.schema())).keySet();
    if (differences.stream().anyMatch(d -> table.stream().noneMatch(f -> d.startsWith(f + " ") || d.startsWith(f + ":")))) {
      return "NC-STATUS-SCOPE";
    }
    return editRule;
  }

  private void learnName(TaskRole role, JsonObject body, Exchange edit, JsonObject wholeAfter) {
    if (role.otherNotStarted() == null) {
      return;
    }
    if (wholeAfter != null) {
      names.put(role, wholeAfter.get("taskName").getAsString());
      return;
    }
    JsonElement name = body.get(BodyGenerator.TASK_NAME);
    if (edit.answer().accepted() && GeneratedCase.isText(name)) {
      names.put(role, name.getAsString());
    }
  }
}
