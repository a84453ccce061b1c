package dev.outboundkit.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Checks a JSON body against a schema of the {@link ApiSpec}, reporting every broken rule at
 * once. It interprets the keywords the spec uses ({@code type}, {@code format}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code enum},
 * {@code required}, {@code minItems}, {@code maxItems}, {@code additionalProperties},
 * {@code nullable}) and the project's extensions ({@code x-conditional-required},
 * {@code x-ordered-pairs}, {@code x-accept-integer-boolean}); the numbers all come from the spec.
 *
 * <p>Thread-safe; one instance serves every request.
 */
public final class SchemaValidator {
  private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  // STRICT with "uuuu" refuses 2021-02-30 rather than moving it to 02-28.
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private final ApiSpec spec;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

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
    Objects.requireNonNull(mode, "mode");
    List<Violation> violations = new ArrayList<>();
    check(body, spec.schema(schemaName), Where.ROOT, mode, violations);
    return violations;
  }

  private void check(JsonElement value, Map<String, Object> node, Where path, ValidationMode mode,
      List<Violation> out) {
    Map<String, Object> schema = spec.resolve(node);
    if (value == null || value.isJsonNull()) {
      if (!Boolean.TRUE.equals(schema.get("nullable"))) {
        out.add(new Violation(path.toString(), "type", path.name() + " must not be null"));
      }
      return;
    }
    String type = String.valueOf(schema.get("type"));
    boolean typeOk = switch (type) {
      case "object" -> checkObject(value, schema, path, mode, out);
      case "array" -> checkArray(value, schema, path, mode, out);
      case "string" -> checkString(value, schema, path, out);
      case "integer" -> checkInteger(value, schema, path, out);
      case "boolean" -> checkBoolean(value, schema, path, mode, out);
      default -> true;
    };
    if (typeOk && schema.containsKey("enum")) {
      checkEnum(value, schema, path, out);
    }
  }

  private boolean checkObject(JsonElement value, Map<String, Object> schema, Where path,
      ValidationMode mode, List<Violation> out) {
    if (!value.isJsonObject()) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a JSON object"));
      return false;
    }
    JsonObject object = value.getAsJsonObject();
    Map<String, Object> properties = ApiSpec.map(schema.getOrDefault("properties", Map.of()), "properties");
    for (String required : ApiSpec.stringList(schema.get("required"))) {
      if (absent(object, required)) {
        out.add(new Violation(path.field(required).toString(), "required", path.field(required) + " is required"));
      }
    }
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      String key = property.getKey();
      // A null counts as absent: the required check above reports it where it matters.
      if (!absent(object, key)) {
        check(object.get(key), ApiSpec.map(property.getValue(), key), path.field(key), mode, out);
      }
    }
    if (mode == ValidationMode.CLIENT && Boolean.FALSE.equals(schema.get("additionalProperties"))) {
      for (String key : object.keySet()) {
        if (!properties.containsKey(key)) {
          out.add(new Violation(path.field(key).toString(), "additionalProperties",
              path.field(key) + " is not a field of this request; allowed: " + String.join(", ", properties.keySet())));
        }
      }
    }
    checkConditionalRequired(object, schema, path, out);
    checkOrderedPairs(object, schema, path, out);
    return true;
  }

  private void checkConditionalRequired(JsonObject object, Map<String, Object> schema, Where path,
      List<Violation> out) {
    for (Object ruleNode : list(schema.get("x-conditional-required"))) {
      Map<String, Object> rule = ApiSpec.map(ruleNode, "x-conditional-required");
      Map<String, Object> when = ApiSpec.map(rule.get("when"), "x-conditional-required.when");
      String property = String.valueOf(when.get("property"));
      Object expected = when.get("equals");
      if (absent(object, property) || !sameValue(object.get(property), expected)) {
        continue;
      }
      for (String required : ApiSpec.stringList(rule.get("require"))) {
        if (absent(object, required)) {
          out.add(new Violation(path.field(required).toString(), "x-conditional-required",
              path.field(required) + " is required when " + path.field(property) + " is " + expected));
        }
      }
    }
  }

  private void checkOrderedPairs(JsonObject object, Map<String, Object> schema, Where path,
      List<Violation> out) {
    for (Object pairNode : list(schema.get("x-ordered-pairs"))) {
      Map<String, Object> pair = ApiSpec.map(pairNode, "x-ordered-pairs");
      String first = String.valueOf(pair.get("first"));
      String then = String.valueOf(pair.get("then"));
      boolean strict = Boolean.TRUE.equals(pair.get("strict"));
      Integer order = compareTemporal(object.get(first), object.get(then));
      if (order == null) {
        continue; // absent or malformed: the field's own checks report it
      }
      if (order > 0 || (strict && order == 0)) {
        out.add(new Violation(path.field(then).toString(), "x-ordered-pairs", path.field(then) + " must be "
            + (strict ? "after " : "on or after ") + path.field(first)));
      }
    }
  }

  private static Integer compareTemporal(JsonElement first, JsonElement then) {
    if (!isString(first) || !isString(then)) {
      return null;
    }
    String a = first.getAsString();
    String b = then.getAsString();
    try {
      return LocalDate.parse(a, DATE).compareTo(LocalDate.parse(b, DATE));
    } catch (DateTimeParseException notDates) {
      try {
        return LocalTime.parse(a, TIME).compareTo(LocalTime.parse(b, TIME));
      } catch (DateTimeParseException notTimes) {
        return null;
      }
    }
  }

  private boolean checkArray(JsonElement value, Map<String, Object> schema, Where path,
      ValidationMode mode, List<Violation> out) {
    if (!value.isJsonArray()) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a JSON array"));
      return false;
    }
    JsonArray array = value.getAsJsonArray();
    Number minItems = (Number) schema.get("minItems");
    Number maxItems = (Number) schema.get("maxItems");
    if (minItems != null && array.size() < minItems.intValue()) {
      out.add(new Violation(path.toString(), "minItems", path.name() + " must have at least " + minItems
          + (minItems.intValue() == 1 ? " entry" : " entries") + ", has " + array.size()));
    }
    if (maxItems != null && array.size() > maxItems.intValue()) {
      out.add(new Violation(path.toString(), "maxItems", path.name() + " must have at most " + maxItems
          + (maxItems.intValue() == 1 ? " entry" : " entries") + ", has " + array.size()));
    }
    Object items = schema.get("items");
    if (items != null) {
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), ApiSpec.map(items, "items"), path.item(i), mode, out);
      }
    }
    return true;
  }

  private boolean checkString(JsonElement value, Map<String, Object> schema, Where path, List<Violation> out) {
    if (!isString(value)) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be a string"));
      return false;
    }
    String text = value.getAsString();
    // Characters are code points, as JSON Schema counts them: 一 and 😀 are one each.
    int length = text.codePointCount(0, text.length());
    Number minLength = (Number) schema.get("minLength");
    Number maxLength = (Number) schema.get("maxLength");
    if (minLength != null && length < minLength.intValue()) {
      out.add(new Violation(path.toString(), "minLength", path.name() + " must be at least " + minLength
          + " characters long, is " + length));
    }
    if (maxLength != null && length > maxLength.intValue()) {
      out.add(new Violation(path.toString(), "maxLength", path.name() + " must be at most " + maxLength
          + " characters long, is " + length));
    }
    Object pattern = schema.get("pattern");
    if (pattern != null && !patterns.computeIfAbsent(pattern.toString(), Pattern::compile).matcher(text).find()) {
      out.add(new Violation(path.toString(), "pattern", path.name() + " must match the pattern " + pattern));
    }
    if ("date".equals(schema.get("format"))) {
      try {
        LocalDate.parse(text, DATE);
      } catch (DateTimeParseException e) {
        out.add(new Violation(path.toString(), "format", path.name() + " must be a real date as yyyy-MM-dd"));
      }
    }
    return true;
  }

  private boolean checkInteger(JsonElement value, Map<String, Object> schema, Where path, List<Violation> out) {
    BigDecimal number = integral(value);
    if (number == null) {
      out.add(new Violation(path.toString(), "type", path.name() + " must be an integer"));
      return false;
    }
    String format = String.valueOf(schema.get("format"));
    if ("int32".equals(format) && (number.compareTo(INT32_MIN) < 0 || number.compareTo(INT32_MAX) > 0)) {
      out.add(new Violation(path.toString(), "format", path.name() + " must fit in a 32-bit integer"));
      return false;
    }
    if ("int64".equals(format) && (number.compareTo(INT64_MIN) < 0 || number.compareTo(INT64_MAX) > 0)) {
      out.add(new Violation(path.toString(), "format", path.name() + " must fit in a 64-bit integer"));
      return false;
    }
    Number minimum = (Number) schema.get("minimum");
    Number maximum = (Number) schema.get("maximum");
    if (minimum != null && number.compareTo(decimal(minimum)) < 0) {
      out.add(new Violation(path.toString(), "minimum", path.name() + " must be at least " + minimum + ", was " + number.toPlainString()));
    }
    if (maximum != null && number.compareTo(decimal(maximum)) > 0) {
      out.add(new Violation(path.toString(), "maximum", path.name() + " must be at most " + maximum + ", was " + number.toPlainString()));
    }
    return true;
  }

  private static boolean checkBoolean(JsonElement value, Map<String, Object> schema, Where path,
      ValidationMode mode, List<Violation> out) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
      return true;
    }
    boolean lenient = mode == ValidationMode.SERVER && Boolean.TRUE.equals(schema.get("x-accept-integer-boolean"));
    BigDecimal number = integral(value);
    if (lenient && number != null && (number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0)) {
      return true;
    }
    out.add(new Violation(path.toString(), "type", path.name() + " must be true or false" + (lenient ? " (or 1 or 0)" : "")));
    return false;
  }

  private static void checkEnum(JsonElement value, Map<String, Object> schema, Where path, List<Violation> out) {
    List<?> allowed = list(schema.get("enum"));
    for (Object candidate : allowed) {
      if (sameValue(value, candidate)) {
        return;
      }
    }
    out.add(new Violation(path.toString(), "enum", path.name() + " must be one of " + allowed));
  }

  /** Whether a JSON value equals a value read from the YAML spec (numbers by value). */
  private static boolean sameValue(JsonElement json, Object specValue) {
    if (json == null || !json.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive primitive = json.getAsJsonPrimitive();
    if (specValue instanceof Number number) {
      BigDecimal integral = integral(json);
      return primitive.isNumber() && integral != null && integral.compareTo(decimal(number)) == 0;
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

  private static List<?> list(Object node) {
    return node instanceof List<?> list ? list : List.of();
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
