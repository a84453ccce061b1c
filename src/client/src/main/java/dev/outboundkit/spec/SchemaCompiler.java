package dev.outboundkit.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the spec's schema mappings into {@link SchemaNode}s, failing closed: a keyword the
 * checks do not enforce, a value of the wrong shape or a {@code $ref} that leads nowhere stops
 * the load with a message naming the keyword and where it is.
 */
final class SchemaCompiler {
  static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

  /** Keywords that carry no rule: they describe, name or give examples. */
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "default",
      "deprecated", "externalDocs", "x-enum-varnames", "x-enum-descriptions");
  /** Keywords every type may use. */
  private static final Set<String> COMMON = Set.of("type", "format", "nullable", "enum", "oneOf");
  private static final Map<SchemaNode.Type, Set<String>> BY_TYPE = Map.of(
      SchemaNode.Type.OBJECT, Set.of("properties", "required", "additionalProperties",
          "x-conditional-required", "x-ordered-pairs"),
      SchemaNode.Type.ARRAY, Set.of("items", "minItems", "maxItems"),
      SchemaNode.Type.STRING, Set.of("minLength", "maxLength", "pattern"),
      SchemaNode.Type.INTEGER, Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
          "multipleOf"),
      SchemaNode.Type.NUMBER, Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
          "multipleOf"),
      SchemaNode.Type.BOOLEAN, Set.of("x-accept-integer-boolean"));
  private static final Map<SchemaNode.Type, Set<String>> FORMATS = Map.of(
      SchemaNode.Type.STRING, Set.of("date"),
      SchemaNode.Type.INTEGER, Set.of("int32", "int64"));

  private final Map<String, Object> schemas;
  private final Map<String, SchemaNode> named = new HashMap<>();
  private final List<String> inProgress = new ArrayList<>();

  SchemaCompiler(Map<String, Object> schemas) {
    this.schemas = schemas;
  }

  /** @return every schema under {@code components.schemas}, by name, in the spec's order */
  Map<String, SchemaNode> compileAll() {
    Map<String, SchemaNode> all = new LinkedHashMap<>();
    for (String name : schemas.keySet()) {
      all.put(name, named(name, SCHEMA_REF_PREFIX + name));
    }
    return Collections.unmodifiableMap(all);
  }

  /** Compiles a schema that sits elsewhere in the document (a parameter's, a body's). */
  SchemaNode compile(Object node, String pointer) {
    return node(node, pointer, null);
  }

  private SchemaNode named(String name, String pointer) {
    SchemaNode done = named.get(name);
    if (done != null) {
      return done;
    }
    if (!schemas.containsKey(name)) {
      throw refuse(pointer, "$ref", "names " + SCHEMA_REF_PREFIX + name + ", which the spec does not define");
    }
    if (inProgress.contains(name)) {
      throw refuse(pointer, "$ref", "makes a cycle (" + String.join(" -> ", inProgress) + " -> " + name
          + "); recursive schemas are not supported by the checks");
    }
    inProgress.add(name);
    SchemaNode node = node(schemas.get(name), SCHEMA_REF_PREFIX + name, name);
    inProgress.remove(name);
    named.put(name, node);
    return node;
  }

  private SchemaNode node(Object raw, String pointer, String name) {
    Map<String, Object> map = map(raw, pointer);
    if (map.containsKey("$ref")) {
      if (map.size() > 1) {
        String sibling = map.keySet().stream().filter(k -> !k.equals("$ref")).findFirst().orElseThrow();
        throw refuse(pointer, sibling, "sits next to $ref, where OpenAPI 3.0 ignores it");
      }
      String ref = String.valueOf(map.get("$ref"));
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) {
        throw refuse(pointer, "$ref", "is " + ref + "; only local refs to " + SCHEMA_REF_PREFIX + "... are supported");
      }
      return named(ref.substring(SCHEMA_REF_PREFIX.length()), pointer);
    }
    SchemaNode.Builder b = new SchemaNode.Builder();
    b.pointer = pointer;
    b.name = name;
    b.type = type(map, pointer);
    checkKeywords(map, pointer, b.type);
    b.nullable = flag(map, "nullable", pointer);
    b.enumValues = enumValues(map, pointer);
    b.format = text(map, "format", pointer);
    b.minimum = number(map, "minimum", pointer);
    b.maximum = number(map, "maximum", pointer);
    b.exclusiveMinimum = exclusive(map, "exclusiveMinimum", "minimum", pointer);
    b.exclusiveMaximum = exclusive(map, "exclusiveMaximum", "maximum", pointer);
    b.multipleOf = number(map, "multipleOf", pointer);
    if (b.multipleOf != null && b.multipleOf.signum() <= 0) {
      throw refuse(pointer, "multipleOf", "must be greater than 0");
    }
    b.minLength = count(map, "minLength", pointer);
    b.maxLength = count(map, "maxLength", pointer);
    b.pattern = pattern(map, pointer);
    b.minItems = count(map, "minItems", pointer);
    b.maxItems = count(map, "maxItems", pointer);
    b.required = strings(map.get("required"), pointer, "required");
    b.closed = additionalProperties(map, pointer);
    b.properties = properties(map, pointer);
    if (map.containsKey("items")) {
      b.items = node(map.get("items"), pointer + "/items", null);
    } else if (b.type == SchemaNode.Type.ARRAY) {
      throw refuse(pointer, "items", "is missing; an array schema must say what its entries are");
    }
    b.oneOf = oneOf(map, pointer);
    b.conditionalRequired = conditionalRequired(map, pointer, b.properties);
    b.orderedPairs = orderedPairs(map, pointer, b.properties);
    b.acceptIntegerBoolean = flag(map, "x-accept-integer-boolean", pointer);
    return new SchemaNode(b);
  }

  private void checkKeywords(Map<String, Object> map, String pointer, SchemaNode.Type type) {
    for (String keyword : map.keySet()) {
      if (ANNOTATIONS.contains(keyword) || COMMON.contains(keyword)) {
        continue;
      }
      if (type != null && BY_TYPE.get(type).contains(keyword)) {
        continue;
      }
      boolean known = BY_TYPE.values().stream().anyMatch(set -> set.contains(keyword));
      throw refuse(pointer, keyword, known
          ? "does not apply to " + (type == null ? "a schema without type" : "type " + type.keyword())
              + ", so the checks would ignore it"
          : "is not enforced by the checks; remove it, or enforce it in the checks first");
    }
    Object format = map.get("format");
    Set<String> formats = type == null ? Set.of() : FORMATS.getOrDefault(type, Set.of());
    if (format != null && !formats.contains(String.valueOf(format))) {
      throw refuse(pointer, "format", "is " + format + ", which the checks do not enforce for "
          + (type == null ? "a schema without type" : "type " + type.keyword())
          + "; known: " + formats);
    }
  }

  private SchemaNode.Type type(Map<String, Object> map, String pointer) {
    Object type = map.get("type");
    if (type == null) {
      if (!map.containsKey("oneOf")) {
        throw refuse(pointer, "type", "is missing; every schema but a oneOf must say its type");
      }
      return null;
    }
    for (SchemaNode.Type known : SchemaNode.Type.values()) {
      if (known.keyword().equals(type)) {
        return known;
      }
    }
    throw refuse(pointer, "type", "is " + type + "; the checks know object, array, string, integer, number, boolean");
  }

  private Map<String, SchemaNode> properties(Map<String, Object> map, String pointer) {
    if (!map.containsKey("properties")) {
      return Map.of();
    }
    Map<String, SchemaNode> properties = new LinkedHashMap<>();
    map(map.get("properties"), pointer + "/properties").forEach((key, value) ->
        properties.put(key, node(value, pointer + "/properties/" + escape(key), null)));
    return Collections.unmodifiableMap(properties);
  }

  private List<SchemaNode> oneOf(Map<String, Object> map, String pointer) {
    if (!map.containsKey("oneOf")) {
      return List.of();
    }
    if (!(map.get("oneOf") instanceof List<?> variants) || variants.size() < 2) {
      throw refuse(pointer, "oneOf", "must be a list of at least two schemas");
    }
    List<SchemaNode> nodes = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      nodes.add(node(variants.get(i), pointer + "/oneOf/" + i, null));
    }
    return List.copyOf(nodes);
  }

  private boolean additionalProperties(Map<String, Object> map, String pointer) {
    Object value = map.get("additionalProperties");
    if (value == null || Boolean.TRUE.equals(value)) {
      return false;
    }
    if (Boolean.FALSE.equals(value)) {
      return true;
    }
    throw refuse(pointer, "additionalProperties", "is a schema; the checks support only true or false");
  }

  private List<SchemaNode.ConditionalRequired> conditionalRequired(Map<String, Object> map, String pointer,
      Map<String, SchemaNode> properties) {
    String keyword = "x-conditional-required";
    List<SchemaNode.ConditionalRequired> rules = new ArrayList<>();
    for (Object entry : list(map.get(keyword), pointer, keyword)) {
      Map<String, Object> rule = map(entry, pointer + "/" + keyword);
      Map<String, Object> when = map(rule.get("when"), pointer + "/" + keyword + "/when");
      String property = String.valueOf(when.get("property"));
      Object equals = when.get("equals");
      List<String> require = strings(rule.get("require"), pointer, keyword + ".require");
      if (equals == null || equals instanceof Map || equals instanceof List || require.isEmpty()) {
        throw refuse(pointer, keyword, "needs when.property, a scalar when.equals and a non-empty require list");
      }
      requireProperties(pointer, keyword, properties, property);
      requireProperties(pointer, keyword, properties, require.toArray(String[]::new));
      rules.add(new SchemaNode.ConditionalRequired(property, equals, require));
    }
    return List.copyOf(rules);
  }

  private List<SchemaNode.OrderedPair> orderedPairs(Map<String, Object> map, String pointer,
      Map<String, SchemaNode> properties) {
    String keyword = "x-ordered-pairs";
    List<SchemaNode.OrderedPair> pairs = new ArrayList<>();
    for (Object entry : list(map.get(keyword), pointer, keyword)) {
      Map<String, Object> pair = map(entry, pointer + "/" + keyword);
      String first = String.valueOf(pair.get("first"));
      String then = String.valueOf(pair.get("then"));
      requireProperties(pointer, keyword, properties, first, then);
      pairs.add(new SchemaNode.OrderedPair(first, then, flag(pair, "strict", pointer + "/" + keyword)));
    }
    return List.copyOf(pairs);
  }

  private void requireProperties(String pointer, String keyword, Map<String, SchemaNode> properties, String... names) {
    for (String name : names) {
      if (!properties.containsKey(name)) {
        throw refuse(pointer, keyword, "names " + name + ", which is not a property of this schema");
      }
    }
  }

  private List<Object> enumValues(Map<String, Object> map, String pointer) {
    if (!map.containsKey("enum")) {
      return List.of();
    }
    List<?> values = list(map.get("enum"), pointer, "enum");
    if (values.isEmpty() || values.stream().anyMatch(v -> v instanceof Map || v instanceof List)) {
      throw refuse(pointer, "enum", "must be a non-empty list of scalars");
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  private Pattern pattern(Map<String, Object> map, String pointer) {
    String regex = text(map, "pattern", pointer);
    if (regex == null) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw refuse(pointer, "pattern", "is not a regular expression: " + e.getDescription());
    }
  }

  private boolean exclusive(Map<String, Object> map, String keyword, String bound, String pointer) {
    boolean value = flag(map, keyword, pointer);
    if (value && !map.containsKey(bound)) {
      throw refuse(pointer, keyword, "is true without " + bound + " (OpenAPI 3.0 makes it a flag of " + bound + ")");
    }
    return value;
  }

  private boolean flag(Map<String, Object> map, String keyword, String pointer) {
    Object value = map.get(keyword);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean bool)) {
      throw refuse(pointer, keyword, "must be true or false, is " + value);
    }
    return bool;
  }

  private BigDecimal number(Map<String, Object> map, String keyword, String pointer) {
    Object value = map.get(keyword);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number)) {
      throw refuse(pointer, keyword, "must be a number, is " + value);
    }
    return new BigDecimal(number.toString());
  }

  private Integer count(Map<String, Object> map, String keyword, String pointer) {
    Object value = map.get(keyword);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Integer count) || count < 0) {
      throw refuse(pointer, keyword, "must be a whole number of 0 or more, is " + value);
    }
    return count;
  }

  private String text(Map<String, Object> map, String keyword, String pointer) {
    Object value = map.get(keyword);
    if (value != null && !(value instanceof String)) {
      throw refuse(pointer, keyword, "must be a string, is " + value);
    }
    return (String) value;
  }

  private List<String> strings(Object node, String pointer, String keyword) {
    List<?> values = list(node, pointer, keyword);
    if (values.stream().anyMatch(v -> !(v instanceof String))) {
      throw refuse(pointer, keyword, "must be a list of property names");
    }
    return values.stream().map(String.class::cast).toList();
  }

  private List<?> list(Object node, String pointer, String keyword) {
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof List<?> list)) {
      throw refuse(pointer, keyword, "must be a list");
    }
    return list;
  }

  private static Map<String, Object> map(Object node, String pointer) {
    return ApiSpec.map(node, pointer);
  }

  private IllegalArgumentException refuse(String pointer, String keyword, String why) {
    return new IllegalArgumentException(keyword + " at " + pointer + " " + why);
  }

  /** JSON Pointer escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
