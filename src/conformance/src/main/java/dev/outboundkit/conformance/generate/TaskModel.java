package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Same;
import dev.outboundkit.conformance.targets.Target.TaskInspector;
import dev.outboundkit.conformance.targets.Variant;

/**
 * What the page says one task must now show: its batches (the read-back) and, where the target
 * shows whole tasks, every field. Fields the page lets a server hold either way (an optional field
 * left out, the field the strategy does not need) are loose: not compared.
 */
final class TaskModel {
  /** @return whether no edit changes the field: the task's id, and those of {@link TaskInspector#NEVER_EDITED} */
  static boolean neverEdited(String field) {
    return field.equals(BodyGenerator.TASK_ID) || TaskInspector.NEVER_EDITED.contains(field);
  }

  /** Null when not known yet: learnt from the first read-back. */
  JsonArray batches;
  /** Null when the target shows no whole task. */
  JsonObject whole;
  final Set<String> loose = new HashSet<>();
  /** The task's name, null when not known. */
  String name;

  TaskModel copy() {
    TaskModel copy = new TaskModel();
    copy.batches = batches == null ? null : batches.deepCopy();
    copy.whole = whole == null ? null : whole.deepCopy();
    copy.loose.addAll(loose);
    copy.name = name;
    return copy;
  }

  /** The task after an accepted edit: the variant's fields as sent, all others as they were. */
  void accept(JsonObject body, Variant variant, SpecRules spec) {
    Map<String, Object> schema = spec.schema(variant.schema());
    Set<String> needed = BodyGenerator.needed(schema, body);
    for (String field : spec.properties(schema).keySet()) {
      if (field.equals(BodyGenerator.TASK_ID)) {
        continue;
      }
      JsonElement sent = body.get(field);
      boolean hasValue = sent != null && !sent.isJsonNull();
      if (whole != null && hasValue) {
        whole.add(field, sent.deepCopy());
      }
      if (hasValue && needed.contains(field)) {
        loose.remove(field);
      } else {
        loose.add(field); // left out, or not needed: a server may keep, clear or store it
      }
    }
    JsonElement sentBatches = body.get(BodyGenerator.BATCHES);
    if (sentBatches != null && sentBatches.isJsonArray()) {
      batches = sentBatches.getAsJsonArray().deepCopy();
    }
    JsonElement sentName = body.get(BodyGenerator.TASK_NAME);
    if (variant == Variant.NOT_STARTED && sentName != null && sentName.isJsonPrimitive()) {
      name = sentName.getAsString();
    }
  }

  /** @return what differs between the model and the whole task a target shows, empty when nothing */
  List<String> differences(JsonObject shown) {
    List<String> problems = new ArrayList<>();
    if (whole == null) {
      return problems;
    }
    if (shown == null) {
      problems.add("the task is gone");
      return problems;
    }
    for (Map.Entry<String, JsonElement> field : whole.entrySet()) {
      String name = field.getKey();
      if (loose.contains(name)) {
        continue;
      }
      JsonElement held = shown.get(name);
      if (name.equals(BodyGenerator.BATCHES) && field.getValue().isJsonArray()) {
        String problem = Same.batches(field.getValue().getAsJsonArray(), held);
        if (problem != null) {
          problems.add(name + ": " + problem);
        }
      } else if (!Same.value(field.getValue(), held)) {
        problems.add(name + " is " + held + " where " + field.getValue() + " was expected");
      }
    }
    return problems;
  }
}
