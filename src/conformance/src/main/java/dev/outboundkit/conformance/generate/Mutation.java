package dev.outboundkit.conformance.generate;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;

import dev.outboundkit.conformance.targets.JsonPath;

/**
 * One known violation of one rule, placed at one spot of a valid body: the generated case knows
 * what it broke, so its verdict never depends on the code under test.
 *
 * @param rule the rule id of {@code docs/conformance-rules.md} the change breaks
 * @param path where the change is made
 * @param op what is done there
 * @param value the value set or appended (for {@link Op#SET}, {@link Op#APPEND})
 * @param reads the other places whose values the violation relies on (a condition, the start of
 *     a window): no other change of the same case may touch them
 * @param what the change in words, for reports
 */
record Mutation(String rule, JsonPath path, Op op, JsonElement value, List<JsonPath> reads, String what) {

  enum Op { SET, REMOVE, SET_NULL, APPEND }

  Mutation {
    reads = List.copyOf(reads);
  }

  /** @return whether two changes may go into one case: neither touches what the other touches or reads */
  boolean compatibleWith(Mutation other) {
    if (path.overlaps(other.path)) {
      return false;
    }
    return other.reads.stream().noneMatch(path::overlaps) && reads.stream().noneMatch(other.path::overlaps);
  }

  /** Makes the change; @return false when the body has no such place (the case does not apply) */
  boolean apply(JsonElement body) {
    for (JsonPath read : reads) {
      if (read.get(body) == null) {
        return false;
      }
    }
    return switch (op) {
      case SET -> path.get(body) != null && path.set(body, value.deepCopy());
      case REMOVE -> path.get(body) != null && path.set(body, null);
      case SET_NULL -> path.get(body) != null && path.set(body, JsonNull.INSTANCE);
      case APPEND -> {
        JsonElement array = path.get(body);
        if (array == null || !array.isJsonArray()) {
          yield false;
        }
        ((JsonArray) array).add(value.deepCopy());
        yield true;
      }
    };
  }

  @Override
  public String toString() {
    return rule + ": " + what;
  }
}
