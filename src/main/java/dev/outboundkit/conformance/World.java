package dev.outboundkit.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import io.cucumber.java.Scenario;

/**
 * What one scenario has built and seen. Cucumber makes new step objects per scenario but has no
 * dependency injection here, so the step classes share this through a thread-local set by
 * {@link Hooks}. Scenarios run one after another on one thread.
 */
final class World {
  private static final ThreadLocal<World> CURRENT = new ThreadLocal<>();

  final Scenario scenario;
  final Target target;
  final Wire wire;

  /** The task the edit is for, and which table the body follows. */
  TaskRole role;
  Variant variant;
  /** The body as JSON, or, when a scenario replaced it with text, that text. */
  JsonObject body;
  String bodyText;
  final SignedHeaders headers = new SignedHeaders();

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

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private String nextCallChannel = "read-back (suite)";

  World(Scenario scenario, Target target) {
    this.scenario = scenario;
    this.target = target;
    this.wire = Wire.to(target);
  }

  static void begin(World world) {
    CURRENT.set(world);
  }

  static void finish() {
    CURRENT.remove();
  }

  static World current() {
    World world = CURRENT.get();
    if (world == null) {
      throw new IllegalStateException("no scenario is running on this thread");
    }
    return world;
  }

  static void record(Exchange exchange) {
    World world = CURRENT.get();
    if (world != null) {
      world.exchanges.add(exchange);
    }
  }

  /** @return the label of the OkHttp call about to be made, then back to the read-back label */
  static String channelOfNextCall() {
    World world = CURRENT.get();
    if (world == null) {
      return "unknown";
    }
    String channel = world.nextCallChannel;
    world.nextCallChannel = "read-back (suite)";
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

  long taskId() {
    return target.taskId(role);
  }
}
