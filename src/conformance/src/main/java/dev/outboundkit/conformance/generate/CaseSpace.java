package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonElement;

import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * The parameters of one edit variant and their value classes ({@link ValueClasses} derives them
 * from the spec), and what a combination of classes breaks: the covering array's constraints.
 *
 * <p>A row names one class per parameter. Each class is good, bad (it breaks a rule) or missing
 * (absent or null: it breaks the field's required or conditional rule where the field is needed).
 * A row is allowed when it breaks at most {@code maxViolations} rules and its verdict can be
 * stated: a bad value in a field its condition does not need is never sent, as the page lets a
 * server ignore that field, and a list that is not there has no entries to vary.
 */
final class CaseSpace implements CoveringArray.Constraints {
  /** What a class breaks in a row where the page gives no verdict: such a row is not allowed. */
  static final String UNSTATED = "(no verdict)";

  /** How a class stands towards its field's rule. */
  enum Kind { GOOD, BAD, MISSING }

  /** What a parameter is. */
  enum Role { TASK, FIELD, COUNT, POSITION }

  /** How a class changes a body: the value set, removed, appended, or nothing ({@link #KEEP}). */
  record Change(Mutation.Op op, JsonElement value) {
    /** The valid body already holds a value of the class. */
    static final Change KEEP = new Change(null, null);
    static final Change REMOVE = new Change(Mutation.Op.REMOVE, null);

    static Change set(JsonElement value) {
      return new Change(Mutation.Op.SET, value);
    }

    static Change append(JsonElement value) {
      return new Change(Mutation.Op.APPEND, value);
    }
  }

  /** Makes a class's change in a body. */
  interface Maker {
    Change make(ValueClasses.Render render);
  }

  /**
   * One value class.
   *
   * @param rule the rule a {@link Kind#BAD} class breaks
   * @param items for a list's length: how many real entries the list then has
   * @param bodyItems for a list's length: how many entries the valid body holds before the change
   * @param conflict a class of the {@code first} field of an ordered pair that leaves no room for this one
   * @param needed for a conditional field's missing class: only where the condition needs the
   *     field (true) or only where it does not (false); null for any row
   */
  record ValueClass(String name, Kind kind, String rule, int items, int bodyItems, String conflict, Boolean needed,
      Maker maker) {
    ValueClass {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      if (kind == Kind.BAD && rule == null) {
        throw new IllegalArgumentException("the bad class " + name + " names no rule");
      }
    }

    static ValueClass good(String name, Maker maker) {
      return new ValueClass(name, Kind.GOOD, null, -1, -1, null, null, maker);
    }

    static ValueClass bad(String name, String rule, Maker maker) {
      return new ValueClass(name, Kind.BAD, rule, -1, -1, null, null, maker);
    }

    static ValueClass missing(String name, Maker maker) {
      return new ValueClass(name, Kind.MISSING, null, -1, -1, null, null, maker);
    }

    ValueClass items(int real, int inBody) {
      return new ValueClass(name, kind, rule, real, inBody, conflict, needed, maker);
    }

    ValueClass conflict(String firstClass) {
      return new ValueClass(name, kind, rule, items, bodyItems, firstClass, needed, maker);
    }

    ValueClass needed(boolean value) {
      return new ValueClass(name, kind, rule, items, bodyItems, conflict, value, maker);
    }
  }

  /**
   * A parameter: the task, a field (of the body or of a list's entry), a list's length, or which
   * entry of a list the entry fields vary.
   *
   * @param array for a field of a list's entries, the list's field; null for a field of the body
   * @param field the field's name (for the task, "task")
   * @param schema the field's schema (for a list's length and position, the list's)
   * @param missingRule the rule a missing class breaks where the field is needed; null for an optional field
   * @param condition the parameter whose value makes the field needed, -1 when none
   * @param neededWhen the classes of {@code condition} that make it needed
   * @param container for a field of a list's entries and the position, the list's length parameter; -1 otherwise
   * @param first for the {@code then} field of an ordered pair, the {@code first} field's parameter; -1 otherwise
   */
  record Parameter(String name, Role role, String array, String field, java.util.Map<String, Object> schema,
      List<ValueClass> classes, String missingRule, int condition, Set<Integer> neededWhen, int container, int first) {

    Parameter {
      classes = List.copyOf(classes);
      neededWhen = Set.copyOf(neededWhen);
      if (classes.isEmpty() || classes.get(0).kind() != Kind.GOOD) {
        throw new IllegalArgumentException(name + ": the first class fills open places, so it must be good");
      }
    }

    /** @return the field's place in a body whose list has entry {@code index} (ignored for a body field) */
    JsonPath path(int index) {
      return array == null ? JsonPath.ROOT.member(field) : JsonPath.ROOT.member(array).index(index).member(field);
    }

    int index(String className) {
      for (int i = 0; i < classes.size(); i++) {
        if (classes.get(i).name().equals(className)) {
          return i;
        }
      }
      return -1;
    }
  }

  private final Variant variant;
  private final List<TaskRole> roles;
  private final List<Parameter> parameters;
  private final int maxViolations;
  /** Parameters that make another needed, for the search over their classes when left open. */
  private final int[] conditions;

  CaseSpace(Variant variant, List<TaskRole> roles, List<Parameter> parameters, int maxViolations) {
    this.variant = Objects.requireNonNull(variant, "variant");
    this.roles = List.copyOf(roles);
    this.parameters = List.copyOf(parameters);
    this.maxViolations = maxViolations;
    this.conditions = parameters.stream().mapToInt(Parameter::condition).filter(c -> c >= 0).distinct().sorted().toArray();
  }

  /** @return the same space allowing up to {@code violations} broken rules a row */
  CaseSpace allowing(int violations) {
    return new CaseSpace(variant, roles, parameters, violations);
  }

  Variant variant() {
    return variant;
  }

  List<Parameter> parameters() {
    return parameters;
  }

  int[] sizes() {
    return parameters.stream().mapToInt(p -> p.classes().size()).toArray();
  }

  /** @return the task role of a row (the task parameter comes first) */
  TaskRole role(int[] row) {
    return roles.get(row[0]);
  }

  /**
   * @return the rule the class of parameter {@code p} breaks in the row, null for none,
   *     {@link #UNSTATED} when the page gives no verdict; an open condition counts as not needing
   *     the field
   */
  String rule(int p, int[] row) {
    Parameter parameter = parameters.get(p);
    int value = row[p] == CoveringArray.OPEN ? 0 : row[p];
    ValueClass chosen = parameter.classes().get(value);
    if (parameter.container() >= 0 && !hasEntries(row, parameter.container())) {
      return value == 0 ? null : UNSTATED;
    }
    if (chosen.conflict() != null && parameter.first() >= 0 && row[parameter.first()] != CoveringArray.OPEN
        && parameters.get(parameter.first()).classes().get(row[parameter.first()]).name().equals(chosen.conflict())) {
      return UNSTATED;
    }
    boolean needed = parameter.condition() < 0 || parameter.neededWhen().contains(row[parameter.condition()]);
    if (chosen.needed() != null && row[parameter.condition()] != CoveringArray.OPEN && (chosen.needed() != needed
        || parameters.get(parameter.condition()).classes().get(row[parameter.condition()]).kind() != Kind.GOOD)) {
      // the class says whether the condition holds, on a valid value of it (else the valid body
      // under the case's violation could not leave the field out either way)
      return UNSTATED;
    }
    return switch (chosen.kind()) {
      case GOOD -> null;
      case MISSING -> needed ? parameter.missingRule() : null;
      case BAD -> needed ? chosen.rule() : UNSTATED;
    };
  }

  /** @return the rules the row breaks, in parameter order; {@link #UNSTATED} among them when it has no verdict */
  List<String> rules(int[] row) {
    List<String> rules = new ArrayList<>();
    for (int p = 0; p < parameters.size(); p++) {
      String rule = rule(p, row);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  @Override
  public boolean allowed(int[] row) {
    return allowed(row, 0);
  }

  /** An open condition with a needed-or-not field set is tried with each of its classes. */
  private boolean allowed(int[] row, int from) {
    for (int k = from; k < conditions.length; k++) {
      int condition = conditions[k];
      if (row[condition] == CoveringArray.OPEN && dependentSet(condition, row)) {
        try {
          for (int value = 0; value < parameters.get(condition).classes().size(); value++) {
            row[condition] = value;
            if (allowed(row, k + 1)) {
              return true;
            }
          }
          return false;
        } finally {
          row[condition] = CoveringArray.OPEN;
        }
      }
    }
    int broken = 0;
    for (int p = 0; p < parameters.size(); p++) {
      if (row[p] == CoveringArray.OPEN && parameters.get(p).condition() < 0) {
        continue; // the first class, good whatever else the row holds
      }
      String rule = rule(p, row);
      if (UNSTATED.equals(rule)) {
        return false;
      }
      if (rule != null) {
        broken++;
      }
    }
    return broken <= maxViolations;
  }

  private boolean dependentSet(int condition, int[] row) {
    for (int p = 0; p < parameters.size(); p++) {
      if (parameters.get(p).condition() == condition && row[p] != CoveringArray.OPEN
          && parameters.get(p).classes().get(row[p]).kind() != Kind.GOOD) {
        return true;
      }
    }
    return false;
  }

  /** A list that is not there has no entries to vary: pairs of its entries' fields with it are not wanted. */
  @Override
  public boolean wanted(int first, int firstValue, int second, int secondValue) {
    return !(parameters.get(second).container() == first && parameters.get(first).classes().get(firstValue).items() == 0
        || parameters.get(first).container() == second && parameters.get(second).classes().get(secondValue).items() == 0);
  }

  @Override
  public void fill(int[] row) {
    for (int condition : conditions) {
      if (row[condition] == CoveringArray.OPEN && dependentSet(condition, row)) {
        for (int value = 0; value < parameters.get(condition).classes().size(); value++) {
          row[condition] = value;
          if (allowed(row)) {
            break;
          }
        }
      }
    }
    for (int p = 0; p < row.length; p++) {
      if (row[p] == CoveringArray.OPEN) {
        row[p] = 0;
      }
    }
  }

  /** @return whether one parameter reads the other: a condition, a list and its entries, an ordered pair */
  boolean related(int p, int q) {
    Parameter a = parameters.get(p);
    Parameter b = parameters.get(q);
    return a.condition() == q || b.condition() == p || a.container() == q || b.container() == p || a.first() == q
        || b.first() == p;
  }

  private boolean hasEntries(int[] row, int container) {
    int value = row[container] == CoveringArray.OPEN ? 0 : row[container];
    return parameters.get(container).classes().get(value).items() != 0;
  }
}
