package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Same;
import dev.outboundkit.conformance.targets.Target.TaskInspector;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.spec.ApiSpec;

/**
 * What "accepted" and "refused" mean, checked the same way in every scenario.
 *
 * <p>Accepted: code {@link ResultCode#SUCCESS} (a JSON string), data {@code true}, the answer fits the
 * spec, and the read-back shows the batch that was sent; with an inspector (the in-process
 * mock) also every field the task's table lets the edit change is as sent, every other field,
 * the status and the customer and agent counts as they were.
 *
 * <p>Refused: code not {@link ResultCode#SUCCESS} (and the expected one when the page documents it), data
 * not {@code true}, the answer fits the spec, and the read-back (and with an inspector, the
 * whole task) is as it was before the edit.
 */
final class Verdicts {
  private Verdicts() {
  }

  static void accepted(World world) {
    Answer answer = requireAnswer(world);
    AnswerCheck.whole(answer, AnswerCheck.Operation.EDIT);
    if (!answer.is(ResultCode.SUCCESS)) {
      throw new AssertionError("expected the edit to be accepted with code \"" + ResultCode.SUCCESS
          + "\" and data true, but the answer was " + answer);
    }
    if (world.body == null) {
      return;
    }
    Answer readBack = readBack(world);
    if (!readBack.is(ResultCode.SUCCESS)) {
      throw new AssertionError("the edit was accepted but reading the task back was refused: " + readBack);
    }
    JsonElement sent = world.body.get("outboundPhoneGroups");
    if (sent != null && sent.isJsonArray()) {
      requireSameBatches(sent.getAsJsonArray(), readBack.data(), "after the accepted edit, getPhoneGroups");
    }
    world.target.inspector().ifPresent(inspector -> {
      JsonObject after = inspector.task(world.taskId());
      requireEditApplied(world, world.taskBefore, after);
    });
    verified(world, readBack);
  }

  static void refused(World world, String expectedCode) {
    Answer answer = requireAnswer(world);
    if (answer.is(ResultCode.SUCCESS) || answer.dataIsTrue()) {
      throw new AssertionError("expected the edit to be refused" + (expectedCode != null ? " with code "
          + expectedCode : "") + ", but it was accepted: " + answer);
    }
    AnswerCheck.whole(answer, AnswerCheck.Operation.EDIT);
    String code = answer.code();
    if (expectedCode != null && !expectedCode.equals(code)) {
      throw new AssertionError("expected the edit to be refused with code " + expectedCode + " (the page's code for"
          + " this), but the code was " + code + ": " + answer);
    }
    requireNothingChanged(world);
  }

  /** The read-back (and, with an inspector, the whole task) is as it was before the edit. */
  static void requireNothingChanged(World world) {
    if (world.readBackBefore == null) {
      throw new AssertionError("the task was not read back before the edit");
    }
    Answer after = readBack(world);
    if (!same(world.readBackBefore, after)) {
      throw new AssertionError("the refused edit changed the task: getPhoneGroups answered\nbefore: "
          + world.readBackBefore.text() + "\nafter:  " + after.text());
    }
    world.target.inspector().ifPresent(inspector -> {
      JsonObject now = inspector.task(world.taskId());
      if (!java.util.Objects.equals(world.taskBefore, now)) {
        throw new AssertionError("the refused edit changed the task (" + inspector.description() + ")\nbefore: "
            + world.taskBefore + "\nafter:  " + now);
      }
    });
    verified(world, after);
  }

  /** Reads the scenario's task back, the answer held to the page whole. */
  static Answer readBack(World world) {
    return readBack(world, world.taskId());
  }

  /** Reads a task back, the answer held to the page whole. */
  static Answer readBack(World world, long taskId) {
    Answer answer = world.wire.readBack(taskId);
    AnswerCheck.whole(answer, AnswerCheck.Operation.READ_BACK);
    return answer;
  }

  /**
   * The read-back of the scenario's task just before its edit: the one the suite last saw, when
   * nothing it cannot vouch for happened since, else a fresh one.
   */
  static Answer readBackBefore(World world) {
    Answer known = world.run.knownReadBack(world.taskId());
    if (known != null) {
      return known;
    }
    Answer fresh = readBack(world);
    world.run.rememberReadBack(world.taskId(), fresh);
    return fresh;
  }

  /** The edit's verdict is reached: what the task's read-back now shows is known. */
  private static void verified(World world, Answer readBack) {
    world.editVerified = true;
    world.run.rememberReadBack(world.taskId(), readBack);
  }

  /** Whether two read-backs say the same: same code, same data. */
  static boolean same(Answer before, Answer after) {
    return java.util.Objects.equals(before.code(), after.code())
        && java.util.Objects.equals(before.data(), after.data());
  }

  /** The batches read back are the ones sent, as {@link Same#batches} compares them. */
  static void requireSameBatches(JsonArray sent, JsonElement readBack, String where) {
    String problem = Same.batches(sent, readBack);
    if (problem != null) {
      throw new AssertionError(where + ": " + problem + "\nsent: " + sent + "\nread: " + readBack);
    }
  }

  /**
   * With an inspector: every field of the task's table that the body carries is as sent; every
   * other field, the status and the counts are as they were.
   */
  static void requireEditApplied(World world, JsonObject before, JsonObject after) {
    if (before == null || after == null) {
      throw new AssertionError("the inspector has no task " + world.taskId() + " (before: " + before + ", after: "
          + after + ")");
    }
    String status = before.get("status").getAsString();
    String schema = "NOT_STARTED".equals(status) ? Variant.NOT_STARTED.schema() : Variant.IN_PROGRESS.schema();
    Set<String> editable = ApiSpec.bundled().properties(schema).keySet();
    List<String> problems = new ArrayList<>();
    // Every field either side holds: a view may leave an unset field out.
    Set<String> fields = new java.util.TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String name : fields) {
      if (name.equals(Bodies.TASK_ID)) {
        continue;
      }
      JsonElement sent = world.body.get(name);
      boolean applies = editable.contains(name) && sent != null && !sent.isJsonNull();
      if (applies && !sameValue(sent, after.get(name))) {
        problems.add(name + " is " + after.get(name) + ", the edit sent " + sent);
      }
      if (!editable.contains(name) && !java.util.Objects.equals(before.get(name), after.get(name))) {
        problems.add(name + (TaskInspector.NEVER_EDITED.contains(name) ? " (never edited)" : " (not in the " + schema + " table)")
            + " changed from " + before.get(name) + " to " + after.get(name));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("after the accepted edit the task is not what was sent: " + String.join("; ", problems)
          + "\nbefore: " + before + "\nafter:  " + after);
    }
  }

  /**
   * Whether a value sent equals a value held: numbers by value, 1/0 as true/false (the page's
   * {@code "strategyDisplaySwitch":1}), objects by the members sent, arrays entry by entry.
   */
  static boolean sameValue(JsonElement sent, JsonElement held) {
    return Same.value(sent, held);
  }

  private static Answer requireAnswer(World world) {
    if (world.answer == null) {
      throw new AssertionError("the edit was not sent");
    }
    return world.answer;
  }
}
