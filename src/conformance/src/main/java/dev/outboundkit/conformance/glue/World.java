package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.SignedHeaders;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

import io.cucumber.java.Scenario;

/**
 * What one scenario has built and seen, shared by the step classes of that scenario:
 * picocontainer makes one per scenario and hands it to each step class's constructor.
 * Scenarios run one after another.
 */
public final class World {
  final ConformanceRun run;
  final Target target;
  final RecordingWire wire;
  /** Set by {@link Hooks} before the first step. */
  Scenario scenario;

  /** The task the edit is for, and which table the body follows. */
  TaskRole role;
  Variant variant;
  /** The body as JSON, or, when a scenario replaced it with text, that text. */
  JsonObject body;
  String bodyText;
  /** The edit's headers, as the scenario changes them. */
  final SignedHeaders headers;

  /** Whether the edit's verdict was reached (its effect on the read-back is known). */
  boolean editVerified;
  /** The edit's answer and how it was sent. */
  Answer answer;
  String channel;
  /** Read-back of the task just before the edit was sent, and the task whole (inspector). */
  Answer readBackBefore;
  JsonObject taskBefore;
  /** Read-backs of every task, when a scenario asked for them. */
  Map<TaskRole, Answer> everyReadBackBefore = new EnumMap<>(TaskRole.class);
  /** A name no task had, made by the scenario, and every such name in order. */
  String freshName;
  final List<String> freshNames = new ArrayList<>();
  /** Whether the not-started task may now hold a name other runs also use (page example, "50 × 任"). */
  boolean notStartedHoldsFixedName;
  /** A reading a When step found (the timestamp window, a sign sent twice), for the Then step to take. */
  String probedReading;
  /** The evidence of {@link #probedReading}: the requests and answers that showed it. */
  String probedEvidence;
  /** What the scenario read of a silence, when it ends as a READING; null otherwise. */
  String reading;

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private String nextCallChannel = RecordingWire.READ_BACK_CHANNEL;

  public World(ConformanceRun run) {
    this.run = run;
    this.target = run.skipReason() == null ? run.target() : null;
    this.wire = target == null ? null : run.wire();
    this.headers = wire == null ? null : wire.plainHeaders();
  }

  /** Starts the scenario: from now on the wire records into this world. */
  void begin(Scenario scenario) {
    this.scenario = scenario;
    wire.recordInto(this);
  }

  void record(Exchange exchange) {
    exchanges.add(exchange);
  }

  /** @return the label of the OkHttp call about to be made, then back to the read-back label */
  String channelOfNextCall() {
    String channel = nextCallChannel;
    nextCallChannel = RecordingWire.READ_BACK_CHANNEL;
    return channel;
  }

  void nextCallIs(String channel) {
    nextCallChannel = channel;
  }

  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  /** @return the answer the last recorded exchange of this scenario carried */
  Answer lastAnswer() {
    List<Exchange> all = exchanges();
    if (all.isEmpty()) {
      throw new AssertionError("nothing was sent");
    }
    return all.get(all.size() - 1).answer();
  }

  long taskId() {
    return target.taskId(role);
  }

  /**
   * @return the exchange that carried the scenario's answer: the edit's when one was sent, else the
   *     last one (a read-back)
   */
  Exchange answerExchange() {
    List<Exchange> all = exchanges();
    if (all.isEmpty()) {
      throw new AssertionError("nothing was sent");
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      if (answer != null && all.get(i).answer() == answer) {
        return all.get(i);
      }
    }
    return all.get(all.size() - 1);
  }

  /** @return the scenario as reports name it: {@code name (features/file.feature:line)} */
  String scenarioTitle() {
    String uri = scenario.getUri().toString().replaceFirst("^.*/(features/)", "$1");
    return scenario.getName() + " (" + uri + ":" + scenario.getLine() + ")";
  }

  /** Ends the scenario as a READING of a silence of the page, in words, once its verdict is reached. */
  void readingIs(String words) {
    reading = reading == null ? words : reading + "; " + words;
  }
}
