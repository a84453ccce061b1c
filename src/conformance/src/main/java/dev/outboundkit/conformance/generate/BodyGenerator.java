package dev.outboundkit.conformance.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.targets.TargetFacts;
import dev.outboundkit.conformance.targets.Variant;

/**
 * Valid bodies of either variant, random within every limit the spec gives (read through
 * {@link SpecRules}): optional fields present, absent or null; conditional fields as their
 * condition needs; ordered pairs in order. Only the fields that must hold something of the
 * target (taskId, the references, a unique name) and the calling windows (kept apart, so that no
 * reading of the page could see two windows as one) are made by name.
 */
final class BodyGenerator {
  static final String TASK_ID = "taskId";
  static final String TASK_NAME = "taskName";
  static final String SKILL_SET_ID = "skillSetId";
  static final String NUMBER_GROUP_ID = "outboundNumberGroupId";
  static final String EXEC_TIMES = "taskExecTimes";
  static final String BATCHES = "outboundPhoneGroups";
  /** Windows per task at most: enough to try several, few enough to keep bodies readable. */
  static final int MAX_WINDOWS = 4;
  private static final int MAX_FREE_TEXT = 40;
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 365 * 80;

  private final SpecRules spec;
  private final TargetFacts facts;

  BodyGenerator(SpecRules spec, TargetFacts facts) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  /**
   * @param taken names the body must not take (other tasks' names)
   * @return a body the page accepts for a task of the variant
   */
  JsonObject valid(Variant variant, long taskId, Rng rng, Predicate<String> taken) {
    JsonObject body = new JsonObject();
    body.addProperty(TASK_ID, taskId);
    object(spec.schema(variant.schema()), rng, taken).entrySet().forEach(entry -> body.add(entry.getKey(), entry.getValue()));
    return body;
  }

  /** @return a name of the spec's length that {@code taken} does not hold */
  String name(Rng rng, Predicate<String> taken) {
    Map<String, Object> schema = spec.properties(spec.schema(Variant.NOT_STARTED.schema())).get(TASK_NAME);
    int min = SpecRules.number(schema, "minLength").intValue();
    int max = SpecRules.number(schema, "maxLength").intValue();
    for (int attempt = 0; ; attempt++) {
      String name = rng.text((int) rng.inRange(min, max));
      if (!taken.test(name)) {
        return name;
      }
      if (attempt > 100) {
        throw new IllegalStateException("no free task name found in 100 tries");
      }
    }
  }

  JsonObject object(Map<String, Object> schema, Rng rng, Predicate<String> taken) {
    Map<String, Map<String, Object>> properties = spec.properties(schema);
    List<String> required = SpecRules.required(schema);
    List<SpecRules.Conditional> conditionals = SpecRules.conditionals(schema);
    List<String> conditionalTargets = conditionals.stream().flatMap(rule -> rule.require().stream()).toList();
    JsonObject object = new JsonObject();
    for (var property : properties.entrySet()) {
      if (!conditionalTargets.contains(property.getKey())) {
        member(object, property.getKey(), property.getValue(), required.contains(property.getKey()), rng, taken);
      }
    }
    for (var property : properties.entrySet()) {
      if (conditionalTargets.contains(property.getKey())) {
        boolean needed = required.contains(property.getKey()) || activeConditionals(conditionals, object).stream()
            .anyMatch(rule -> rule.require().contains(property.getKey()));
        member(object, property.getKey(), property.getValue(), needed, rng, taken);
      }
    }
    for (SpecRules.OrderedPair pair : SpecRules.orderedPairs(schema)) {
      order(object, pair, rng);
    }
    return reorder(object, properties.keySet());
  }

  /** @return the fields the object must hold: those the schema requires, and those its conditionals that hold there require */
  static Set<String> needed(Map<String, Object> schema, JsonObject object) {
    Set<String> needed = new HashSet<>(SpecRules.required(schema));
    activeConditionals(SpecRules.conditionals(schema), object).forEach(rule -> needed.addAll(rule.require()));
    return needed;
  }

  /** @return the conditionals whose {@code when} holds in the object */
  static List<SpecRules.Conditional> activeConditionals(List<SpecRules.Conditional> conditionals, JsonObject object) {
    return conditionals.stream().filter(rule -> {
      JsonElement value = object.get(rule.property());
      return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
          && rule.equals() instanceof Number n && value.getAsBigDecimal().compareTo(new java.math.BigDecimal(n.toString())) == 0;
    }).toList();
  }

  private void member(JsonObject object, String name, Map<String, Object> schema, boolean needed, Rng rng,
      Predicate<String> taken) {
    if (name.equals(TASK_ID)) {
      return; // the caller's task
    }
    if (!needed) {
      if (rng.chance(0.3)) {
        return; // absent
      }
      if (rng.chance(0.3)) {
        object.add(name, JsonNull.INSTANCE);
        return;
      }
    }
    object.add(name, value(name, schema, rng, taken));
  }

  JsonElement value(String name, Map<String, Object> schema, Rng rng, Predicate<String> taken) {
    switch (name) {
      case TASK_NAME -> {
        return new JsonPrimitive(name(rng, taken));
      }
      case SKILL_SET_ID -> {
        return new JsonPrimitive(facts.skillSetId());
      }
      case NUMBER_GROUP_ID -> {
        return new JsonPrimitive(facts.outboundNumberGroupId());
      }
      case EXEC_TIMES -> {
        return windows(schema, rng);
      }
      default -> {
        return byType(name, schema, rng, taken);
      }
    }
  }

  private JsonElement byType(String name, Map<String, Object> schema, Rng rng, Predicate<String> taken) {
    switch (SpecRules.type(schema)) {
      case "integer" -> {
        List<Long> values = SpecRules.integerEnum(schema);
        if (!values.isEmpty()) {
          return new JsonPrimitive(rng.pick(values));
        }
        Long min = SpecRules.number(schema, "minimum");
        Long max = SpecRules.number(schema, "maximum");
        Long top = SpecRules.formatTop(schema);
        long low = min != null ? min : 0;
        long high = max != null ? max : top != null ? top : Integer.MAX_VALUE;
        return new JsonPrimitive(rng.inRange(low, high));
      }
      case "boolean" -> {
        boolean value = rng.chance(0.5);
        if (Boolean.TRUE.equals(schema.get("x-accept-integer-boolean")) && rng.chance(0.4)) {
          return new JsonPrimitive(value ? 1 : 0);
        }
        return new JsonPrimitive(value);
      }
      case "string" -> {
        return string(name, schema, rng);
      }
      case "array" -> {
        Long min = SpecRules.number(schema, "minItems");
        Long max = SpecRules.number(schema, "maxItems");
        int low = min != null ? min.intValue() : 0;
        int high = max != null ? max.intValue() : low + 2;
        JsonArray array = new JsonArray();
        for (int i = rng.between(low, high); i > 0; i--) {
          array.add(byItem(spec.items(schema), rng, taken));
        }
        return array;
      }
      case "object" -> {
        return object(schema, rng, taken);
      }
      default -> throw new IllegalStateException("the generator cannot make a value of type "
          + schema.get("type") + " for " + name);
    }
  }

  private JsonElement byItem(Map<String, Object> schema, Rng rng, Predicate<String> taken) {
    return "object".equals(SpecRules.type(schema)) ? object(schema, rng, taken) : byType("item", schema, rng, taken);
  }

  private JsonElement string(String name, Map<String, Object> schema, Rng rng) {
    if ("date".equals(schema.get("format"))) {
      return new JsonPrimitive(FIRST_DAY.plusDays(rng.between(0, DAYS)).toString());
    }
    if (schema.containsKey("pattern") || schema.containsKey("format")) {
      throw new IllegalStateException("the generator cannot make a value for " + name + " (pattern "
          + schema.get("pattern") + ", format " + schema.get("format") + ")");
    }
    if (schema.containsKey("default") && rng.chance(0.5)) {
      return new JsonPrimitive(String.valueOf(schema.get("default")));
    }
    Long min = SpecRules.number(schema, "minLength");
    Long max = SpecRules.number(schema, "maxLength");
    int low = min != null ? min.intValue() : 1;
    int high = max != null ? max.intValue() : MAX_FREE_TEXT;
    return new JsonPrimitive(rng.text(rng.between(low, high)));
  }

  /** @return {@code count} valid entries of the array field {@code name} (windows as {@link #windows} makes them) */
  JsonArray items(String name, Map<String, Object> arraySchema, int count, Rng rng, Predicate<String> taken) {
    if (name.equals(EXEC_TIMES)) {
      return windows(arraySchema, rng, count);
    }
    JsonArray array = new JsonArray();
    for (int i = 0; i < count; i++) {
      array.add(byItem(spec.items(arraySchema), rng, taken));
    }
    return array;
  }

  private JsonArray windows(Map<String, Object> schema, Rng rng) {
    Long min = SpecRules.number(schema, "minItems");
    Long max = SpecRules.number(schema, "maxItems");
    return windows(schema, rng, rng.between(min != null ? min.intValue() : 1,
        Math.min(max != null ? max.intValue() : MAX_WINDOWS, MAX_WINDOWS)));
  }

  /** {@code count} windows that neither overlap nor touch, in order, each ending after it starts. */
  private JsonArray windows(Map<String, Object> schema, Rng rng, int count) {
    Map<String, Object> window = spec.items(schema);
    List<String> fields = new ArrayList<>(spec.properties(window).keySet());
    SpecRules.OrderedPair pair = SpecRules.orderedPairs(window).get(0);
    TreeSet<Integer> seconds = new TreeSet<>();
    while (seconds.size() < 2 * count) {
      seconds.add(rng.between(0, 24 * 3600 - 1));
    }
    List<Integer> sorted = new ArrayList<>(seconds);
    JsonArray windows = new JsonArray();
    for (int i = 0; i < count; i++) {
      JsonObject one = new JsonObject();
      one.addProperty(pair.first(), time(sorted.get(2 * i), window, pair.first()));
      one.addProperty(pair.then(), time(sorted.get(2 * i + 1), window, pair.then()));
      windows.add(reorder(one, fields));
    }
    return windows;
  }

  /** @return HH:mm:ss, checked against the field's pattern in the spec */
  private String time(int secondOfDay, Map<String, Object> window, String field) {
    String text = LocalTime.ofSecondOfDay(secondOfDay).format(HH_MM_SS);
    Object pattern = spec.properties(window).get(field).get("pattern");
    if (pattern != null && !Pattern.compile(String.valueOf(pattern)).matcher(text).find()) {
      throw new IllegalStateException("the spec's pattern for " + field + " (" + pattern
          + ") does not take HH:mm:ss; the window generator must follow it");
    }
    return text;
  }

  /**
   * Puts {@code then} after {@code first} by swapping them when they are out of order; where the
   * pair may be equal, makes it equal now and then (the page's own example is a one-day task).
   */
  private static void order(JsonObject object, SpecRules.OrderedPair pair, Rng rng) {
    JsonElement first = object.get(pair.first());
    JsonElement then = object.get(pair.then());
    if (first == null || then == null || !first.isJsonPrimitive() || !then.isJsonPrimitive()) {
      return;
    }
    if (!pair.strict() && rng.chance(0.15)) {
      object.add(pair.then(), first.deepCopy());
    } else if (first.getAsString().compareTo(then.getAsString()) > 0) {
      object.add(pair.first(), then);
      object.add(pair.then(), first);
    }
  }

  private static JsonObject reorder(JsonObject object, Iterable<String> order) {
    JsonObject ordered = new JsonObject();
    for (String key : order) {
      if (object.has(key)) {
        ordered.add(key, object.get(key));
      }
    }
    object.entrySet().forEach(entry -> ordered.add(entry.getKey(), entry.getValue()));
    return ordered;
  }
}
