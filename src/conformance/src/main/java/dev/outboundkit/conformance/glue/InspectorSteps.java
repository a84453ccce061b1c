package dev.outboundkit.conformance.glue;

import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Target.TaskInspector;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.spec.ApiSpec;
import io.cucumber.java.en.Then;

/**
 * Checks that need the whole task, which the two vendor operations do not show: run only where
 * the target has an inspector (scenarios tagged {@code @whole-task}).
 */
public class InspectorSteps {
  private final World world;

  public InspectorSteps(World world) {
    this.world = world;
  }

  private JsonObject[] beforeAndAfter() {
    TaskInspector inspector = world.target.inspector()
        .orElseThrow(() -> new IllegalStateException("this step needs the mock's inspector; tag the scenario @whole-task"));
    return new JsonObject[] {world.taskBefore, inspector.task(world.taskId())};
  }

  @Then("the task's status, customer count and agent count are as they were")
  public void countsUnchanged() {
    JsonObject[] tasks = beforeAndAfter();
    for (String field : TaskInspector.NEVER_EDITED) {
      if (!Objects.equals(tasks[0].get(field), tasks[1].get(field))) {
        throw new AssertionError(field + " changed from " + tasks[0].get(field) + " to " + tasks[1].get(field)
            + " (不能编辑任务名单和坐席分配名单数量)");
      }
    }
  }

  @Then("the task's fields outside the in-progress table are as they were")
  public void outsideInProgressTableUnchanged() {
    JsonObject[] tasks = beforeAndAfter();
    Set<String> table = ApiSpec.bundled().properties(Variant.IN_PROGRESS.schema()).keySet();
    for (String field : tasks[0].keySet()) {
      if (!table.contains(field) && !Objects.equals(tasks[0].get(field), tasks[1].get(field))) {
        throw new AssertionError(field + " is not in the in-progress table but changed from " + tasks[0].get(field)
            + " to " + tasks[1].get(field));
      }
    }
  }

  @Then("every field of the task is as it was")
  public void nothingChanged() {
    JsonObject[] tasks = beforeAndAfter();
    if (!Objects.equals(tasks[0], tasks[1])) {
      throw new AssertionError("the task changed\nbefore: " + tasks[0] + "\nafter:  " + tasks[1]);
    }
  }
}
