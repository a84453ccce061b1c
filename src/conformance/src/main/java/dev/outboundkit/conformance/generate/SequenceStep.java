package dev.outboundkit.conformance.generate;

import java.util.List;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * One step of a stateful sequence: an edit of a task or a read-back of one.
 *
 * @param body for an edit, a valid body of the variant (its task name is replaced as {@code name} says)
 * @param name where a not-started task's new name comes from
 * @param pick which freed name, for {@link Name#FREED}
 * @param mutations violations put into the body
 * @param fixed whether the step sets the sequence's starting state (never removed by shrinking)
 */
record SequenceStep(Kind kind, TaskRole role, Variant variant, JsonObject body, Name name, int pick,
    List<Mutation> mutations, boolean fixed) {

  enum Kind { EDIT, READ_BACK }

  /** The new task name of a not-started task's edit. */
  enum Name {
    /** the name the body holds, new to every task */
    FRESH,
    /** a name made for this replay of the sequence (its starting state) */
    START,
    /** the other not-started task's current name: must be refused */
    OTHER,
    /** a name some task held before and gave up: must be free again */
    FREED,
    /** the task's own current name */
    OWN,
    /** not a not-started task's edit */
    NONE
  }

  SequenceStep {
    mutations = List.copyOf(mutations);
  }

  SequenceStep withMutations(List<Mutation> chosen) {
    return new SequenceStep(kind, role, variant, body, name, pick, chosen, fixed);
  }

  SequenceStep withPick(int value) {
    return new SequenceStep(kind, role, variant, body, name, value, mutations, fixed);
  }

  static SequenceStep readBack(TaskRole role, boolean fixed) {
    return new SequenceStep(Kind.READ_BACK, role, null, null, Name.NONE, 0, List.of(), fixed);
  }

  @Override
  public String toString() {
    if (kind == Kind.READ_BACK) {
      return "read back the " + role + " task";
    }
    String what = mutations.isEmpty() ? "a valid " + variant.schema() : variant.schema() + " breaking "
        + mutations.stream().map(Mutation::toString).toList();
    String naming = switch (name) {
      case FRESH -> ", renamed to a new name";
      case START -> ", renamed to the sequence's starting name";
      case OTHER -> ", renamed to the other not-started task's current name";
      case FREED -> ", renamed to a name a task gave up (the " + (pick + 1) + ". in the sequence's list; a new one when none)";
      case OWN -> ", keeping its own name";
      case NONE -> "";
    };
    return "edit the " + role + " task with " + what + naming;
  }
}
