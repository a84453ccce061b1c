package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.Same;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.generated.model.ResultCode;

/**
 * Sequences of edits and read-backs across all task roles, checked after every step against a
 * model of what the page says each task must now show: first every sequence of {@link #BOUND}
 * steps over the {@linkplain #alphabet() kinds of step} (task role × edit kind), which runs every
 * shorter one as its prefix, then random ones. A failing sequence is shrunk to the fewest steps
 * that still fail, by replaying it from its starting state.
 */
final class SequenceRunner {
  /**
   * The length of the sequences run exhaustively: 14 kinds of step give 196 sequences of two;
   * three would be 2,744 (about 45,000 requests), past the run's time budget on the mock.
   */
  static final int BOUND = 2;
  private static final int SEQUENCE_STREAM = 1;
  private static final int EXHAUSTIVE_STREAM = 3;
  private static final int SHRINK_BUDGET = 60;
  private static final List<TaskRole> ROLES = List.of(TaskRole.NOT_STARTED, TaskRole.NOT_STARTED, TaskRole.NOT_STARTED,
      TaskRole.NOT_STARTED_2, TaskRole.NOT_STARTED_2, TaskRole.NOT_STARTED_2, TaskRole.IN_PROGRESS, TaskRole.IN_PROGRESS, TaskRole.PAUSED,
      TaskRole.COMPLETED, TaskRole.MISSING);

  /** What an edit of an exhaustive sequence does. */
  enum EditKind {
    /** a valid edit; a not-started task keeps its own name */
    VALID,
    /** an edit breaking one rule */
    INVALID,
    /** a valid edit renaming a not-started task: to the oldest name a task gave up in the sequence, else a new one */
    RENAME,
    /** a not-started task renamed to the name the other one holds: refused */
    TAKEN
  }

  /** One kind of step of the exhaustive sequences; each is followed by a read-back. */
  record Kind(TaskRole role, EditKind edit) {
    @Override
    public String toString() {
      return edit.name().toLowerCase(java.util.Locale.ROOT) + " edit of the " + role.words();
    }
  }

  /**
   * @return the kinds of step: each not-started task × every edit kind, the in-progress and paused
   *     tasks × valid and invalid (their table has no name), the completed and missing tasks × an edit
   *     (refused whatever it holds)
   */
  static List<Kind> alphabet() {
    List<Kind> kinds = new ArrayList<>();
    for (TaskRole role : TaskRole.values()) {
      List<EditKind> edits = role.otherNotStarted() != null ? List.of(EditKind.values())
          : role.variant() != null ? List.of(EditKind.VALID, EditKind.INVALID) : List.of(EditKind.VALID);
      edits.forEach(edit -> kinds.add(new Kind(role, edit)));
    }
    return kinds;
  }

  /** @return how many sequences the exhaustive part has: every one of {@link #BOUND} steps */
  static int exhaustiveCount() {
    return (int) Math.pow(alphabet().size(), BOUND);
  }

  /** A replay's result: the failing step, or -1 when every step went as the model says. */
  record Outcome(int step, String problem, String rule, List<Exchange> exchanges) {
    static final Outcome PASSED = new Outcome(-1, null, null, List.of());

    boolean failed() {
      return step >= 0;
    }
  }

  private final EditTarget target;
  private final RuleBook book;
  private final SpecRules spec;
  private final BodyGenerator bodies;
  private final Violations violations;
  private final RuleCounts counts;
  /** Makes every replay's starting names new on the target, also across runs on one sandbox. */
  private final String runToken = Long.toString(System.currentTimeMillis() % 60_466_176L, 36);
  private int replays;
  private int steps;
  private final boolean exhaustive;
  private int exhaustiveRun;
  private int randomRun;

  /** @param exhaustive whether every sequence up to {@link #BOUND} steps runs before the random ones */
  SequenceRunner(EditTarget target, RuleBook book, SpecRules spec, RuleCounts counts, boolean exhaustive) {
    this.exhaustive = exhaustive;
    this.target = Objects.requireNonNull(target, "target");
    this.book = book;
    this.spec = spec;
    this.counts = counts;
    this.bodies = new BodyGenerator(spec, target.facts());
    this.violations = new Violations(spec, bodies);
  }

  int stepsRun() {
    return steps;
  }

  /** @return the bound and how much of it ran */
  Coverage.Sequences coverage() {
    return new Coverage.Sequences(BOUND, alphabet().size(), exhaustive ? exhaustiveCount() : 0, exhaustiveRun, randomRun);
  }

  List<Failure> run(int count, long seed, int maxFailures) {
    List<Failure> failures = new ArrayList<>();
    int planned = exhaustive ? exhaustiveCount() : 0;
    List<Kind> alphabet = alphabet();
    for (int i = 0; i < count && failures.size() < maxFailures; i++) {
      List<SequenceStep> sequence;
      if (i < planned) {
        sequence = exhaustive(i, alphabet, Rng.of(seed, EXHAUSTIVE_STREAM, i));
        exhaustiveRun++;
      } else {
        sequence = generate(Rng.of(seed, SEQUENCE_STREAM, i - planned));
        randomRun++;
      }
      Outcome outcome = replay(sequence, true);
      if (outcome.failed()) {
        failures.add(shrink(sequence, outcome, seed, i));
      }
    }
    return failures;
  }

  /** @return sequence {@code index} of the exhaustive part: its digits in base |alphabet| name its kinds of step */
  List<SequenceStep> exhaustive(int index, List<Kind> alphabet, Rng rng) {
    List<SequenceStep> sequence = start(rng);
    for (Kind kind : kinds(index, alphabet)) {
      TaskRole role = kind.role();
      Variant variant = role.variant() != null ? role.variant()
          : role == TaskRole.COMPLETED ? Variant.NOT_STARTED : Variant.IN_PROGRESS;
      boolean named = role.otherNotStarted() != null;
      SequenceStep step = switch (kind.edit()) {
        case VALID -> edit(role, variant, rng, named ? SequenceStep.Name.OWN : SequenceStep.Name.NONE, false);
        case INVALID -> edit(role, variant, rng, named ? SequenceStep.Name.FRESH : SequenceStep.Name.NONE, false);
        case RENAME -> edit(role, variant, rng, SequenceStep.Name.FREED, false).withPick(0);
        case TAKEN -> edit(role, variant, rng, SequenceStep.Name.OTHER, false);
      };
      if (kind.edit() == EditKind.INVALID) {
        List<Mutation> candidates = violations.candidates(variant, step.body(), rng, null);
        step = step.withMutations(CaseGenerator.pick(candidates, rng, 1));
      }
      sequence.add(step);
    }
    return sequence;
  }

  /** @return the kinds of step of exhaustive sequence {@code index}: its digits in base |alphabet|, the first step varying slowest */
  static List<Kind> kinds(int index, List<Kind> alphabet) {
    List<Kind> kinds = new ArrayList<>();
    int rest = index;
    for (int k = 0; k < BOUND; k++) {
      kinds.add(0, alphabet.get(rest % alphabet.size()));
      rest /= alphabet.size();
    }
    return kinds;
  }

  /** The six steps that set a sequence's starting state. */
  private List<SequenceStep> start(Rng rng) {
    List<SequenceStep> sequence = new ArrayList<>();
    for (TaskRole role : List.of(TaskRole.NOT_STARTED, TaskRole.NOT_STARTED_2)) {
      sequence.add(edit(role, Variant.NOT_STARTED, rng, SequenceStep.Name.START, true));
    }
    for (TaskRole role : List.of(TaskRole.IN_PROGRESS, TaskRole.PAUSED)) {
      sequence.add(edit(role, Variant.IN_PROGRESS, rng, SequenceStep.Name.NONE, true));
    }
    sequence.add(SequenceStep.readBack(TaskRole.COMPLETED, true));
    sequence.add(SequenceStep.readBack(TaskRole.MISSING, true));
    return sequence;
  }

  List<SequenceStep> generate(Rng rng) {
    List<SequenceStep> sequence = start(rng);
    for (int length = rng.between(4, 16); length > 0; length--) {
      if (rng.chance(0.1)) {
        sequence.add(SequenceStep.readBack(rng.pick(ROLES), false));
        continue;
      }
      TaskRole role = rng.pick(ROLES);
      Variant variant = role.variant() != null ? role.variant() : rng.of(Variant.values());
      boolean invalid = rng.chance(role.otherNotStarted() != null ? 0.15 : 0.35);
      SequenceStep.Name name = role.otherNotStarted() == null || invalid ? SequenceStep.Name.NONE
          : rng.of(SequenceStep.Name.FRESH, SequenceStep.Name.FRESH, SequenceStep.Name.FRESH, SequenceStep.Name.OTHER,
              SequenceStep.Name.OTHER, SequenceStep.Name.FREED, SequenceStep.Name.FREED, SequenceStep.Name.FREED,
              SequenceStep.Name.OWN);
      SequenceStep step = edit(role, variant, rng, name == SequenceStep.Name.NONE && role.otherNotStarted() != null
          ? SequenceStep.Name.FRESH : name, false);
      if (invalid) {
        List<Mutation> chosen = CaseGenerator.pick(violations.candidates(variant, step.body(), rng, null), rng);
        step = new SequenceStep(step.kind(), role, variant, step.body(), step.name(), 0, chosen, false);
      }
      sequence.add(step);
    }
    return sequence;
  }

  /** A valid edit of the role's task, no violations in it yet. */
  private SequenceStep edit(TaskRole role, Variant variant, Rng rng, SequenceStep.Name name, boolean fixed) {
    JsonObject body = bodies.valid(variant, target.facts().taskId(role), rng, any -> false);
    return new SequenceStep(SequenceStep.Kind.EDIT, role, variant, body, name, rng.between(0, 1000), List.of(), fixed);
  }

  private Failure shrink(List<SequenceStep> failing, Outcome outcome, long seed, int index) {
    List<SequenceStep> current = new ArrayList<>(failing.subList(0, outcome.step() + 1));
    Outcome last = outcome;
    int budget = SHRINK_BUDGET;
    boolean progress = true;
    while (progress && budget > 0) {
      progress = false;
      for (int i = current.size() - 1; i >= 0 && budget > 0; i--) {
        if (current.get(i).fixed()) {
          continue;
        }
        List<SequenceStep> fewer = new ArrayList<>(current);
        fewer.remove(i);
        budget--;
        Outcome again = replay(fewer, false);
        if (again.failed()) {
          current = new ArrayList<>(fewer.subList(0, again.step() + 1));
          last = again;
          progress = true;
          break;
        }
      }
    }
    counts.failed(last.rule());
    List<String> words = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      words.add((i + 1) + ". " + current.get(i) + (i == last.step() ? "  <- fails here" : ""));
    }
    SequenceStep at = current.get(last.step());
    return new Failure(last.rule(), seed, "sequence " + index + ", step " + (last.step() + 1) + " of " + current.size(),
        "the model's state after each step", last.problem(),
        at.mutations().stream().map(Mutation::toString).toList(), words, last.exchanges());
  }

  /** Runs the sequence from its starting state; @param counting whether its steps count in the report */
  Outcome replay(List<SequenceStep> sequence, boolean counting) {
    String start = runToken + "-" + (replays++);
    target.reset();
    Map<TaskRole, TaskModel> models = new EnumMap<>(TaskRole.class);
    List<String> freed = new ArrayList<>();
    for (TaskRole role : TaskRole.values()) {
      TaskModel model = new TaskModel();
      target.wholeTask(target.facts().taskId(role)).ifPresent(task -> {
        model.whole = task;
        model.name = task.get("taskName").getAsString();
      });
      models.put(role, model);
    }
    for (int i = 0; i < sequence.size(); i++) {
      SequenceStep step = sequence.get(i);
      if (counting) {
        steps++;
      }
      Outcome outcome = step.kind() == SequenceStep.Kind.EDIT
          ? edit(step, i, models, freed, start, counting)
          : check(step.role(), i, models, step.role() == TaskRole.MISSING ? CaseGenerator.roleRule(TaskRole.MISSING)
              : "RB-SHOWS-EDIT", counting, null);
      if (outcome.failed()) {
        return outcome;
      }
    }
    return Outcome.PASSED;
  }

  private Outcome edit(SequenceStep step, int index, Map<TaskRole, TaskModel> models, List<String> freed, String start,
      boolean counting) {
    TaskRole role = step.role();
    TaskModel model = models.get(role);
    JsonObject body = step.body().deepCopy();
    List<String> rules = new ArrayList<>();
    String acceptRule = step.variant().editRule();
    if (role.otherNotStarted() != null) {
      String name = switch (step.name()) {
        case START -> "g" + start + "-" + role.ordinal();
        case OTHER -> models.get(role.otherNotStarted()).name;
        case FREED -> freed.isEmpty() ? null : freed.get(step.pick() % freed.size());
        case OWN -> model.name;
        default -> null;
      };
      if (name != null && !name.equals(model.name) && step.name() == SequenceStep.Name.OTHER) {
        rules.add("NS-NAME-DUPLICATE");
      } else if (name != null && step.name() == SequenceStep.Name.FREED) {
        acceptRule = name.equals(model.name) ? "NS-NAME-OWN" : "NS-NAME-FREED";
      } else if (name != null && step.name() == SequenceStep.Name.OWN) {
        acceptRule = "NS-NAME-OWN";
      }
      if (name != null) {
        body.add(BodyGenerator.TASK_NAME, new JsonPrimitive(name));
      }
    }
    for (Mutation mutation : step.mutations()) {
      if (mutation.apply(body)) {
        rules.add(mutation.rule());
      }
    }
    String roleRule = CaseGenerator.roleRule(role);
    if (roleRule != null) {
      rules.add(0, roleRule);
    }
    Expectation expected = rules.isEmpty() ? Expectation.accepted(acceptRule) : Expectation.refused(rules, book);
    if (counting) {
      counts.stepTried(expected.rule());
    }
    Exchange edit = target.edit(body.toString());
    String problem = expected.problem(edit.answer());
    if (problem != null) {
      return new Outcome(index, problem, expected.rule(), List.of(edit));
    }
    if (expected.accept()) {
      String old = model.name;
      model.accept(body, step.variant(), spec);
      if (model.name != null && !model.name.equals(old)) {
        if (old != null && !step.fixed()) {
          freed.add(old); // a name this replay gave (the starting names are leftovers of earlier runs: not used)
        }
        freed.remove(model.name);
      }
    }
    return check(role, index, models, expected.accept() ? "RB-SHOWS-EDIT" : "RB-REFUSED-UNCHANGED", false, edit);
  }

  /** The read-back of the role and every whole task equal the model; @param edit the step's edit, for reports */
  private Outcome check(TaskRole role, int index, Map<TaskRole, TaskModel> models, String rule, boolean counting, Exchange edit) {
    if (counting) {
      counts.stepTried(rule);
    }
    List<Exchange> shown = edit == null ? new ArrayList<>() : new ArrayList<>(List.of(edit));
    Exchange readBack = target.readBack(target.facts().taskId(role));
    shown.add(readBack);
    TaskModel model = models.get(role);
    if (role == TaskRole.MISSING) {
      if (readBack.answer().is(ResultCode.SUCCESS)) {
        return new Outcome(index, "getPhoneGroups of an id no task has answered " + ResultCode.SUCCESS + ": "
            + readBack.answer().text(),
            "NE-MISSING", shown);
      }
    } else if (!readBack.answer().is(ResultCode.SUCCESS)) {
      return new Outcome(index, "reading the task back was refused: " + readBack.answer().text(), rule, shown);
    } else if (model.batches == null) {
      model.batches = readBack.answer().data().getAsJsonArray().deepCopy();
    } else {
      String problem = Same.batches(model.batches, readBack.answer().data());
      if (problem != null) {
        return new Outcome(index, "getPhoneGroups shows " + problem + " (the model: " + model.batches + ")", rule, shown);
      }
    }
    if (target.offersWholeTask()) {
      for (TaskRole other : TaskRole.values()) {
        List<String> differences = models.get(other).differences(
            target.wholeTask(target.facts().taskId(other)).orElse(null));
        if (!differences.isEmpty()) {
          return new Outcome(index, "the " + other + " task is not what the page says: " + String.join("; ", differences),
              other == role ? (rule.equals("RB-REFUSED-UNCHANGED") ? "NC-REFUSED-NOTHING" : rule) : "NC-OTHER-TASKS",
              shown);
        }
      }
    }
    return Outcome.PASSED;
  }
}
