package dev.outboundkit.conformance.glue;

import java.util.List;
import java.util.stream.Collectors;

import org.opentest4j.TestAbortedException;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TaskRole;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;

/**
 * Per scenario: skip it, with the reason, when the run has no target or the scenario needs what
 * the target does not offer; afterwards attach a failing scenario's requests as curl lines and
 * give the not-started task a fresh name if the scenario gave it one that other runs use too.
 */
public class Hooks {
  /** Tag of scenarios that need the whole task, beyond the two vendor operations. */
  static final String WHOLE_TASK_TAG = "@whole-task";
  /** Name of the attachment that holds a failing scenario's requests and answers. */
  public static final String EXCHANGES_ATTACHMENT = "requests (curl) and answers";
  /** Start of the line each scenario logs with the result codes of the target's answers. */
  public static final String CODES_LINE = "result codes: ";

  private final World world;

  public Hooks(World world) {
    this.world = world;
  }

  /**
   * Without a target (the profile runner and no profile) the whole run is skipped here, once,
   * with the reason, instead of scenario by scenario.
   */
  @BeforeAll
  public static void beforeAll() {
    String reason = ConformanceRun.active().skipReason();
    if (reason != null) {
      throw new TestAbortedException(reason);
    }
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    Target target = world.target;
    if (scenario.getSourceTagNames().contains(WHOLE_TASK_TAG) && target.inspector().isEmpty()) {
      throw new TestAbortedException("skipped: " + WHOLE_TASK_TAG + " needs a view of the whole task (the mock's"
          + " control API), and against " + target.description() + " the suite has only the two vendor operations;"
          + " a profile names the control API with the key " + TargetProfile.CONTROL_API);
    }
    world.begin(scenario);
  }

  @After(order = 0)
  public void end(Scenario scenario) {
    if (world.scenario == null) {
      return; // skipped in the before hook
    }
    String code = world.answer != null ? world.answer.code()
        : world.exchanges().isEmpty() ? null : world.lastAnswer().code();
    scenario.log(CODES_LINE + (code == null ? "-" : code));
    if (scenario.getStatus() != Status.PASSED) {
      report(scenario, world.exchanges());
      world.run.forgetAllReadBacks();
    } else if (world.answer != null && !world.editVerified) {
      world.run.forgetReadBack(world.taskId());
    }
    if (world.notStartedHoldsFixedName) {
      // The page's example name or "50 × 任": free it for the next run and for other scenarios.
      EditSteps.rename(world, TaskRole.NOT_STARTED, world.run.freshName("ok"));
    }
  }

  private static void report(Scenario scenario, List<Exchange> exchanges) {
    String text = exchanges.isEmpty() ? "(nothing was sent)"
        : exchanges.stream().map(exchange -> exchange.describe() + "\n").collect(Collectors.joining("\n"));
    scenario.attach(text, "text/plain", EXCHANGES_ATTACHMENT);
  }
}
