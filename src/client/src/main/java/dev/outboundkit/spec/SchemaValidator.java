package dev.outboundkit.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.exception.Violation;

/**
 * Checks a JSON body against a schema of the {@link ApiSpec}, reporting every broken rule at
 * once. It enforces every keyword a {@link SchemaNode} carries ({@code type}, {@code format},
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum},
 * {@code multipleOf}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code enum},
 * {@code required}, {@code minItems}, {@code maxItems}, {@code additionalProperties},
 * {@code nullable}, {@code oneOf}) and the project's extensions ({@code x-conditional-required},
 * {@code x-ordered-pairs}, {@code x-accept-integer-boolean}); the numbers all come from the spec,
 * and a keyword outside this list stops the spec's load instead of passing in silence.
 *
 * <p>Thread-safe; one instance serves every request.
 */
public final class SchemaValidator {
  private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final ApiSpec spec;

  public SchemaValidator(ApiSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** @return the spec the checks read */
  public ApiSpec spec() {
    return spec;
  }

  /**
   * @param body the parsed body
   * @param schemaName a schema under {@code components.schemas}, e.g. {@code NotStartedTaskEdit}
   * @param mode how strictly to read it
   * @return every broken rule, empty when the body keeps them all
   */
  public List<Violation> validate(JsonElement body, String schemaName, ValidationMode mode) {
    Objects.requireNonNull(schemaName, "schemaName");
    return validate(body, spec.node(schemaName), mode);
  }

  /**
   * @param body the parsed body
   * @param schema a schema of this validator's spec
   * @param mode how strictly to read it
   * @return every broken rule, empty when the body keeps them all
   */
  public List<Violation> validate(JsonElement body, SchemaNode schema, ValidationMode mode) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(mode, "mode");
    List<Violation> violations = new ArrayList<>();
    check(body, schema, Where.ROOT, mode, violations);
    return violations;
  }

  private void check(JsonElement value, SchemaNode schema, Where path, ValidationMode mode, List<Violation> out) {
    if (value == null || value.isJsonNull()) {
      if (!schema.nullable) {
        out.add(new Violation(path.toString(), "type", path.name() + " must not be null"));
      }
      return;
    }
    boolean typeOk = schema.type == null || switch (schema.type) {
      case OBJECT -> checkObject(value, schema, path, mode, out);
      case ARRAY -> checkArray(value, schema, path, mode, out);
      case STRING -> checkString(value, schema, path, out);
      case INTEGER -> checkInteger(value, schema, path, out);
      case NUMBER -> checkNumber(value, schema, path, out);
      case BOOLEAN -> checkBoolean(value, schema, path, mode, out);
    };
    if (typeOk && !schema.enumValues.isEmpty()) {
      checkEnum(value, schema, path, out);
    }
    if (typeOk && !schema.oneOf.isEmpty()) {
      checkOneOf(value, schema, path, mode, out);
    }
  }

  /**
   * Exactly one variant must match. When none does, the problems of the closest variant (fewest
   * broken rules, the first on a tie) follow one {@code oneOf} violation that names them all.
   */
  private void checkOneOf(JsonElement value, SchemaNode schema, Where path, ValidationMode mode,
      List<Violation> out) {
    List<SchemaNode> matched = new ArrayList<>();
    SchemaNode closest = null;
    List<Violation> closestProblems = null;
    StringBuilder counts = new StringBuilder();
    for (SchemaNode variant : schema.oneOf) {
      List<Violation> problems = new ArrayList<>();
      check(value, variant, path, mode, problems);
      if (problems.isEmpty()) {
        matched.add(variant);
      } else if (closestProblems == null || problems.size() < closestProblems.size()) {
        closest = variant;
        closestProblems = problems;
      }
      counts.append(counts.length() == 0 ? "" : ", ").append(variant.label()).append(" (")
          .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    }
    if (matched.size() == 1) {
      return;
    }
    if (matched.size() > 1) {
      out.add(new Violation(path.toString(), "oneOf", path.name() + " matches more than one variant of "
          + schema.label() + " (" + matched.stream().map(SchemaNode::label).collect(Collectors.joining(" and "))
          + "); exactly one must match"));
      return;
    }
    out.add(new Violation(path.toString(), "oneOf", path.name() + " matches no variant of " + schema.label()
        + ": " + counts + "; the problems as " + closest.label() + " follow"));
    out.addAll(closestProblems);
  }

  private boolean checkObject(JsonElement value, SchemaNode schema, Where path, ValidationMode mode,
      List<Violation> out) {
    if (!value.isJsonObject()) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a JSON object"));
      return false;
    }
    JsonObject object = value.getAsJsonObject();
    // A server reads a null as absent; a client sends null only where the spec says nullable.
    boolean nullIsAbsent = mode == ValidationMode.SERVER;
    for (String required : schema.required) {
      if (nullIsAbsent ? absent(object, required) : !object.has(required)) {
        out.add(new Violation(path.field(required).toString(), "required", path.field(required) + " is required"));
      }
    }
    for (Map.Entry<String, SchemaNode> property : schema.properties.entrySet()) {
      String key = property.getKey();
      if (nullIsAbsent ? !absent(object, key) : object.has(key)) {
        check(object.get(key), property.getValue(), path.field(key), mode, out);
      }
    }
    if (mode == ValidationMode.CLIENT && schema.closed) {
      for (String key : object.keySet()) {
        if (!schema.properties.containsKey(key)) {
          out.add(new Violation(path.field(key).toString(), "additionalProperties", path.field(key)
              + " is not a field of this request; allowed: " + String.join(", ", schema.properties.keySet())));
        }
      }
    }
    checkConditionalRequired(object, schema, path, out);
    checkOrderedPairs(object, schema, path, out);
    return true;
  }

  private static void checkConditionalRequired(JsonObject object, SchemaNode schema, Where path,
      List<Violation> out) {
    for (SchemaNode.ConditionalRequired rule : schema.conditionalRequired) {
      if (absent(object, rule.property()) || !sameValue(object.get(rule.property()), rule.equals())) {
        continue;
      }
      for (String required : rule.require()) {
        if (absent(object, required)) {
          out.add(new Violation(path.field(required).toString(), "x-conditional-required",
              path.field(required) + " is required when " + path.field(rule.property()) + " is " + rule.equals()));
        }
      }
    }
  }

  private static void checkOrderedPairs(JsonObject object, SchemaNode schema, Where path, List<Violation> out) {
    for (SchemaNode.OrderedPair pair : schema.orderedPairs) {
      Integer order = Temporal.compare(object.get(pair.first()), object.get(pair.then()));
      if (order == null) {
        continue; // absent or malformed: the field's own checks report it
      }
      if (order > 0 || (pair.strict() && order == 0)) {
        out.add(new Violation(path.field(pair.then()).toString(), "x-ordered-pairs", path.field(pair.then())
            + " must be " + (pair.strict() ? "after " : "on or after ") + path.field(pair.first())));
      }
    }
  }

  private boolean checkArray(JsonElement value, SchemaNode schema, Where path, ValidationMode mode,
      List<Violation> out) {
    if (!value.isJsonArray()) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a JSON array"));
      return false;
    }
    JsonArray array = value.getAsJsonArray();
    Integer minItems = schema.minItems;
    Integer maxItems = schema.maxItems;
    if (minItems != null && array.size() < minItems) {
      out.add(new Violation(path.toString(), "minItems", path.name() + " must have at least " + minItems
          + (minItems == 1 ? " entry" : " entries") + ", has " + array.size()));
    }
    if (maxItems != null && array.size() > maxItems) {
      out.add(new Violation(path.toString(), "maxItems", path.name() + " must have at most " + maxItems
          + (maxItems == 1 ? " entry" : " entries") + ", has " + array.size()));
    }
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), schema.items, path.item(i), mode, out);
    }
    return true;
  }

  private static boolean checkString(JsonElement value, SchemaNode schema, Where path, List<Violation> out) {
    if (!isString(value)) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a string"));
      return false;
    }
    String text = value.getAsString();
    // Characters are code points, as JSON Schema counts them: 一 and 😀 are one each.
    int length = text.codePointCount(0, text.length());
    if (schema.minLength != null && length < schema.minLength) {
      out.add(new Violation(path.toString(), "minLength", path.name() + " must be at least " + schema.minLength
          + " characters long, is " + length));
    }
    if (schema.maxLength != null && length > schema.maxLength) {
      out.add(new Violation(path.toString(), "maxLength", path.name() + " must be at most " + schema.maxLength
          + " characters long, is " + length));
    }
    if (schema.pattern != null && !schema.pattern.matcher(text).find()) {
      out.add(new Violation(path.toString(), "pattern", path.name() + " must match the pattern " + schema.pattern));
    }
    if ("date".equals(schema.format) && Temporal.date(text) == null) {
      out.add(new Violation(path.toString(), "format", path.name()
          + " must be a real date as yyyy-MM-dd (four-digit year, no sign)"));
    }
    return true;
  }

  private static boolean checkInteger(JsonElement value, SchemaNode schema, Where path, List<Violation> out) {
    BigDecimal number = integral(value);
    if (number == null) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be an integer"));
      return false;
    }
    if ("int32".equals(schema.format) && (number.compareTo(INT32_MIN) < 0 || number.compareTo(INT32_MAX) > 0)) {
      out.add(new Violation(path.toString(), "format", path.name() + " must fit in a 32-bit integer"));
      return false;
    }
    if ("int64".equals(schema.format) && (number.compareTo(INT64_MIN) < 0 || number.compareTo(INT64_MAX) > 0)) {
      out.add(new Violation(path.toString(), "format", path.name() + " must fit in a 64-bit integer"));
      return false;
    }
    checkBounds(number, schema, path, out);
    return true;
  }

  private static boolean checkNumber(JsonElement value, SchemaNode schema, Where path, List<Violation> out) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a number"));
      return false;
    }
    BigDecimal number;
    try {
      number = value.getAsBigDecimal();
    } catch (NumberFormatException e) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a number"));
      return false;
    }
    checkBounds(number, schema, path, out);
    return true;
  }

  private static void checkBounds(BigDecimal number, SchemaNode schema, Where path, List<Violation> out) {
    String was = ", was " + number.toPlainString();
    if (schema.minimum != null) {
      int order = number.compareTo(schema.minimum);
      if (order < 0 || (schema.exclusiveMinimum && order == 0)) {
        out.add(new Violation(path.toString(), schema.exclusiveMinimum ? "exclusiveMinimum" : "minimum", path.name()
            + (schema.exclusiveMinimum ? " must be more than " : " must be at least ")
            + schema.minimum.toPlainString() + was));
      }
    }
    if (schema.maximum != null) {
      int order = number.compareTo(schema.maximum);
      if (order > 0 || (schema.exclusiveMaximum && order == 0)) {
        out.add(new Violation(path.toString(), schema.exclusiveMaximum ? "exclusiveMaximum" : "maximum", path.name()
            + (schema.exclusiveMaximum ? " must be less than " : " must be at most ")
            + schema.maximum.toPlainString() + was));
      }
    }
    if (schema.multipleOf != null && number.remainder(schema.multipleOf).signum() != 0) {
      out.add(new Violation(path.toString(), "multipleOf", path.name() + " must be a multiple of "
          + schema.multipleOf.toPlainString() + was));
    }
  }

  private static boolean checkBoolean(JsonElement value, SchemaNode schema, Where path, ValidationMode mode,
      List<Violation> out) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
      return true;
    }
    boolean lenient = mode == ValidationMode.SERVER && schema.acceptIntegerBoolean;
    BigDecimal number = integral(value);
    if (lenient && number != null && (number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0)) {
      return true;
    }
    out.add(new Violation(path.toString(), "type", path.name() + " must be true or false" + (lenient ? " (or 1 or 0)" : "")));
    return false;
  }

  private static void checkEnum(JsonElement value, SchemaNode schema, Where path, List<Violation> out) {
    for (Object candidate : schema.enumValues) {
      if (sameValue(value, candidate)) {
        return;
      }
    }
    out.add(new Violation(path.toString(), "enum", path.name() + " must be one of " + schema.enumValues));
  }

  /** Whether a JSON value equals a value read from the YAML spec (numbers by value). */
  private static boolean sameValue(JsonElement json, Object specValue) {
    if (json == null || !json.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive primitive = json.getAsJsonPrimitive();
    if (specValue instanceof Number number) {
      try {
        return primitive.isNumber() && primitive.getAsBigDecimal().compareTo(decimal(number)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (specValue instanceof Boolean bool) {
      return primitive.isBoolean() && primitive.getAsBoolean() == bool;
    }
    return primitive.isString() && primitive.getAsString().equals(String.valueOf(specValue));
  }

  /** @return the value when it is a JSON number with no fractional part, else null */
  private static BigDecimal integral(JsonElement value) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    try {
      BigDecimal number = value.getAsBigDecimal();
      return number.stripTrailingZeros().scale() <= 0 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof Integer || number instanceof Long
        ? BigDecimal.valueOf(number.longValue())
        : new BigDecimal(number.toString());
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  /** A property that is missing or null counts as absent. */
  private static boolean absent(JsonObject object, String key) {
    return !object.has(key) || object.get(key).isJsonNull();
  }

  /**
   * Where a value sits in the body. Built as a chain of small nodes and spelt out only for a
   * violation, so that a valid body costs no string building.
   */
  private record Where(Where parent, String key, int index) {
    static final Where ROOT = new Where(null, null, -1);

    Where field(String name) {
      return new Where(this, name, -1);
    }

    Where item(int position) {
      return new Where(this, null, position);
    }

    String name() {
      return this == ROOT ? "the body" : toString();
    }

    @Override
    public String toString() {
      if (this == ROOT) {
        return "";
      }
      String head = parent.toString();
      if (key == null) {
        return head + "[" + index + "]";
      }
      return head.isEmpty() ? key : head + "." + key;
    }
  }
}
