package dev.outboundkit.conformance;

import java.util.List;

import org.opentest4j.TestAbortedException;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;

/**
 * Per scenario: find the run's target (skipping, with the reason, when there is none or when
 * the scenario needs what the target does not offer), and afterwards show a failing scenario's
 * requests as curl lines and give the not-started task a fresh name if the scenario gave it one
 * that other runs use too.
 */
public class Hooks {
  /** Tag of scenarios that need the whole task, beyond the two vendor operations. */
  static final String CONTROL_API_TAG = "@control-api";

  /**
   * Without a target (the profile runner and no profile) the whole run is skipped here, once,
   * with the reason, instead of scenario by scenario.
   */
  @BeforeAll
  public static void beforeAll() {
    String reason = ConformanceRun.skipReason();
    if (reason != null) {
      throw new TestAbortedException(reason);
    }
  }

  @Before(order = 0)
  public void begin(Scenario scenario) {
    Target target = ConformanceRun.target();
    if (scenario.getSourceTagNames().contains(CONTROL_API_TAG) && target.inspector().isEmpty()) {
      throw new TestAbortedException("skipped: " + CONTROL_API_TAG + " needs the mock's own view of the whole task,"
          + " and against " + target.description() + " the suite uses the two vendor operations and nothing else");
    }
    World.begin(new World(scenario, target));
  }

  @After(order = 0)
  public void end(Scenario scenario) {
    World world;
    try {
      world = World.current();
    } catch (IllegalStateException notStarted) {
      return; // skipped in the before hook
    }
    try {
      if (scenario.isFailed()) {
        report(scenario, world.exchanges());
        ConformanceRun.forgetAllReadBacks();
      } else if (world.answer != null && !world.editVerified) {
        ConformanceRun.forgetReadBack(world.taskId());
      }
      if (world.notStartedHoldsFixedName) {
        // The page's example name or "50 × 任": free it for the next run and for other scenarios.
        EditSteps.rename(world, TaskRole.NOT_STARTED, ConformanceRun.freshName("ok"));
      }
    } finally {
      World.finish();
    }
  }

  private static void report(Scenario scenario, List<Exchange> exchanges) {
    String text = exchanges.isEmpty() ? "(nothing was sent)" : Exchange.describeAll(exchanges);
    scenario.attach(text, "text/plain", "requests (curl) and answers");
    System.err.println("=== conformance scenario failed: " + scenario.getName() + "  (" + scenario.getUri() + ":"
        + scenario.getLine() + ")\n" + text);
  }
}
