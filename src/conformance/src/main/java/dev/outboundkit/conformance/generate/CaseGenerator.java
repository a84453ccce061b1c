package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.TargetFacts;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * Draws generated cases: a task role, a valid body of its variant, and none, one or several
 * violations that can go into one body together.
 */
final class CaseGenerator {
  private static final List<TaskRole> ROLES = List.of(TaskRole.NOT_STARTED, TaskRole.NOT_STARTED, TaskRole.NOT_STARTED,
      TaskRole.NOT_STARTED_2, TaskRole.NOT_STARTED_2, TaskRole.IN_PROGRESS, TaskRole.IN_PROGRESS, TaskRole.PAUSED, TaskRole.PAUSED,
      TaskRole.COMPLETED, TaskRole.MISSING);

  private final SpecRules spec;
  private final BodyGenerator bodies;
  private final Violations violations;
  private final TargetFacts facts;

  CaseGenerator(SpecRules spec, TargetFacts facts) {
    this.spec = spec;
    this.facts = facts;
    this.bodies = new BodyGenerator(spec, facts);
    this.violations = new Violations(spec, bodies);
  }

  /**
   * @param names the names the tasks hold now, as far as they are known
   */
  GeneratedCase next(int index, Rng rng, Map<TaskRole, String> names) {
    TaskRole role = rng.pick(ROLES);
    Variant variant = role.variant() != null ? role.variant() : rng.of(Variant.values());
    Predicate<String> taken = names::containsValue;
    JsonObject valid = bodies.valid(variant, facts.taskId(role), rng, taken);
    String roleRule = roleRule(role);
    List<Mutation> chosen = new ArrayList<>();
    if (roleRule == null ? rng.chance(0.65) : rng.chance(0.3)) {
      TaskRole other = role.otherNotStarted();
      chosen = pick(violations.candidates(variant, valid, rng, other == null ? null : names.get(other)), rng);
    }
    return new GeneratedCase(index, role, variant, valid, chosen, roleRule, acceptRule(variant, valid));
  }

  /** @return the rule an edit of the role's task breaks whatever its body: NE-COMPLETED, NE-MISSING; null for none */
  static String roleRule(TaskRole role) {
    return role == TaskRole.COMPLETED ? "NE-COMPLETED" : role == TaskRole.MISSING ? "NE-MISSING" : null;
  }

  /**
   * One violation mostly, two or three sometimes, none touching what another touches or reads.
   * A rule is drawn first, then a place for it, so that a rule with many places (a type, a
   * required field) does not crowd out one with few (an order, a condition).
   */
  static List<Mutation> pick(List<Mutation> candidates, Rng rng) {
    return pick(candidates, rng, rng.chance(0.6) ? 1 : rng.chance(0.6) ? 2 : 3);
  }

  /** {@code wanted} violations, or fewer when the candidates do not go together. */
  static List<Mutation> pick(List<Mutation> candidates, Rng rng, int wanted) {
    Map<String, List<Mutation>> byRule = new java.util.TreeMap<>();
    candidates.forEach(candidate -> byRule.computeIfAbsent(candidate.rule(), any -> new ArrayList<>()).add(candidate));
    List<String> rules = new ArrayList<>(byRule.keySet());
    List<Mutation> chosen = new ArrayList<>();
    for (int tries = 0; chosen.size() < wanted && tries < 20 && !rules.isEmpty(); tries++) {
      Mutation candidate = rng.pick(byRule.get(rng.pick(rules)));
      if (chosen.stream().allMatch(candidate::compatibleWith)) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  /**
   * A name longer than the limit in UTF-16 units but not in characters is accepted only under
   * the spec's reading (code points), which is the inferred rule FC-TASKNAME-EMOJI.
   */
  String acceptRule(Variant variant, JsonObject valid) {
    JsonElement name = valid.get(BodyGenerator.TASK_NAME);
    if (GeneratedCase.isText(name)) {
      Long max = SpecRules.number(spec.properties(spec.schema(variant.schema())).get(BodyGenerator.TASK_NAME), "maxLength");
      if (max != null && name.getAsString().length() > max) {
        return "FC-TASKNAME-EMOJI";
      }
    }
    return variant.editRule();
  }
}
