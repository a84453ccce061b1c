package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.spec.ApiSpec;

/**
 * The limits of {@code api/openapi.yaml} as the generators need them, read through
 * {@link ApiSpec}: nothing here holds a limit of its own.
 */
final class SpecRules {
  /** {@code x-conditional-required}: when {@code property} equals {@code equals}, {@code require}. */
  record Conditional(String property, Object equals, List<String> require) {
  }

  /** {@code x-ordered-pairs}: {@code then} not before {@code first} ({@code strict}: after it). */
  record OrderedPair(String first, String then, boolean strict) {
  }

  private final ApiSpec spec;

  SpecRules(ApiSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  ApiSpec spec() {
    return spec;
  }

  /** @return the schema's properties, each resolved, in the spec's order */
  Map<String, Map<String, Object>> properties(Map<String, Object> objectSchema) {
    Map<String, Map<String, Object>> resolved = new java.util.LinkedHashMap<>();
    map(objectSchema.getOrDefault("properties", Map.of())).forEach((name, node) -> resolved.put(name, spec.resolve(map(node))));
    return resolved;
  }

  Map<String, Object> schema(String name) {
    return spec.schema(name);
  }

  /** @return an array schema's item schema, resolved */
  Map<String, Object> items(Map<String, Object> arraySchema) {
    return spec.resolve(map(arraySchema.get("items")));
  }

  static List<String> required(Map<String, Object> objectSchema) {
    Object list = objectSchema.get("required");
    return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
  }

  static List<Conditional> conditionals(Map<String, Object> objectSchema) {
    List<Conditional> rules = new ArrayList<>();
    for (Object entry : list(objectSchema.get("x-conditional-required"))) {
      Map<String, Object> rule = map(entry);
      Map<String, Object> when = map(rule.get("when"));
      rules.add(new Conditional(String.valueOf(when.get("property")), when.get("equals"),
          list(rule.get("require")).stream().map(String::valueOf).toList()));
    }
    return rules;
  }

  static List<OrderedPair> orderedPairs(Map<String, Object> objectSchema) {
    List<OrderedPair> pairs = new ArrayList<>();
    for (Object entry : list(objectSchema.get("x-ordered-pairs"))) {
      Map<String, Object> pair = map(entry);
      pairs.add(new OrderedPair(String.valueOf(pair.get("first")), String.valueOf(pair.get("then")),
          Boolean.TRUE.equals(pair.get("strict"))));
    }
    return pairs;
  }

  static String type(Map<String, Object> schema) {
    return String.valueOf(schema.get("type"));
  }

  static Long number(Map<String, Object> schema, String keyword) {
    Object value = schema.get(keyword);
    return value instanceof Number n ? n.longValue() : null;
  }

  static List<Long> integerEnum(Map<String, Object> schema) {
    return list(schema.get("enum")).stream().map(value -> ((Number) value).longValue()).toList();
  }

  /** @return the largest value of an integer's {@code format}, null for none */
  static Long formatTop(Map<String, Object> schema) {
    Object format = schema.get("format");
    if ("int32".equals(format)) {
      return (long) Integer.MAX_VALUE;
    }
    return "int64".equals(format) ? Long.MAX_VALUE : null;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException("the spec has " + node + " where a schema mapping was expected");
    }
    return (Map<String, Object>) node;
  }

  private static List<?> list(Object node) {
    return node instanceof List<?> list ? list : List.of();
  }
}
