package dev.outboundkit.spec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Edit bodies made from the compiled spec with a seed: valid ones, and ones with one or two
 * mutations aimed at the constraints of the field they hit (a bound and one past it, another
 * JSON type, a length, a pattern, a date, a missing or unknown property). Every constraint the
 * spec declares is a target, because the bodies are made from the spec's own model.
 */
final class SeededBodies {
  /** A body and what was done to it; {@code mutations} is empty for a body made valid. */
  record Body(JsonElement json, List<String> mutations) {
  }

  /** One place in a body: a property of an object or an entry of an array, and its schema. */
  private record Slot(JsonElement parent, String key, int index, SchemaNode schema) {
    void set(JsonElement value) {
      if (parent instanceof JsonObject object) {
        object.add(key, value);
      } else {
        ((JsonArray) parent).set(index, value);
      }
    }

    /** A previous mutation may have emptied the array this entry was in. */
    boolean gone() {
      return parent instanceof JsonArray array && index >= array.size();
    }

    JsonElement get() {
      return parent instanceof JsonObject object ? object.get(key) : ((JsonArray) parent).get(index);
    }
  }

  private static final String[] TEXT = {"a", "Z", "7", " ", "一", "名", "😀", "-", "é"};
  private static final String[] BAD_DATES = {"2021-02-30", "2020-13-01", "2020-00-10", "+002020-09-27",
      "-2020-09-27", "02020-09-27", "2020-9-27", "20200927", "2020-09-27T00:00:00Z", ""};
  private static final String[] BAD_TIMES = {"24:00:00", "9:00:00", "12:00", "12:00:60", "12:60:00",
      "12:00:00 ", "1200:00", ""};

  private final SchemaNode root;
  private final Random random;

  SeededBodies(ApiSpec spec, String schema, long seed) {
    this.root = spec.node(schema);
    this.random = new Random(seed);
  }

  /** @return the next body: about one in three valid, the others mutated */
  Body next() {
    List<Slot> slots = new ArrayList<>();
    JsonObject holder = new JsonObject();
    Slot top = new Slot(holder, "body", -1, root);
    top.set(valid(root, slots));
    if (random.nextInt(3) == 0) {
      return new Body(top.get(), List.of());
    }
    List<String> mutations = new ArrayList<>();
    int count = 1 + random.nextInt(2);
    for (int i = 0; i < count && !slots.isEmpty(); i++) {
      Slot slot = slots.get(random.nextInt(slots.size()));
      mutations.add(mutate(slot));
    }
    if (random.nextInt(20) == 0) {
      mutations.add(mutateWhole(top));
    }
    return new Body(top.get(), mutations);
  }

  /** A valid value for the schema, registering every place in it as a mutation target. */
  private JsonElement valid(SchemaNode schema, List<Slot> slots) {
    if (!schema.oneOf.isEmpty()) {
      return valid(schema.oneOf.get(random.nextInt(schema.oneOf.size())), slots);
    }
    return switch (schema.type) {
      case OBJECT -> validObject(schema, slots);
      case ARRAY -> validArray(schema, slots);
      case STRING -> new JsonPrimitive(validString(schema));
      case INTEGER, NUMBER -> new JsonPrimitive(validNumber(schema));
      case BOOLEAN -> new JsonPrimitive(random.nextBoolean());
    };
  }

  private JsonObject validObject(SchemaNode schema, List<Slot> slots) {
    JsonObject object = new JsonObject();
    List<String> needed = new ArrayList<>(schema.required);
    schema.conditionalRequired.forEach(rule -> needed.addAll(rule.require()));
    for (Map.Entry<String, SchemaNode> property : schema.properties.entrySet()) {
      if (needed.contains(property.getKey()) || random.nextInt(10) < 6) {
        List<Slot> inner = new ArrayList<>();
        object.add(property.getKey(), valid(property.getValue(), inner));
        slots.add(new Slot(object, property.getKey(), -1, property.getValue()));
        slots.addAll(inner);
      }
    }
    for (SchemaNode.OrderedPair pair : schema.orderedPairs) {
      order(object, pair);
    }
    slots.add(new Slot(object, null, -2, schema)); // the object itself: add or remove properties
    return object;
  }

  /** ISO dates and HH:mm:ss times sort as text; a strict pair that ties is moved apart. */
  private void order(JsonObject object, SchemaNode.OrderedPair pair) {
    String first = object.get(pair.first()).getAsString();
    String then = object.get(pair.then()).getAsString();
    if (first.compareTo(then) > 0) {
      object.addProperty(pair.first(), then);
      object.addProperty(pair.then(), first);
    } else if (first.equals(then) && pair.strict()) {
      object.addProperty(pair.first(), "00:00:00".equals(first) ? first : "00:00:00");
      object.addProperty(pair.then(), "00:00:00".equals(first) ? "23:59:59" : first);
    }
  }

  private JsonArray validArray(SchemaNode schema, List<Slot> slots) {
    int min = schema.minItems == null ? 0 : schema.minItems;
    int max = schema.maxItems == null ? min + 2 : schema.maxItems;
    int size = min + random.nextInt(max - min + 1);
    JsonArray array = new JsonArray();
    for (int i = 0; i < size; i++) {
      List<Slot> inner = new ArrayList<>();
      array.add(valid(schema.items, inner));
      slots.add(new Slot(array, null, i, schema.items));
      slots.addAll(inner);
    }
    slots.add(new Slot(array, null, -3, schema)); // the array itself: its size
    return array;
  }

  private String validString(SchemaNode schema) {
    if (!schema.enumValues.isEmpty()) {
      return String.valueOf(schema.enumValues.get(random.nextInt(schema.enumValues.size())));
    }
    if ("date".equals(schema.format)) {
      return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000)).toString();
    }
    if (schema.pattern != null) {
      for (int i = 0; i < 200; i++) {
        String candidate = String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
        if (schema.pattern.matcher(candidate).find()) {
          return candidate;
        }
      }
      throw new IllegalStateException("no generator for the pattern " + schema.pattern + " at " + schema.pointer);
    }
    int min = schema.minLength == null ? 0 : schema.minLength;
    int max = schema.maxLength == null ? min + 12 : schema.maxLength;
    return text(min + random.nextInt(max - min + 1));
  }

  private BigDecimal validNumber(SchemaNode schema) {
    if (!schema.enumValues.isEmpty()) {
      return new BigDecimal(String.valueOf(schema.enumValues.get(random.nextInt(schema.enumValues.size()))));
    }
    long min = schema.minimum == null ? -1000 : schema.minimum.longValueExact() + (schema.exclusiveMinimum ? 1 : 0);
    long max = schema.maximum == null ? min + 5000 : schema.maximum.longValueExact() - (schema.exclusiveMaximum ? 1 : 0);
    long value = switch (random.nextInt(4)) {
      case 0 -> min;
      case 1 -> max;
      default -> min + (long) (random.nextDouble() * (max - min));
    };
    if (schema.multipleOf != null) {
      value = value - value % schema.multipleOf.longValueExact();
    }
    return BigDecimal.valueOf(value);
  }

  private String text(int codePoints) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      text.append(TEXT[random.nextInt(TEXT.length)]);
    }
    return text.toString();
  }

  /** @return what was done */
  private String mutate(Slot slot) {
    SchemaNode schema = slot.schema();
    if (slot.gone()) {
      return "none";
    }
    if (slot.index() == -2) {
      return mutateObject((JsonObject) slot.parent(), schema);
    }
    if (slot.index() == -3) {
      return mutateArray((JsonArray) slot.parent(), schema);
    }
    if (random.nextInt(4) == 0) {
      return otherType(slot);
    }
    List<Supplier<String>> options = new ArrayList<>();
    if (schema.type == SchemaNode.Type.INTEGER || schema.type == SchemaNode.Type.NUMBER) {
      if (schema.minimum != null) {
        options.add(() -> put(slot, "minimum-1", new JsonPrimitive(schema.minimum.subtract(BigDecimal.ONE))));
        options.add(() -> put(slot, "minimum", new JsonPrimitive(schema.minimum)));
      }
      if (schema.maximum != null) {
        options.add(() -> put(slot, "maximum+1", new JsonPrimitive(schema.maximum.add(BigDecimal.ONE))));
        options.add(() -> put(slot, "maximum", new JsonPrimitive(schema.maximum)));
      }
      if ("int32".equals(schema.format)) {
        options.add(() -> put(slot, "int32-overflow", new JsonPrimitive(2_147_483_648L)));
      }
      if ("int64".equals(schema.format)) {
        options.add(() -> put(slot, "int64-overflow", new JsonPrimitive(new BigDecimal("9223372036854775808"))));
      }
      if (!schema.enumValues.isEmpty()) {
        options.add(() -> put(slot, "enum-outside", new JsonPrimitive(7)));
      }
      options.add(() -> put(slot, "fraction", new JsonPrimitive(new BigDecimal("2.5"))));
      options.add(() -> put(slot, "integral-decimal", JsonParser.parseString("3.0")));
    } else if (schema.type == SchemaNode.Type.STRING) {
      if (schema.minLength != null && schema.minLength > 0) {
        options.add(() -> put(slot, "minLength-1", new JsonPrimitive(text(schema.minLength - 1))));
      }
      if (schema.maxLength != null) {
        options.add(() -> put(slot, "maxLength+1", new JsonPrimitive(text(schema.maxLength + 1))));
        options.add(() -> put(slot, "maxLength-emoji", new JsonPrimitive("😀".repeat(schema.maxLength))));
      }
      if ("date".equals(schema.format)) {
        options.add(() -> {
          String bad = BAD_DATES[random.nextInt(BAD_DATES.length)];
          return put(slot, "date:" + bad, new JsonPrimitive(bad));
        });
      }
      if (schema.pattern != null) {
        options.add(() -> {
          String bad = BAD_TIMES[random.nextInt(BAD_TIMES.length)];
          return put(slot, "pattern:" + bad, new JsonPrimitive(bad));
        });
      }
      if (!schema.enumValues.isEmpty()) {
        options.add(() -> put(slot, "enum-outside", new JsonPrimitive("not-in-enum")));
      }
      options.add(() -> put(slot, "text", new JsonPrimitive(text(random.nextInt(60)))));
    } else if (schema.type == SchemaNode.Type.BOOLEAN) {
      options.add(() -> put(slot, "boolean-as-1", new JsonPrimitive(1)));
      options.add(() -> put(slot, "boolean-as-0", new JsonPrimitive(0)));
      options.add(() -> put(slot, "boolean-as-text", new JsonPrimitive("true")));
    }
    if (options.isEmpty()) {
      return otherType(slot);
    }
    return options.get(random.nextInt(options.size())).get();
  }

  private String mutateObject(JsonObject object, SchemaNode schema) {
    List<String> present = new ArrayList<>(object.keySet());
    switch (random.nextInt(4)) {
      case 0:
        if (!present.isEmpty()) {
          String key = present.get(random.nextInt(present.size()));
          object.remove(key);
          return "remove:" + key;
        }
        return "none";
      case 1:
        object.addProperty("unknownField", 1);
        return "unknown-property";
      case 2:
        if (!present.isEmpty()) {
          String key = present.get(random.nextInt(present.size()));
          object.add(key, JsonNull.INSTANCE);
          return "null:" + key;
        }
        return "none";
      default:
        for (SchemaNode.ConditionalRequired rule : schema.conditionalRequired) {
          if (object.has(rule.property())) {
            object.add(rule.property(), new JsonPrimitive(new BigDecimal(String.valueOf(rule.equals()))));
            object.remove(rule.require().get(random.nextInt(rule.require().size())));
            return "conditional-required";
          }
        }
        for (SchemaNode.OrderedPair pair : schema.orderedPairs) {
          if (object.has(pair.first()) && object.has(pair.then())) {
            JsonElement first = object.get(pair.first());
            object.add(pair.first(), object.get(pair.then()));
            object.add(pair.then(), first);
            return "ordered-pair-swapped";
          }
        }
        return "none";
    }
  }

  private String mutateArray(JsonArray array, SchemaNode schema) {
    if (random.nextBoolean() || array.isEmpty()) {
      while (!array.isEmpty()) {
        array.remove(0);
      }
      return "array-empty";
    }
    int target = (schema.maxItems == null ? array.size() : schema.maxItems) + 1;
    while (array.size() < target) {
      array.add(array.get(0).deepCopy());
    }
    return "array-longer";
  }

  private String otherType(Slot slot) {
    JsonElement[] others = {new JsonPrimitive("x"), new JsonPrimitive(7), new JsonPrimitive(true), JsonNull.INSTANCE,
        new JsonObject(), new JsonArray()};
    JsonElement value = others[random.nextInt(others.length)];
    return put(slot, "type:" + value, value);
  }

  private String mutateWhole(Slot top) {
    JsonElement[] others = {new JsonArray(), new JsonObject(), new JsonPrimitive("body")};
    JsonElement value = others[random.nextInt(others.length)];
    top.set(value);
    return "body:" + value;
  }

  private static String put(Slot slot, String what, JsonElement value) {
    slot.set(value);
    return what;
  }
}
