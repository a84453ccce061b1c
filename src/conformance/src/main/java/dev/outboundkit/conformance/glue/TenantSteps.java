package dev.outboundkit.conformance.glue;

import org.opentest4j.TestAbortedException;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.SignedHeaders;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Tenant;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.generated.model.ResultCode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Two tenants of one server: a task belongs to the tenant whose app made it, so nothing another
 * tenant sends changes it or shows it. A target may give each tenant ids of its own (the mock's
 * tenants each start from the same fixtures) or share one id space (a task of another tenant is
 * then, to the second tenant, a missing task): the checks hold under both. Needs a second tenant
 * (the built-in mock has one; a profile names one with {@link TargetProfile#SECOND_TENANT_APP_ID});
 * without one the scenarios are skipped.
 */
public class TenantSteps {
  private final World world;
  /** The second tenant's read-back of the first one's task. */
  private Answer readBack;

  public TenantSteps(World world) {
    this.world = world;
  }

  @Given("the target names a second tenant")
  public void aSecondTenant() {
    second();
  }

  @Given("the request is signed as the second tenant")
  public void signedAsTheSecondTenant() {
    asSecondTenant(world.headers);
  }

  @Given("the first tenant has just edited the {task}, with a batch of a fresh name")
  public void firstTenantEdited(TaskRole role) {
    world.role = role;
    world.variant = Variant.forRole(role);
    world.body = EditSteps.validBody(world, world.variant, role);
    Answer answer = world.wire.rawEdit(Bodies.GSON.toJson(world.body), world.wire.plainHeaders());
    world.run.forgetReadBack(world.taskId()); // changed here, and not read back by this scenario's tenant
    if (!answer.accepted()) {
      throw Precondition.failed("the first tenant's edit of its own task was refused (unblocked when the target"
          + " accepts a valid edit): " + answer);
    }
  }

  @When("the {task} is read back by the second tenant")
  public void readBackBySecondTenant(TaskRole role) {
    world.role = role;
    readBack = world.wire.readBack(world.taskId(), asSecondTenant(world.wire.plainHeaders()));
  }

  @Then("the second tenant's read-back shows nothing of the first tenant's edit")
  public void readBackShowsNothingOfTheEdit() {
    AnswerCheck.whole(readBack, AnswerCheck.Operation.READ_BACK);
    if (!readBack.is(ResultCode.SUCCESS)) {
      requireAnsweredAsMissing(readBack, world.wire.readBack(world.target.taskId(TaskRole.MISSING),
          asSecondTenant(world.wire.plainHeaders())), "getPhoneGroups");
      return;
    }
    String batch = world.body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject().get("name").getAsString();
    if (readBack.text().contains(batch)) {
      throw new AssertionError("the second tenant read back the batch \"" + batch + "\" that the first tenant had"
          + " just sent: " + readBack);
    }
  }

  @Then("the first tenant's task is as it was")
  public void firstTenantsTaskAsItWas() {
    AnswerCheck.whole(world.answer, AnswerCheck.Operation.EDIT);
    Verdicts.requireNothingChanged(world);
  }

  @Then("a refusal is the second tenant's answer to that edit of the missing task")
  public void refusedAsMissing() {
    if (world.answer.accepted()) {
      return; // the target keeps task ids per tenant, and the second tenant has a task of its own with this id
    }
    JsonObject body = world.body.deepCopy();
    body.addProperty(Bodies.TASK_ID, world.target.taskId(TaskRole.MISSING));
    Answer missing = world.wire.rawEdit(Bodies.GSON.toJson(body), asSecondTenant(world.wire.plainHeaders()));
    requireAnsweredAsMissing(world.answer, missing, "the edit");
  }

  private SignedHeaders asSecondTenant(SignedHeaders headers) {
    second();
    return headers.asSecondTenant();
  }

  private Tenant second() {
    return world.target.secondTenant().orElseThrow(() -> new TestAbortedException("skipped: needs a second tenant"
        + " of the same server, and " + world.target.description() + " names none; a profile names one with the keys "
        + TargetProfile.SECOND_TENANT_APP_ID + " and " + TargetProfile.SECOND_TENANT_KEY));
  }

  /** Another tenant's task answers as no task does: the same code and data (the message may name the id). */
  private static void requireAnsweredAsMissing(Answer other, Answer missing, String what) {
    if (!Verdicts.same(other, missing)) {
      throw new AssertionError(what + " of another tenant's task answered unlike " + what + " of a task that does not"
          + " exist, so the second tenant can tell that the task is there\nanother tenant's task: " + other.text()
          + "\na missing task:        " + missing.text());
    }
  }
}
