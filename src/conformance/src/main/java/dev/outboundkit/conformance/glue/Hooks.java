package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.opentest4j.TestAbortedException;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.SavedRequest;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.generated.model.ResultCode;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;

/**
 * Per scenario: skip it, with the reason, when the run has no target or the scenario needs what
 * the target does not offer; afterwards hold every answer it got to the page, whole
 * ({@link AnswerCheck}), attach its requests as curl lines when it did not simply pass, say what
 * it read of a silence, and give the not-started task a fresh name if the scenario gave it one
 * that other runs use too.
 */
public class Hooks {
  /** Tag of scenarios that need the whole task, beyond the two vendor operations. */
  static final String WHOLE_TASK_TAG = "@whole-task";
  /** Name of the attachment that holds a scenario's requests and answers. */
  public static final String EXCHANGES_ATTACHMENT = "requests (curl) and answers";
  /** Name of the attachment that holds a scenario's requests as JSON, to be saved and sent again. */
  public static final String REQUESTS_ATTACHMENT = "requests to replay";
  /** Start of the line each scenario logs with the result codes of the target's answers. */
  public static final String CODES_LINE = "result codes: ";
  /** Start of the line a scenario logs when it ends as a READING: what it read of a silence. */
  public static final String READING_LINE = "reading: ";
  private static final String RULE_TAG = "@rule:";

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

  /**
   * Every answer the scenario got, whichever step asked, is held to the page whole; each refusal's
   * data is noted as what it shows of the refusal-data silence. Runs before {@link #end}.
   */
  @After(order = 100)
  public void everyAnswerWhole(Scenario scenario) {
    if (world.scenario == null || scenario.getStatus() != Status.PASSED) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Exchange exchange : world.exchanges()) {
      AnswerCheck.Operation operation = AnswerCheck.Operation.of(exchange.url());
      if (operation == null || !exchange.answer().came()) {
        continue;
      }
      AnswerCheck.problems(exchange.answer(), operation)
          .forEach(problem -> problems.add(operation.words + " answer " + exchange.answer().abbreviated() + ": " + problem));
      if (problems.isEmpty() && !exchange.answer().is(ResultCode.SUCCESS)) {
        world.run.take(operation.refusalData, AnswerCheck.refusalData(exchange.answer()), world, exchange.describe(),
            false);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("an answer fits no reading of the page: " + String.join("\n", problems));
    }
  }

  @After(order = 0)
  public void end(Scenario scenario) {
    if (world.scenario == null) {
      return; // skipped in the before hook
    }
    String code = world.answer != null ? world.answer.code()
        : world.exchanges().isEmpty() ? null : world.lastAnswer().code();
    scenario.log(CODES_LINE + (code == null ? "-" : code));
    boolean passed = scenario.getStatus() == Status.PASSED;
    if (passed && world.reading != null) {
      scenario.log(READING_LINE + world.reading);
    }
    if (!passed || world.reading != null) {
      report(scenario, world.exchanges(), !passed);
    }
    if (!passed) {
      world.run.forgetAllReadBacks();
    } else if (world.answer != null && !world.editVerified) {
      world.run.forgetReadBack(world.taskId());
    }
    if (world.notStartedHoldsFixedName) {
      // The page's example name or "50 × 任": free it for the next run and for other scenarios.
      EditSteps.rename(world, TaskRole.NOT_STARTED, world.run.freshName("ok"));
    }
  }

  /** Attaches the requests and answers; those of a scenario that did not pass also as requests to send again. */
  private void report(Scenario scenario, List<Exchange> exchanges, boolean toReplay) {
    String text = exchanges.isEmpty() ? "(nothing was sent)"
        : exchanges.stream().map(exchange -> exchange.describe() + "\n").collect(Collectors.joining("\n"));
    scenario.attach(text, "text/plain", EXCHANGES_ATTACHMENT);
    if (toReplay) {
      String rule = scenario.getSourceTagNames().stream().filter(tag -> tag.startsWith(RULE_TAG))
          .map(tag -> tag.substring(RULE_TAG.length())).findFirst().orElse("(none)");
      List<SavedRequest> requests = exchanges.stream()
          .flatMap(exchange -> SavedRequest.of(exchange, rule, world.scenarioTitle()).stream()).toList();
      if (!requests.isEmpty()) {
        scenario.attach(SavedRequest.toJson(requests), "application/json", REQUESTS_ATTACHMENT);
      }
    }
  }
}
