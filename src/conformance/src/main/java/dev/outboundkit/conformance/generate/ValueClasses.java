package dev.outboundkit.conformance.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.generate.CaseSpace.Change;
import dev.outboundkit.conformance.generate.CaseSpace.Parameter;
import dev.outboundkit.conformance.generate.CaseSpace.Role;
import dev.outboundkit.conformance.generate.CaseSpace.ValueClass;
import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * The value classes of each field of a variant, derived from {@code api/openapi.yaml} through
 * {@link SpecRules} (no limit is written here), with the task's role as one more parameter:
 *
 * <ul>
 *   <li>an integer: min−1, min, min+1, a typical value, max−1, max, max+1 (past Integer's top where
 *       the spec gives no maximum), a fraction, text, absent, null; an enum: each value, one
 *       outside, a fraction, text, absent, null;
 *   <li>a string with lengths: empty (min−1), 1, a typical one, max, max+1, mixed scripts, not
 *       text, absent, null; free text: empty, 1 character, typical, long, mixed scripts, not text,
 *       absent, null; an id of the target: known, unknown, not text, absent, null;
 *   <li>a switch ({@code x-accept-integer-boolean}): true, false, 1, 0, another number, text,
 *       absent, null;
 *   <li>a date: a day, a malformed one, an impossible one; the end of an ordered pair: equal,
 *       after, before; a time of a window: earliest and latest the other windows leave, equal,
 *       before, malformed;
 *   <li>a list: its length (min−1, min, min+1, many, max+1 entries, a null entry, not a list,
 *       absent, null) and, for a list of several, which entry its entries' classes go into;
 *   <li>a conditional field: its classes with the condition on or off (the condition is a
 *       parameter), and absent or null breaking the condition's rule only where it is on.
 * </ul>
 */
final class ValueClasses {
  /** Free text with no maximum in the spec: this long is the "long" class. */
  static final int LONG_TEXT = 200;
  private static final DateTimeFormatter HH_MM_SS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final int LAST_SECOND = 24 * 3600 - 1;

  /** What a class needs to make its change in one case's valid body. */
  static final class Render {
    final Rng rng;
    final BodyGenerator bodies;
    final JsonObject body;
    final Predicate<String> taken;
    /** The other not-started task's name, null when unknown or not a not-started task. */
    final String otherName;
    JsonPath path;
    /** The list of the field's entry, and the entry's index there; null for a field of the body. */
    JsonPath list;
    int index;
    /** The {@code first} field of the ordered pair the field ends, null when none. */
    JsonPath first;

    Render(Rng rng, BodyGenerator bodies, JsonObject body, Predicate<String> taken, String otherName) {
      this.rng = rng;
      this.bodies = bodies;
      this.body = body;
      this.taken = taken;
      this.otherName = otherName;
    }

    JsonElement current() {
      return path.get(body);
    }
  }

  private final SpecRules spec;

  ValueClasses(SpecRules spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /**
   * @return the variant's parameters: the task (each role the page gives this table for, then the
   *     completed and the missing task), then each field of the variant's schema, in its order
   */
  CaseSpace space(Variant variant) {
    List<TaskRole> taskRoles = new ArrayList<>();
    for (TaskRole role : TaskRole.values()) {
      if (role.variant() == variant) {
        taskRoles.add(role);
      }
    }
    for (TaskRole role : TaskRole.values()) {
      if (role.variant() == null) {
        taskRoles.add(role);
      }
    }
    List<ValueClass> tasks = new ArrayList<>();
    for (TaskRole role : taskRoles) {
      String refused = CaseGenerator.roleRule(role);
      tasks.add(refused == null ? ValueClass.good(role.words(), any -> Change.KEEP)
          : ValueClass.bad(role.words(), refused, any -> Change.KEEP));
    }
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(new Parameter("task", Role.TASK, null, "task", Map.of(), tasks, null, -1, Set.of(), -1, -1));
    object(spec.schema(variant.schema()), null, -1, variant, parameters);
    return new CaseSpace(variant, taskRoles, parameters, 1);
  }

  /** Adds the parameters of an object's fields: of the body, or of a list's entries ({@code array}). */
  private void object(Map<String, Object> schema, String array, int container, Variant variant, List<Parameter> out) {
    List<String> required = SpecRules.required(schema);
    List<SpecRules.Conditional> conditionals = SpecRules.conditionals(schema);
    List<SpecRules.OrderedPair> pairs = SpecRules.orderedPairs(schema);
    Map<String, Integer> here = new HashMap<>();
    for (var property : spec.properties(schema).entrySet()) {
      String name = property.getKey();
      Map<String, Object> field = property.getValue();
      SpecRules.Conditional conditional = conditionals.stream().filter(rule -> rule.require().contains(name)).findFirst()
          .orElse(null);
      int condition = -1;
      Set<Integer> neededWhen = Set.of();
      String missingRule = required.contains(name) ? variant.requiredRule() : null;
      if (conditional != null && !required.contains(name)) {
        condition = requireEarlier(here, conditional.property(), name);
        neededWhen = Set.of(out.get(condition).index(String.valueOf(conditional.equals())));
        missingRule = Violations.require(Violations.CONDITION_RULES.get(conditional.property()), conditional.property(),
            "condition");
      }
      SpecRules.OrderedPair pair = pairs.stream().filter(p -> p.then().equals(name)).findFirst().orElse(null);
      SpecRules.OrderedPair starts = pairs.stream().filter(p -> p.first().equals(name)).findFirst().orElse(null);
      int first = pair == null ? -1 : requireEarlier(here, pair.first(), name);
      here.put(name, out.size());
      if (array == null && name.equals(BodyGenerator.TASK_ID)) {
        out.add(new Parameter(name, Role.FIELD, null, name, field, List.of(ValueClass.good("number", any -> Change.KEEP),
            ValueClass.bad("text", "FC-TYPES-LENIENT", r -> Change.set(new JsonPrimitive(r.current().getAsString())))),
            missingRule, -1, Set.of(), -1, -1));
        continue;
      }
      if ("array".equals(SpecRules.type(field))) {
        list(name, field, variant, missingRule, out);
        continue;
      }
      List<ValueClass> classes = new ArrayList<>(scalar(name, field, pair, starts));
      if (condition >= 0) {
        // absent where the condition needs the field and where it does not: two classes each, so
        // that each is paired with every class of every other field
        classes.add(ValueClass.missing("absent, needed", any -> Change.REMOVE).needed(true));
        classes.add(ValueClass.missing("null, needed", any -> Change.set(JsonNull.INSTANCE)).needed(true));
        classes.add(ValueClass.missing("absent, not needed", any -> Change.REMOVE).needed(false));
        classes.add(ValueClass.missing("null, not needed", any -> Change.set(JsonNull.INSTANCE)).needed(false));
      } else {
        classes.add(ValueClass.missing("absent", any -> Change.REMOVE));
        classes.add(ValueClass.missing("null", any -> Change.set(JsonNull.INSTANCE)));
      }
      out.add(new Parameter(array == null ? name : array + "[]." + name, Role.FIELD, array, name, field, classes,
          missingRule, condition, neededWhen, container, first));
    }
  }

  private static int requireEarlier(Map<String, Integer> here, String field, String of) {
    Integer index = here.get(field);
    if (index == null) {
      throw new IllegalStateException("the spec names " + field + " (which " + of + " depends on) after " + of
          + "; the value classes need it first");
    }
    return index;
  }

  /** A list: its length, which entry the entries' classes go into (for a list of several), and its entries' fields. */
  private void list(String name, Map<String, Object> schema, Variant variant, String missingRule, List<Parameter> out) {
    Long min = SpecRules.number(schema, "minItems");
    Long max = SpecRules.number(schema, "maxItems");
    int low = Math.max(1, min == null ? 0 : min.intValue());
    List<ValueClass> classes = new ArrayList<>();
    for (int count : new int[] {low, low + 1, Math.max(low + 2, BodyGenerator.MAX_WINDOWS)}) {
      if (max == null || count <= max) {
        classes.add(ValueClass.good(count + (count == 1 ? " entry" : " entries"), any -> Change.KEEP).items(count, count));
      }
    }
    String limit = Violations.LIMIT_RULES.get(name);
    Map<String, Object> items = spec.items(schema);
    if (min != null && min > 0) {
      int fewer = (int) (min - 1);
      classes.add(ValueClass.bad(fewer + " entries", Violations.require(limit, name, "minItems"), r -> {
        JsonArray some = new JsonArray();
        for (int i = 0; i < fewer; i++) {
          some.add(r.current().getAsJsonArray().get(i).deepCopy());
        }
        return Change.set(some);
      }).items(fewer, low));
    }
    if (max != null) {
      int top = max.intValue();
      classes.add(ValueClass.bad((top + 1) + " entries", Violations.require(limit, name, "maxItems"),
          r -> Change.append(r.bodies.object(items, r.rng, any -> false))).items(top + 1, top));
    }
    if (max == null || low + 1 <= max) {
      classes.add(ValueClass.bad("a null entry", "FC-TYPES", any -> Change.append(JsonNull.INSTANCE)).items(low, low));
    } else {
      JsonArray onlyNull = new JsonArray();
      onlyNull.add(JsonNull.INSTANCE);
      classes.add(ValueClass.bad("a null entry only", "FC-TYPES", any -> Change.set(onlyNull)).items(0, low));
    }
    classes.add(ValueClass.bad("not a list", "FC-TYPES", r -> Change.set(new JsonPrimitive(r.rng.latin(6)))).items(0, low));
    classes.add(ValueClass.missing("absent", any -> Change.REMOVE).items(0, low));
    classes.add(ValueClass.missing("null", any -> Change.set(JsonNull.INSTANCE)).items(0, low));
    int count = out.size();
    out.add(new Parameter(name, Role.COUNT, null, name, schema, classes, missingRule, -1, Set.of(), -1, -1));
    if (!"object".equals(SpecRules.type(items))) {
      return;
    }
    if (max == null || max > 1) {
      out.add(new Parameter(name + "[] entry", Role.POSITION, null, name, schema, List.of(
          ValueClass.good("first", any -> Change.KEEP), ValueClass.good("last", any -> Change.KEEP)),
          null, -1, Set.of(), count, -1));
    }
    object(items, name, count, variant, out);
  }

  /**
   * @param pair the ordered pair this field ends, null when none
   * @param starts the ordered pair this field starts, null when none
   */
  private List<ValueClass> scalar(String name, Map<String, Object> schema, SpecRules.OrderedPair pair,
      SpecRules.OrderedPair starts) {
    return switch (SpecRules.type(schema)) {
      case "integer" -> integer(name, schema);
      case "boolean" -> switchClasses(schema);
      case "string" -> string(name, schema, pair, starts);
      default -> throw new IllegalStateException("no value classes for " + name + " of type " + schema.get("type"));
    };
  }

  private static List<ValueClass> integer(String name, Map<String, Object> schema) {
    List<ValueClass> classes = new ArrayList<>();
    List<Long> values = SpecRules.integerEnum(schema);
    Long min = SpecRules.number(schema, "minimum");
    Long max = SpecRules.number(schema, "maximum");
    Long top = SpecRules.formatTop(schema);
    String limit = Violations.LIMIT_RULES.get(name);
    long inside;
    if (!values.isEmpty()) {
      values.forEach(value -> classes.add(ValueClass.good(String.valueOf(value), any -> number(value))));
      long outside = values.stream().mapToLong(Long::longValue).max().getAsLong() + 1;
      classes.add(ValueClass.bad("outside", Violations.require(limit, name, "enum"), any -> number(outside)));
      inside = values.get(0);
    } else {
      long low = min != null ? min : 0;
      long high = max != null ? max : top != null ? top : Integer.MAX_VALUE;
      if (high - low >= 4) {
        classes.add(ValueClass.good("typical", r -> number(r.rng.typical(low + 2, high - 2))));
      }
      classes.add(ValueClass.good("min", any -> number(low)));
      if (low + 1 < high) {
        classes.add(ValueClass.good("min+1", any -> number(low + 1)));
      }
      if (high - 1 > low + 1) {
        classes.add(ValueClass.good("max-1", any -> number(high - 1)));
      }
      if (high > low) {
        classes.add(ValueClass.good("max", any -> number(high)));
      }
      if (min != null) {
        classes.add(ValueClass.bad("min-1", Violations.require(limit, name, "minimum"), any -> number(low - 1)));
      }
      if (max != null) {
        classes.add(ValueClass.bad("max+1", Violations.require(limit, name, "maximum"), any -> number(high + 1)));
      } else if (top != null && top == Integer.MAX_VALUE) {
        classes.add(ValueClass.bad("past int32", Violations.require(limit, name, "int32") + "-INT32",
            any -> number(top + 1)));
      }
      inside = low;
    }
    classes.add(ValueClass.bad("a fraction", "FC-TYPES-LENIENT", any -> Change.set(new JsonPrimitive(inside + 0.5))));
    classes.add(ValueClass.bad("text", "FC-TYPES", r -> Change.set(new JsonPrimitive(r.rng.latin(4)))));
    return classes;
  }

  private static Change number(long value) {
    return Change.set(new JsonPrimitive(value));
  }

  private static List<ValueClass> switchClasses(Map<String, Object> schema) {
    List<ValueClass> classes = new ArrayList<>(List.of(ValueClass.good("true", any -> Change.set(new JsonPrimitive(true))),
        ValueClass.good("false", any -> Change.set(new JsonPrimitive(false)))));
    if (Boolean.TRUE.equals(schema.get("x-accept-integer-boolean"))) {
      classes.add(ValueClass.good("1", any -> number(1)));
      classes.add(ValueClass.good("0", any -> number(0)));
    }
    classes.add(ValueClass.bad("another number", "FC-DISPLAY-SWITCH-OTHER", r -> number(r.rng.of(2L, -1L, 7L, 10L))));
    classes.add(ValueClass.bad("text", "FC-DISPLAY-SWITCH-OTHER", r -> Change.set(new JsonPrimitive(r.rng.of("yes", "on", "开启")))));
    return classes;
  }

  private List<ValueClass> string(String name, Map<String, Object> schema, SpecRules.OrderedPair pair,
      SpecRules.OrderedPair starts) {
    List<ValueClass> classes = new ArrayList<>();
    ValueClass notText = ValueClass.bad("not text", "FC-TYPES", r -> {
      JsonArray wrapped = new JsonArray();
      wrapped.add(r.current() == null ? new JsonPrimitive("x") : r.current().deepCopy());
      return Change.set(r.rng.chance(0.5) ? wrapped : new JsonObject());
    });
    if ("date".equals(schema.get("format"))) {
      if (pair != null) {
        classes.add(ValueClass.good("after", r -> date(r, r.rng.between(1, 3650))));
        classes.add(ValueClass.good("equal", r -> date(r, 0)));
        classes.add(ValueClass.bad("before", "FC-DATE-ORDER", r -> date(r, -r.rng.between(1, 3650))));
      } else {
        classes.add(ValueClass.good("a day", any -> Change.KEEP));
      }
      classes.add(ValueClass.bad("malformed", "FC-DATE-FORMAT", r -> text(r.rng.pick(Violations.BAD_DATES))));
      classes.add(ValueClass.bad("impossible day", "FC-DATE-FORMAT", r -> text(Violations.impossibleDay(r.rng))));
    } else if (schema.containsKey("pattern")) {
      if (pair != null) {
        classes.add(ValueClass.good("after", any -> Change.KEEP));
        // the latest end the next window leaves: one second before it starts
        classes.add(ValueClass.good("latest", r -> time(r.list == null || r.index + 1 >= entries(r) ? LAST_SECOND
            : second(r, r.list.index(r.index + 1).member(pair.first())) - 1)));
        ValueClass equal = new ValueClass("equal", pair.strict() ? CaseSpace.Kind.BAD : CaseSpace.Kind.GOOD,
            pair.strict() ? "FC-TIME-ORDER" : null, -1, -1, null, null, r -> time(second(r, r.first)));
        classes.add(equal);
        classes.add(ValueClass.bad("before", "FC-TIME-ORDER", r -> {
          int start = second(r, r.first);
          return start == 0 ? null : time(start - r.rng.between(1, start));
        }).conflict("earliest"));
      } else {
        classes.add(ValueClass.good("typical", any -> Change.KEEP));
        // the earliest start the window before leaves: one second after it ends
        classes.add(ValueClass.good("earliest", r -> time(r.list == null || r.index == 0 || starts == null ? 0
            : second(r, r.list.index(r.index - 1).member(starts.then())) + 1)));
      }
      classes.add(ValueClass.bad("malformed", "FC-TIME-FORMAT", r -> text(r.rng.chance(0.6) ? r.rng.pick(Violations.BAD_TIMES)
          : String.format("%02d:%02d:%02d", r.rng.between(24, 99), r.rng.between(0, 59), r.rng.between(0, 59)))));
    } else if (name.equals(BodyGenerator.SKILL_SET_ID) || name.equals(BodyGenerator.NUMBER_GROUP_ID)) {
      classes.add(ValueClass.good("known", any -> Change.KEEP));
      classes.add(ValueClass.bad("unknown", name.equals(BodyGenerator.SKILL_SET_ID) ? "NS-UNKNOWN-SKILL-SET"
          : "REF-UNKNOWN-NUMBER-GROUP", r -> text(Violations.unknownId(r.rng))));
    } else if (schema.containsKey("minLength") || schema.containsKey("maxLength")) {
      limitedText(name, schema, classes);
    } else {
      if (schema.containsKey("default")) {
        classes.add(ValueClass.good("default", any -> text(String.valueOf(schema.get("default")))));
      }
      classes.add(ValueClass.good("typical", r -> text(r.rng.text(r.rng.between(2, 40)))));
      classes.add(ValueClass.good("empty", any -> text("")));
      classes.add(ValueClass.good("1 character", r -> text(r.rng.text(1))));
      classes.add(ValueClass.good("long", r -> text(r.rng.text(LONG_TEXT))));
      classes.add(ValueClass.good("mixed scripts", r -> text(r.rng.mixed(r.rng.between(8, 40)))));
    }
    classes.add(notText);
    return classes;
  }

  /** A name: each length class untaken by other tasks; the other not-started task's name breaks NS-NAME-DUPLICATE. */
  private static void limitedText(String name, Map<String, Object> schema, List<ValueClass> classes) {
    Long min = SpecRules.number(schema, "minLength");
    Long max = SpecRules.number(schema, "maxLength");
    int low = min == null ? 0 : min.intValue();
    String limit = Violations.LIMIT_RULES.get(name);
    classes.add(ValueClass.good("typical", r -> free(r, low + 1, max == null ? low + 40 : (int) (max - 1), false)));
    classes.add(ValueClass.good(low == 0 ? "empty" : "min", r -> free(r, low, low, false)));
    if (max != null) {
      int high = max.intValue();
      classes.add(ValueClass.good("max", r -> free(r, high, high, false)));
      classes.add(ValueClass.good("mixed scripts", r -> free(r, Math.min(8, high), high, true)));
      classes.add(ValueClass.bad("max+1", Violations.require(limit, name, "maxLength"), r -> text(r.rng.text(high + 1))));
    }
    if (low > 0) {
      classes.add(ValueClass.bad("min-1", Violations.require(limit, name, "minLength"), r -> text(r.rng.text(low - 1))));
    }
    if (name.equals(BodyGenerator.TASK_NAME)) {
      classes.add(ValueClass.bad("another task's name", "NS-NAME-DUPLICATE",
          r -> r.otherName == null ? null : text(r.otherName)));
    }
  }

  /** @return text of {@code low} to {@code high} code points that no other task holds */
  private static Change free(Render r, int low, int high, boolean mixed) {
    for (int attempt = 0; attempt < 100; attempt++) {
      int length = r.rng.between(low, high);
      String text = mixed ? r.rng.mixed(length) : r.rng.text(length);
      if (!r.taken.test(text)) {
        return text(text);
      }
    }
    return null;
  }

  private static Change text(String value) {
    return Change.set(new JsonPrimitive(value));
  }

  /** @return the first date of the pair moved by {@code days} */
  private static Change date(Render r, int days) {
    return text(LocalDate.parse(r.first.get(r.body).getAsString()).plusDays(days).toString());
  }

  private static Change time(int secondOfDay) {
    return text(LocalTime.ofSecondOfDay(secondOfDay).format(HH_MM_SS));
  }

  private static int second(Render r, JsonPath at) {
    return LocalTime.parse(at.get(r.body).getAsString()).toSecondOfDay();
  }

  private static int entries(Render r) {
    return r.list.get(r.body).getAsJsonArray().size();
  }

}
