package dev.outboundkit.conformance.glue;

import java.time.Duration;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.mock.Readings.Silence;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * What the page leaves open, read from the target: a scenario that exists to read a silence ends
 * as a READING, once the answer is held to every reading of the page (accepted: the edit shows;
 * refused: nothing changed); other scenarios note what their refusal's code shows of a silence
 * and end as their rule says. The readings go to {@link TakenReadings}.
 */
public class SilenceSteps {
  /** The farthest offset the window probe tries, either side: a day. */
  static final Duration FARTHEST = Duration.ofDays(1);
  /** A window is read to this many seconds: latency and the rounding of a timestamp move it by one. */
  private static final int WINDOW_STEP_SECONDS = 5;

  private final World world;

  public SilenceSteps(World world) {
    this.world = world;
  }

  @Then("the target's reading of {string} is taken")
  public void take(String key) {
    Silence silence = Silence.of(key);
    String value;
    String evidence;
    if (world.probedReading != null) {
      value = world.probedReading;
      evidence = world.probedEvidence;
    } else {
      Answer answer = requireAnswer();
      boolean accepted = answer.is(ResultCode.SUCCESS);
      if (accepted) {
        Verdicts.accepted(world);
      } else {
        Verdicts.refused(world, null);
      }
      value = switch (silence) {
        case TASK_NAME_LENGTH_UNIT -> accepted ? Readings.CODE_POINTS : Readings.UTF_16_UNITS;
        case UNKNOWN_FIELD -> accepted ? Readings.IGNORED : answer.code();
        default -> accepted ? Readings.ACCEPTED : answer.code();
      };
      evidence = world.answerExchange().describe();
    }
    world.run.take(silence, silence.canonical(value), world, evidence, true);
    world.readingIs(silence.key() + "=" + silence.canonical(value));
  }

  @Then("the refusal's code is noted as the reading of {string}")
  public void noteCode(String key) {
    Exchange exchange = world.answerExchange();
    String code = exchange.answer().code();
    if (code == null || exchange.answer().is(ResultCode.SUCCESS)) {
      throw new IllegalStateException("this step follows a refusal");
    }
    world.run.take(Silence.of(key), code, world, exchange.describe(), false);
  }

  @Then("the refusal's data is taken as the reading of {string}")
  public void refusalData(String key) {
    Silence silence = Silence.of(key);
    Exchange exchange = world.answerExchange();
    String value = AnswerCheck.refusalData(exchange.answer());
    if (value == null) {
      throw new AssertionError("a refusal's data must say nothing: null, false, [] or none, but it is "
          + exchange.answer().data() + ": " + exchange.answer());
    }
    world.run.take(silence, value, world, exchange.describe(), true);
    world.readingIs(silence.key() + "=" + value);
  }

  @Then("the edit is accepted or refused, as the target's timestamp window reads it")
  public void asTheWindowReadsIt() {
    Answer answer = requireAnswer();
    if (answer.is(ResultCode.SUCCESS)) {
      Verdicts.accepted(world);
      world.readingIs(Silence.TIMESTAMP_WINDOW.key() + ": accepted, inside the target's window");
    } else {
      Verdicts.refused(world, null);
      world.run.take(Silence.CODE_TIMESTAMP, answer.code(), world, world.answerExchange().describe(), false);
      world.readingIs(Silence.TIMESTAMP_WINDOW.key() + ": refused with " + answer.code() + ", outside the target's"
          + " window (" + Silence.CODE_TIMESTAMP.key() + "=" + answer.code() + ")");
    }
  }

  /**
   * The window, found with read-backs (they change nothing): for each side, the smallest offset
   * in whole seconds that is refused, by halving between now (accepted) and a day; the window is
   * half their sum, which a difference of the clocks does not move, to {@value #WINDOW_STEP_SECONDS}
   * seconds; {@value Readings#NO_WINDOW} when a day either side is accepted.
   */
  @When("the timestamp window is probed with read-backs of the {task}")
  public void probeWindow(TaskRole role) {
    world.role = role;
    long id = world.target.taskId(role);
    if (!accepts(id, 0)) {
      throw Precondition.failed("a read-back of the " + role.words() + " signed with the current time was refused: "
          + world.lastAnswer() + "; unblocked when the target answers it (is its clock more than its window away"
          + " from this machine's?)");
    }
    long past = smallestRefused(id, -1);
    long future = smallestRefused(id, 1);
    String value;
    if (past < 0 && future < 0) {
      value = Readings.NO_WINDOW;
    } else {
      double seconds = past < 0 ? future - 1 : future < 0 ? past : (past + future - 1) / 2.0;
      value = Long.toString(Math.round(seconds / WINDOW_STEP_SECONDS) * WINDOW_STEP_SECONDS);
    }
    world.probedReading = value;
    world.probedEvidence = "a timestamp in the past: " + (past < 0 ? "accepted up to a day" : "refused from " + past
        + " s") + "; in the future: " + (future < 0 ? "accepted up to a day" : "refused from " + future + " s")
        + "\n" + world.lastAnswer() + "\n" + world.exchanges().get(world.exchanges().size() - 1).curl();
  }

  /** @return the smallest offset in seconds, that side of now, whose read-back is refused; -1 for none up to a day */
  private long smallestRefused(long id, int side) {
    long accepted = 0;
    long refused = FARTHEST.toSeconds();
    if (accepts(id, side * refused)) {
      return -1;
    }
    while (refused - accepted > 1) {
      long middle = (accepted + refused) / 2;
      if (accepts(id, side * middle)) {
        accepted = middle;
      } else {
        refused = middle;
      }
    }
    return refused;
  }

  private boolean accepts(long id, long offsetSeconds) {
    Answer answer = world.wire.readBack(id, world.wire.plainHeaders().shiftTimestamp(Duration.ofSeconds(offsetSeconds)));
    AnswerCheck.whole(answer, AnswerCheck.Operation.READ_BACK);
    return answer.is(ResultCode.SUCCESS);
  }

  /**
   * The edit twice, each time with the sign header twice (the valid sign and a text that is no
   * signature): the valid one first, then last. Each answer is held to the page (accepted: the edit
   * shows; refused: nothing changed); together they say which copy the target reads.
   */
  @When("the edit is sent with the sign header twice, the valid one first, then again with the valid one last")
  public void signTwice() {
    Answer first = sendWithTheSignTwice(true);
    Exchange firstExchange = world.answerExchange();
    Answer last = sendWithTheSignTwice(false);
    boolean firstCounts = first.is(ResultCode.SUCCESS);
    boolean lastCounts = last.is(ResultCode.SUCCESS);
    world.probedReading = firstCounts && lastCounts ? Readings.EITHER : firstCounts ? Readings.FIRST
        : lastCounts ? Readings.LAST : first.code();
    world.probedEvidence = firstExchange.describe() + "\n\n" + world.answerExchange().describe();
  }

  private Answer sendWithTheSignTwice(boolean validFirst) {
    world.readBackBefore = Verdicts.readBackBefore(world);
    world.taskBefore = world.target.inspector().map(inspector -> inspector.task(world.taskId())).orElse(null);
    world.channel = Channel.RAW.words();
    world.answer = world.wire.rawEdit(Bodies.GSON.toJson(world.body), world.wire.plainHeaders().signTwice(validFirst));
    if (world.answer.is(ResultCode.SUCCESS)) {
      Verdicts.accepted(world);
    } else {
      Verdicts.refused(world, null);
    }
    return world.answer;
  }

  private Answer requireAnswer() {
    if (world.answer == null) {
      throw new IllegalStateException("this step follows 'When the edit is sent'");
    }
    return world.answer;
  }
}
