package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * One generated edit: a valid body for a variant, the violations put into it, and the task it is
 * sent to.
 *
 * @param roleRule the rule a task that takes no edit breaks (NE-COMPLETED, NE-MISSING), else null
 * @param acceptRule the rule an accepted edit is reported under when it goes wrong
 */
record GeneratedCase(int index, TaskRole role, Variant variant, JsonObject valid, List<Mutation> mutations, String roleRule,
    String acceptRule) {

  GeneratedCase {
    mutations = List.copyOf(mutations);
  }

  /** @return the body to send, null when a violation no longer finds its place (after shrinking) */
  JsonObject render() {
    JsonObject body = valid.deepCopy();
    for (Mutation mutation : mutations) {
      if (!mutation.apply(body)) {
        return null;
      }
    }
    return body;
  }

  /** @return the rules it breaks; empty for a valid edit of a task that takes one */
  List<String> rules() {
    List<String> rules = new ArrayList<>();
    if (roleRule != null) {
      rules.add(roleRule);
    }
    mutations.forEach(mutation -> rules.add(mutation.rule()));
    return rules;
  }

  Expectation expectation(RuleBook book) {
    List<String> rules = rules();
    return rules.isEmpty() ? Expectation.accepted(acceptRule) : Expectation.refused(rules, book);
  }

  GeneratedCase withMutations(List<Mutation> fewer) {
    return new GeneratedCase(index, role, variant, valid, fewer, roleRule, acceptRule);
  }

  GeneratedCase withValid(JsonObject smaller) {
    return new GeneratedCase(index, role, variant, smaller, mutations, roleRule, acceptRule);
  }

  /** @return whether a violation touches or reads the place */
  boolean touches(JsonPath path) {
    return mutations.stream().anyMatch(m -> m.path().overlaps(path) || m.reads().stream().anyMatch(path::overlaps));
  }

  List<String> broken() {
    List<String> words = new ArrayList<>();
    if (roleRule != null) {
      words.add(roleRule + ": sent to the " + role.name().toLowerCase().replace('_', '-') + " task");
    }
    mutations.forEach(mutation -> words.add(mutation.toString()));
    return words;
  }

  static boolean isText(JsonElement element) {
    return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
  }
}
