package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.Same;

/**
 * Smaller versions of a failing case, each still valid by construction before its violations go
 * in: fewer violations, optional fields left out, fewer windows, shorter texts, redial off. No
 * value a violation touches or relies on is changed, so each candidate still breaks the same rules.
 */
final class Shrinker {
  private final SpecRules spec;

  Shrinker(SpecRules spec) {
    this.spec = spec;
  }

  /** @param taken names a shortened task name must not take */
  List<GeneratedCase> candidates(GeneratedCase failing, Predicate<String> taken) {
    List<GeneratedCase> smaller = new ArrayList<>();
    if (failing.mutations().size() > 1) {
      for (int i = 0; i < failing.mutations().size(); i++) {
        List<Mutation> fewer = new ArrayList<>(failing.mutations());
        fewer.remove(i);
        smaller.add(failing.withMutations(fewer));
      }
    }
    JsonObject body = failing.valid();
    optional(spec.schema(failing.variant().schema()), body, JsonPath.ROOT, failing, smaller);
    windows(body, failing, smaller);
    JsonElement name = body.get(BodyGenerator.TASK_NAME);
    JsonPath namePath = JsonPath.ROOT.member(BodyGenerator.TASK_NAME);
    if (GeneratedCase.isText(name) && !failing.touches(namePath)) {
      String text = name.getAsString();
      int length = text.codePointCount(0, text.length());
      String half = text.substring(0, text.offsetByCodePoints(0, (length + 1) / 2));
      if (length > 1 && !taken.test(half)) {
        smaller.add(edited(failing, namePath, new JsonPrimitive(half)));
      }
    }
    JsonElement batches = body.get(BodyGenerator.BATCHES);
    for (int i = 0; batches != null && batches.isJsonArray() && i < batches.getAsJsonArray().size(); i++) {
      JsonPath batch = JsonPath.ROOT.member(BodyGenerator.BATCHES).index(i);
      JsonElement item = batch.get(body);
      if (item == null || !item.isJsonObject() || failing.touches(batch)) {
        continue;
      }
      JsonObject object = item.getAsJsonObject();
      if (GeneratedCase.isText(object.get("name")) && object.get("name").getAsString().codePointCount(0,
          object.get("name").getAsString().length()) > 1) {
        smaller.add(edited(failing, batch.member("name"), new JsonPrimitive("a")));
      }
      if (Same.value(new JsonPrimitive(1), object.get("autoOutboundSwitch"))) {
        JsonObject off = body.deepCopy();
        JsonObject offBatch = batch.get(off).getAsJsonObject();
        offBatch.addProperty("autoOutboundSwitch", 0);
        offBatch.remove("autoOutboundInterval");
        offBatch.remove("autoOutboundTimes");
        smaller.add(failing.withValid(off));
      }
    }
    return smaller;
  }

  /** Each optional field the case does not rely on, left out. */
  private void optional(Map<String, Object> schema, JsonObject object, JsonPath at, GeneratedCase failing,
      List<GeneratedCase> smaller) {
    Set<String> needed = BodyGenerator.needed(schema, object);
    for (var property : spec.properties(schema).entrySet()) {
      JsonPath path = at.member(property.getKey());
      JsonElement value = object.get(property.getKey());
      if (value == null || failing.touches(path)) {
        continue;
      }
      if (!needed.contains(property.getKey())) {
        JsonObject without = failing.valid().deepCopy();
        path.set(without, null);
        smaller.add(failing.withValid(without));
      } else if (value.isJsonArray() && "object".equals(SpecRules.type(spec.items(property.getValue())))) {
        for (int i = 0; i < value.getAsJsonArray().size(); i++) {
          JsonElement item = value.getAsJsonArray().get(i);
          if (item.isJsonObject()) {
            optional(spec.items(property.getValue()), item.getAsJsonObject(), path.index(i), failing, smaller);
          }
        }
      }
    }
  }

  /** A window dropped, when no violation sits in it or after it (which would move it). */
  private void windows(JsonObject body, GeneratedCase failing, List<GeneratedCase> smaller) {
    JsonElement windows = body.get(BodyGenerator.EXEC_TIMES);
    JsonPath all = JsonPath.ROOT.member(BodyGenerator.EXEC_TIMES);
    if (windows == null || !windows.isJsonArray() || windows.getAsJsonArray().size() < 2) {
      return;
    }
    for (int i = windows.getAsJsonArray().size() - 1; i >= 0; i--) {
      boolean free = true;
      for (int j = i; j < windows.getAsJsonArray().size(); j++) {
        free &= !failing.touches(all.index(j));
      }
      if (free && failing.mutations().stream().noneMatch(m -> m.path().equals(all))) {
        JsonObject fewer = body.deepCopy();
        all.index(i).set(fewer, null);
        smaller.add(failing.withValid(fewer));
      }
    }
  }

  private static GeneratedCase edited(GeneratedCase failing, JsonPath path, JsonElement value) {
    JsonObject body = failing.valid().deepCopy();
    path.set(body, value);
    return failing.withValid(body);
  }
}
