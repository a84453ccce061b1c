package dev.outboundkit.conformance.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.Variant;

/**
 * Every violation a valid body can be given, one per constraint and place: each limit,
 * format, type, required field, condition and order of the spec, at every spot of the body where
 * it applies (each window, each batch). Each names the rule of {@code docs/conformance-rules.md}
 * it breaks.
 *
 * <p>A field the body's strategy or redial setting does not need is left alone: the page says
 * it may be present and is then ignored, so a server that ignores a bad value there keeps the
 * page.
 */
final class Violations {
  /** Rules of the limits on one field (range, enum, length, number of items). */
  static final Map<String, String> LIMIT_RULES = Map.ofEntries(
      Map.entry("taskName", "FC-TASKNAME-LENGTH"),
      Map.entry("taskExecTimes", "FC-EXEC-TIMES"),
      Map.entry("maxRingingDuration", "FC-MAX-RINGING"),
      Map.entry("acw", "FC-ACW"),
      Map.entry("multiplyPower", "FC-MULTIPLY-POWER"),
      Map.entry("abandonmentRate", "FC-ABANDONMENT-RATE"),
      Map.entry("autoOutboundInterval", "FC-AUTO-INTERVAL"),
      Map.entry("autoOutboundTimes", "FC-AUTO-TIMES"),
      Map.entry("outboundPhoneGroups", "FC-ONE-BATCH"),
      Map.entry("sendNumberStrategy", "FC-SEND-STRATEGY"),
      Map.entry("autoOutboundSwitch", "FC-REDIAL-SWITCH"));
  /** Rules of the conditions, by the field the condition is on. */
  static final Map<String, String> CONDITION_RULES = Map.of(
      "sendNumberStrategy", "FC-COND-STRATEGY",
      "autoOutboundSwitch", "FC-COND-REDIAL");
  static final List<String> BAD_DATES = List.of("2026/12/01", "20261201", "2026-1-5", "26-12-01",
      "2026-12-01T00:00:00", "2026-12-01 ", "01-12-2026", "today", "", "2026-12", "2026年12月01日");
  static final List<String> BAD_TIMES = List.of("24:00:00", "23:60:00", "23:59:60", "25:00:00", "9:00:00",
      "09:00", "09-00-00", "090000", "09:00:00.000", " 09:00:00", "", "noon", "12:00:00 PM", "99:99:99");

  private static final java.time.format.DateTimeFormatter HH_MM_SS = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

  private final SpecRules spec;
  private final BodyGenerator bodies;

  Violations(SpecRules spec, BodyGenerator bodies) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
  }

  /**
   * @param otherName the current name of another task, null when none is known
   * @return every violation the body can be given
   */
  List<Mutation> candidates(Variant variant, JsonObject body, Rng rng, String otherName) {
    List<Mutation> found = new ArrayList<>();
    walk(spec.schema(variant.schema()), body, JsonPath.ROOT, variant, rng, found);
    JsonElement name = body.get(BodyGenerator.TASK_NAME);
    if (otherName != null && name != null && name.isJsonPrimitive() && !otherName.equals(name.getAsString())) {
      found.add(set("NS-NAME-DUPLICATE", JsonPath.ROOT.member(BodyGenerator.TASK_NAME), new JsonPrimitive(otherName),
          List.of(), "taskName set to the other not-started task's name"));
    }
    return found;
  }

  private void walk(Map<String, Object> schema, JsonObject object, JsonPath at, Variant variant, Rng rng,
      List<Mutation> found) {
    List<String> required = SpecRules.required(schema);
    List<SpecRules.Conditional> active = BodyGenerator.activeConditionals(SpecRules.conditionals(schema), object);
    for (var property : spec.properties(schema).entrySet()) {
      String name = property.getKey();
      JsonPath path = at.member(name);
      List<JsonPath> reads = active.stream().filter(rule -> rule.require().contains(name))
          .map(rule -> at.member(rule.property())).toList();
      boolean isRequired = required.contains(name);
      if (isRequired) {
        found.add(new Mutation(variant.requiredRule(), path, Mutation.Op.REMOVE, null, List.of(), name + " left out"));
        found.add(new Mutation(variant.requiredRule(), path, Mutation.Op.SET_NULL, null, List.of(), name + " set to null"));
      } else if (!reads.isEmpty()) {
        String rule = CONDITION_RULES.get(reads.get(0).field());
        found.add(new Mutation(require(rule, reads.get(0).field(), "condition"), path, Mutation.Op.REMOVE, null, reads,
            name + " left out while " + reads.get(0) + " needs it"));
        found.add(new Mutation(rule, path, Mutation.Op.SET_NULL, null, reads, name + " null while " + reads.get(0) + " needs it"));
      }
      JsonElement value = object.get(name);
      if (value != null && !value.isJsonNull() && (isRequired || !reads.isEmpty())) {
        value(name, property.getValue(), value, path, reads, variant, rng, found);
      }
    }
    for (SpecRules.OrderedPair pair : SpecRules.orderedPairs(schema)) {
      JsonElement first = object.get(pair.first());
      if (first == null || !first.isJsonPrimitive() || object.get(pair.then()) == null) {
        continue;
      }
      Map<String, Object> firstSchema = spec.properties(schema).get(pair.first());
      JsonPath then = at.member(pair.then());
      List<JsonPath> reads = List.of(at.member(pair.first()));
      if ("date".equals(firstSchema.get("format"))) {
        LocalDate start = LocalDate.parse(first.getAsString());
        String end = start.minusDays(rng.inRange(1, 3650)).toString();
        found.add(set("FC-DATE-ORDER", then, new JsonPrimitive(end), reads, pair.then() + " " + end + " before " + first.getAsString()));
      } else {
        LocalTime start = LocalTime.parse(first.getAsString());
        int startSecond = start.toSecondOfDay();
        if (startSecond == 0 && !pair.strict()) {
          continue; // nothing comes before 00:00:00, and an equal end is allowed
        }
        // A window starting at 00:00:00 can only be broken by an end equal to its start.
        long back = startSecond == 0 || pair.strict() && rng.chance(0.3) ? 0 : rng.inRange(1, startSecond);
        String end = start.minusSeconds(Math.min(back, start.toSecondOfDay())).format(HH_MM_SS);
        found.add(set("FC-TIME-ORDER", then, new JsonPrimitive(end), reads,
            at + " ends at " + end + ", not after it starts at " + first.getAsString()));
      }
    }
  }

  private void value(String name, Map<String, Object> schema, JsonElement value, JsonPath path, List<JsonPath> reads,
      Variant variant, Rng rng, List<Mutation> found) {
    switch (name) {
      case BodyGenerator.TASK_ID -> {
        found.add(set("FC-TYPES-LENIENT", path, new JsonPrimitive(value.getAsString()), reads, "taskId sent as a string"));
        return;
      }
      case BodyGenerator.SKILL_SET_ID -> found.add(set("NS-UNKNOWN-SKILL-SET", path, new JsonPrimitive(unknownId(rng)),
          reads, "a skillSetId the target does not have"));
      case BodyGenerator.NUMBER_GROUP_ID -> found.add(set("REF-UNKNOWN-NUMBER-GROUP", path,
          new JsonPrimitive(unknownId(rng)), reads, "an outboundNumberGroupId the target does not have"));
      default -> {
      }
    }
    switch (SpecRules.type(schema)) {
      case "integer" -> integer(name, schema, path, reads, rng, found);
      case "boolean" -> {
        for (JsonElement other : List.of(new JsonPrimitive(rng.of(2, -1, 7, 10)), new JsonPrimitive(rng.of("yes", "on", "开启")))) {
          found.add(set("FC-DISPLAY-SWITCH-OTHER", path, other, reads, name + " = " + other));
        }
      }
      case "string" -> string(name, schema, value, path, reads, rng, found);
      case "array" -> array(name, schema, value, path, reads, variant, rng, found);
      case "object" -> {
        found.add(set("FC-TYPES", path, new JsonPrimitive(rng.latin(5)), reads, path + " sent as a string"));
        walk(schema, value.getAsJsonObject(), path, variant, rng, found);
      }
      default -> {
      }
    }
  }

  private void integer(String name, Map<String, Object> schema, JsonPath path, List<JsonPath> reads, Rng rng,
      List<Mutation> found) {
    Long min = SpecRules.number(schema, "minimum");
    Long max = SpecRules.number(schema, "maximum");
    Long top = SpecRules.formatTop(schema);
    List<Long> values = SpecRules.integerEnum(schema);
    long floor = top != null && top == Integer.MAX_VALUE ? Integer.MIN_VALUE : Long.MIN_VALUE;
    if (min != null) {
      long below = rng.chance(0.5) ? min - 1 : Math.max(floor, min - 1 - rng.inRange(0, 100_000));
      found.add(set(require(LIMIT_RULES.get(name), name, "minimum"), path, new JsonPrimitive(below), reads,
          name + " = " + below + ", below the minimum " + min));
    }
    if (max != null) {
      long ceiling = top != null ? top : Long.MAX_VALUE;
      long above = rng.chance(0.5) ? max + 1 : Math.min(ceiling, max + 1 + rng.inRange(0, 100_000));
      found.add(set(require(LIMIT_RULES.get(name), name, "maximum"), path, new JsonPrimitive(above), reads,
          name + " = " + above + ", above the maximum " + max));
    } else if (top != null && top == Integer.MAX_VALUE && values.isEmpty()) {
      java.math.BigInteger over = java.math.BigInteger.valueOf(top).add(java.math.BigInteger.valueOf(rng.inRange(1, 1L << 40)));
      found.add(set(require(LIMIT_RULES.get(name), name, "int32") + "-INT32", path, new JsonPrimitive(over), reads,
          name + " = " + over + ", past Integer's top"));
    }
    if (!values.isEmpty()) {
      long outside;
      do {
        outside = rng.chance(0.5) ? rng.of(-1L, 2L, 3L) : rng.longBetween(-1000, 1000);
      } while (values.contains(outside));
      found.add(set(require(LIMIT_RULES.get(name), name, "enum"), path, new JsonPrimitive(outside), reads,
          name + " = " + outside + ", not one of " + values));
    }
    JsonElement wrongType = rng.of(new JsonPrimitive(rng.latin(4)), array(new JsonPrimitive(1)), new JsonObject());
    found.add(set("FC-TYPES", path, wrongType, reads, name + " sent as " + wrongType));
    long inside = min != null ? min : values.isEmpty() ? 1 : values.get(0);
    JsonElement lenient = rng.chance(0.5) ? new JsonPrimitive(inside + 0.5) : new JsonPrimitive(true);
    found.add(set("FC-TYPES-LENIENT", path, lenient, reads, name + " sent as " + lenient));
  }

  private void string(String name, Map<String, Object> schema, JsonElement value, JsonPath path, List<JsonPath> reads,
      Rng rng, List<Mutation> found) {
    Long min = SpecRules.number(schema, "minLength");
    Long max = SpecRules.number(schema, "maxLength");
    if (min != null && min > 0) {
      String shorter = rng.text((int) (min - 1));
      found.add(set(require(LIMIT_RULES.get(name), name, "minLength"), path, new JsonPrimitive(shorter), reads,
          name + " of " + (min - 1) + " characters, below " + min));
    }
    if (max != null) {
      int length = (int) rng.inRange(max + 1, max + 30);
      found.add(set(require(LIMIT_RULES.get(name), name, "maxLength"), path, new JsonPrimitive(rng.text(length)), reads,
          name + " of " + length + " characters, above " + max));
    }
    if ("date".equals(schema.get("format"))) {
      String bad = rng.chance(0.5) ? rng.pick(BAD_DATES) : impossibleDay(rng);
      found.add(set("FC-DATE-FORMAT", path, new JsonPrimitive(bad), reads, name + " = \"" + bad + "\""));
    }
    if (schema.containsKey("pattern")) {
      String bad = rng.chance(0.6) ? rng.pick(BAD_TIMES)
          : String.format("%02d:%02d:%02d", rng.between(24, 99), rng.between(0, 59), rng.between(0, 59));
      found.add(set("FC-TIME-FORMAT", path, new JsonPrimitive(bad), reads, path + " = \"" + bad + "\""));
    }
    JsonElement wrongType = rng.chance(0.5) ? array(value) : new JsonObject();
    found.add(set("FC-TYPES", path, wrongType, reads, name + " sent as " + wrongType));
  }

  private void array(String name, Map<String, Object> schema, JsonElement value, JsonPath path, List<JsonPath> reads,
      Variant variant, Rng rng, List<Mutation> found) {
    JsonArray array = value.getAsJsonArray();
    Long min = SpecRules.number(schema, "minItems");
    Long max = SpecRules.number(schema, "maxItems");
    Map<String, Object> items = spec.items(schema);
    if (min != null && min > 0) {
      JsonArray fewer = new JsonArray();
      for (int i = 0; i < min - 1; i++) {
        fewer.add(array.get(i).deepCopy());
      }
      found.add(set(require(LIMIT_RULES.get(name), name, "minItems"), path, fewer, reads,
          name + " with " + fewer.size() + " entries, below " + min));
    }
    if (max != null) {
      JsonElement extra = bodies.object(items, rng, anyName -> false);
      found.add(new Mutation(require(LIMIT_RULES.get(name), name, "maxItems"), path, Mutation.Op.APPEND, extra, reads,
          name + " with one entry more than " + max));
    }
    found.add(set("FC-TYPES", path, rng.chance(0.5) ? new JsonPrimitive(rng.latin(6)) : new JsonObject(), reads,
        name + " sent as something other than a list"));
    found.add(new Mutation("FC-TYPES", path, Mutation.Op.APPEND, JsonNull.INSTANCE, reads, name + " with a null entry"));
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (item.isJsonObject()) {
        JsonPath at = path.index(i);
        found.add(set("FC-TYPES", at, new JsonPrimitive(rng.latin(3)), reads, at + " sent as a string"));
        walk(items, item.getAsJsonObject(), at, variant, rng, found);
      }
    }
  }

  static String impossibleDay(Rng rng) {
    int year = rng.between(2020, 2099);
    int notLeap = year % 4 == 0 ? year + 1 : year;
    return rng.of(notLeap + "-02-29", year + "-02-30", year + "-04-31", year + "-06-31", year + "-09-31",
        year + "-11-31", year + "-13-01", year + "-00-10", year + "-01-32", year + "-12-00");
  }

  static String unknownId(Rng rng) {
    return "9" + rng.longBetween(100_000_000_000_000L, 999_999_999_999_999L);
  }

  private static JsonArray array(JsonElement item) {
    JsonArray array = new JsonArray();
    array.add(item.deepCopy());
    return array;
  }

  private static Mutation set(String rule, JsonPath path, JsonElement value, List<JsonPath> reads, String what) {
    return new Mutation(rule, path, Mutation.Op.SET, value, reads, what);
  }

  /** A limit of the spec that no rule names fails the run loudly: no limit goes untried unseen. */
  static String require(String rule, String field, String keyword) {
    if (rule == null) {
      throw new IllegalStateException("the spec has a " + keyword + " on " + field
          + " that no rule of docs/conformance-rules.md is mapped to; add it to Violations");
    }
    return rule;
  }
}
