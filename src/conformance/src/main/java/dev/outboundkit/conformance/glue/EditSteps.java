package dev.outboundkit.conformance.glue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.client.ApiResult;
import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.CommunicateBaseVo;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.ResultCode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Building an edit, sending it one of three ways, and judging the answer. */
public class EditSteps {
  private final World world;

  public EditSteps(World world) {
    this.world = world;
  }

  /** The vendor's time zone: the page's dates are Beijing dates. */
  static final ZoneId VENDOR_ZONE = ZoneId.of("Asia/Shanghai");

  // ------------------------------------------------------------------ building the body

  @Given("a valid edit for the {task}")
  public void aValidEdit(TaskRole role) {
    start(Variant.forRole(role), role);
  }

  @Given("a valid {variant} edit for the {task}")
  public void aValidEdit(Variant variant, TaskRole role) {
    start(variant, role);
  }

  private void start(Variant variant, TaskRole role) {
    world.role = role;
    world.variant = variant;
    world.body = validBody(world, variant, role);
    world.bodyText = null;
  }

  static JsonObject validBody(World world, Variant variant, TaskRole role) {
    Target target = world.target;
    return Bodies.valid(variant, target.taskId(role), world.run.freshName("ok"),
        target.skillSetId(), target.outboundNumberGroupId(), world.run.freshName("batch"),
        LocalDate.now(VENDOR_ZONE));
  }

  @Given("the page's example body for the {task}:")
  public void thePagesExample(TaskRole role, String docString) {
    JsonObject example;
    try {
      example = JsonParser.parseString(docString).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new IllegalArgumentException("the example is not a JSON object: " + e.getMessage(), e);
    }
    // Only the ids come from the target; everything else is sent as the page shows it.
    example.addProperty(Bodies.TASK_ID, world.target.taskId(role));
    if (example.has("skillSetId")) {
      example.addProperty("skillSetId", world.target.skillSetId());
    }
    example.addProperty("outboundNumberGroupId", world.target.outboundNumberGroupId());
    world.role = role;
    world.variant = example.has("taskName") ? Variant.NOT_STARTED : Variant.IN_PROGRESS;
    world.body = example;
    if (example.has("taskName")) {
      holdFixedName(world, example.get("taskName").getAsString());
    }
  }

  /**
   * A scenario is about to give the not-started task a name that other runs use too (the
   * page's example name, "50 × 任"). Only that task ever holds such names, so the name is free
   * unless the second not-started task has it: that one is renamed first. After the scenario
   * the not-started task gets a fresh name again ({@link Hooks}).
   */
  static void holdFixedName(World world, String name) {
    if (world.role != TaskRole.NOT_STARTED) {
      throw new IllegalStateException("a fixed task name ('" + name + "') may be given only to the not-started task,"
          + " so that runs stay repeatable");
    }
    if (!world.notStartedHoldsFixedName) {
      rename(world, TaskRole.NOT_STARTED_2, world.run.freshName("ok"));
      world.notStartedHoldsFixedName = true;
    }
  }

  @Given(Bodies.SET)
  public void setField(String path, String json) {
    JsonElement value = Bodies.literal(json);
    if (path.equals("taskName") && value.isJsonPrimitive()) {
      holdFixedName(world, value.getAsString());
    }
    Bodies.set(body(world), path, value);
  }

  @Given(Bodies.REPEAT)
  public void setRepeated(String path, int count, String unit) {
    String text = Bodies.repeat(count, unit);
    if (path.equals("taskName")) {
      holdFixedName(world, text);
    }
    Bodies.set(body(world), path, new JsonPrimitive(text));
  }

  @Given(Bodies.REMOVE)
  public void removeField(String path) {
    Bodies.remove(body(world), path);
  }

  @Given(Bodies.HOLDS)
  public void holdEntries(String path, int count) {
    Bodies.holdEntries(body(world), path, count);
  }

  @Given("{string} is an id the target does not know")
  public void unknownId(String path) {
    // 9 and 15 random digits: the shape of the vendor's ids, and no target has it.
    long random = Math.floorMod(new java.security.SecureRandom().nextLong(), 1_000_000_000_000_000L);
    Bodies.set(body(world), path, new JsonPrimitive("9" + String.format("%015d", random)));
  }

  @Given("^the body is replaced by the text '(.*)'$")
  public void replaceBody(String text) {
    body(world);
    world.bodyText = text;
  }

  @Given("a fresh name that no task has")
  public void aFreshName() {
    world.freshName = world.run.freshName("ok");
  }

  @Given("the {task} has been renamed to a fresh name")
  public void renamedToFreshName(TaskRole role) {
    world.freshName = world.run.freshName("ok");
    world.freshNames.add(world.freshName);
    rename(world, role, world.freshName);
  }

  @Given("the {task} has been renamed to another fresh name")
  public void renamedToAnotherFreshName(TaskRole role) {
    renamedToFreshName(role);
  }

  @Given("{string} is the first of those fresh names")
  public void isTheFirstFreshName(String path) {
    if (world.freshNames.isEmpty()) {
      throw new IllegalStateException("no task was renamed to a fresh name in this scenario");
    }
    Bodies.set(body(world), path, new JsonPrimitive(world.freshNames.get(0)));
  }

  /**
   * Gives a not-started task a name with an edit that must be accepted (set-up, not the subject).
   * An answer that fits no reading of the page fails the scenario; a refusal blocks it (the
   * NS-EDIT scenarios judge whether refusing a valid edit breaks the page).
   */
  static void rename(World world, TaskRole role, String name) {
    Answer answer = tryRename(world, role, name);
    if (!answer.accepted()) {
      throw Precondition.failed("renaming the " + role.words() + " to '" + name + "' (a valid edit, as in rule "
          + Variant.NOT_STARTED.editRule() + ") was refused: " + answer + "; unblocked when the target accepts a valid"
          + " edit of the " + role.words() + " (task id " + world.target.taskId(role) + "); the "
          + Variant.NOT_STARTED.editRule() + " scenarios say whether refusing it breaks the page");
    }
  }

  /** Sends a valid edit that gives the task that name; its answer held to the page whole. */
  private static Answer tryRename(World world, TaskRole role, String name) {
    if (!role.isNotStarted()) {
      throw new IllegalArgumentException("only a not-started task can be renamed");
    }
    JsonObject body = validBody(world, Variant.NOT_STARTED, role);
    body.addProperty("taskName", name);
    world.run.forgetReadBack(world.target.taskId(role));
    Answer answer = world.wire.rawEdit(Bodies.GSON.toJson(body), world.wire.plainHeaders());
    AnswerCheck.whole(answer, AnswerCheck.Operation.EDIT);
    return answer;
  }

  @Given("{string} is that fresh name")
  public void isThatFreshName(String path) {
    if (world.freshName == null) {
      throw new IllegalStateException("no fresh name was made in this scenario");
    }
    Bodies.set(body(world), path, new JsonPrimitive(world.freshName));
  }

  private static JsonObject body(World world) {
    if (world.body == null) {
      throw new IllegalStateException("start with 'Given a valid edit for the ... task'");
    }
    return world.body;
  }

  // ------------------------------------------------------------------ sending

  @When("the edit is sent")
  public void send() {
    send(Channel.RAW);
  }

  @When("the edit is sent {channel}")
  public void send(Channel channel) {
    body(world);
    world.readBackBefore = Verdicts.readBackBefore(world);
    world.taskBefore = Precondition.check("reading the whole task before the edit (the control API; unblocked"
        + " when it answers)", () -> world.target.inspector().map(inspector -> inspector.task(world.taskId())).orElse(null));
    world.channel = channel.words();
    switch (channel) {
      case RAW -> world.answer = world.wire.rawEdit(
          world.bodyText != null ? world.bodyText : Bodies.GSON.toJson(world.body), world.headers);
      case GENERATED -> world.answer = sendGenerated(world);
      case FACADE -> world.answer = sendFacade(world);
    }
  }

  private static EditTaskRequest model(World world) {
    if (world.bodyText != null || !world.headers.isDefault()) {
      throw new IllegalStateException("a body replaced by text or changed headers can be sent only as raw JSON");
    }
    Class<? extends EditTaskRequest> type =
        world.variant == Variant.NOT_STARTED ? NotStartedTaskEdit.class : InProgressTaskEdit.class;
    try {
      return JSON.getGson().fromJson(world.body, type);
    } catch (RuntimeException e) {
      throw new IllegalStateException("this body cannot be expressed with the Java client's " + type.getSimpleName()
          + " (send it as raw JSON): " + e.getMessage(), e);
    }
  }

  private static Answer sendGenerated(World world) {
    EditTaskRequest request = model(world);
    world.nextCallIs("generated client (OutboundTaskApi.editTask)");
    retrofit2.Response<CommunicateBaseVo> response;
    try {
      response = world.wire.generated().editTask(request).execute();
    } catch (IOException e) {
      throw noAnswer(world, "the generated client", e);
    } catch (RuntimeException e) {
      Answer raw = world.lastAnswer();
      if (raw.code() != null && !raw.is(ResultCode.SUCCESS)) {
        // A refusal whose data the generated model cannot hold (e.g. []): its data is rule
        // FA-DATA-SHAPE's to report; this scenario's rule judges the refusal itself.
        world.scenario.log("note: the generated client cannot read this refusal's data (" + e.getMessage()
            + "); judged from the answer as received");
        return raw;
      }
      throw new AssertionError("the generated client could not read the answer " + raw + ": " + e, e);
    }
    Answer raw = world.lastAnswer();
    CommunicateBaseVo vo = response.body();
    if (vo == null) {
      throw new AssertionError("the generated client read no body from " + raw);
    }
    String code = vo.getCode() == null ? null : vo.getCode().getValue();
    if (raw.code() != null && AnswerCheck.CODES.contains(raw.code()) && !raw.code().equals(code)) {
      throw new AssertionError("the generated client read code " + code + " from " + raw);
    }
    if (raw.dataIsTrue() != Boolean.TRUE.equals(vo.getData())) {
      throw new AssertionError("the generated client read data " + vo.getData() + " from " + raw);
    }
    return raw;
  }

  private static Answer sendFacade(World world) {
    EditTaskRequest request = model(world);
    world.nextCallIs("Java client (OutboundClient)");
    try {
      ApiResult<Boolean> result = request instanceof NotStartedTaskEdit full
          ? world.wire.facade().editNotStartedTask(full)
          : world.wire.facade().editInProgressTask((InProgressTaskEdit) request);
      Answer raw = world.lastAnswer();
      if (!raw.is(ResultCode.SUCCESS) || !result.code().equals(raw.code())
          || raw.dataIsTrue() != Boolean.TRUE.equals(result.data())) {
        throw new AssertionError("the Java client returned " + result + " for the answer " + raw);
      }
      return raw;
    } catch (ResultCodeException e) {
      Answer raw = world.lastAnswer();
      if (!e.code().equals(raw.code())) {
        throw new AssertionError("the Java client threw " + e.getClass().getSimpleName() + " with code " + e.code()
            + " for the answer " + raw, e);
      }
      return raw;
    } catch (RuntimeException e) {
      if (world.exchanges().isEmpty() || !world.lastAnswer().came()) {
        throw noAnswer(world, "the Java client", e);
      }
      throw new AssertionError("the Java client failed on the answer " + world.lastAnswer() + ": " + e, e);
    }
  }

  /**
   * @return the error for a client call that got no answer: the exchange the wire recorded, with
   *     the timeout that ran out, or the client's own reason when nothing was recorded
   */
  static NoAnswer noAnswer(World world, String client, Exception failure) {
    List<Exchange> exchanges = world.exchanges();
    if (!exchanges.isEmpty() && !exchanges.get(exchanges.size() - 1).answer().came()) {
      return NoAnswer.to(exchanges.get(exchanges.size() - 1));
    }
    return NoAnswer.from(client, failure);
  }

  // ------------------------------------------------------------------ judging

  @Then("the edit is accepted")
  public void accepted() {
    Verdicts.accepted(world);
  }

  @Then("the edit is refused with code {string}")
  public void refusedWith(String code) {
    Verdicts.refused(world, code);
  }

  @Then("the edit is refused")
  public void refused() {
    Verdicts.refused(world, null);
  }

  @Then("the edit may be accepted or refused")
  public void acceptedOrRefused() {
    AnswerCheck.whole(world.answer, AnswerCheck.Operation.EDIT);
  }

  @Then("the answer's code is the JSON string {string} and its data is the JSON boolean true")
  public void codeIsJsonString(String code) {
    JsonObject answer = world.answer.json().getAsJsonObject();
    JsonElement sent = answer.get("code");
    if (sent == null || !sent.isJsonPrimitive() || !sent.getAsJsonPrimitive().isString() || !code.equals(sent.getAsString())) {
      throw new AssertionError("code must be the JSON string \"" + code + "\" (结果码 String), was " + sent);
    }
    JsonElement message = answer.get("message");
    if (message == null || !message.isJsonPrimitive() || !message.getAsJsonPrimitive().isString()) {
      throw new AssertionError("message must be a JSON string (结果描述 String), was " + message);
    }
    JsonElement data = answer.get("data");
    if (data == null || !data.isJsonPrimitive() || !data.getAsJsonPrimitive().isBoolean() || !data.getAsBoolean()) {
      throw new AssertionError("data must be the JSON boolean true (是否编辑成功 boolean), was " + data);
    }
  }

  /**
   * The name sent to another task is still free. When the task cannot take it, a second fresh
   * name tells why: taken as well, the target refuses valid renames (blocked); taken, the edit
   * gave the other task the name (the rule under test, broken).
   */
  @Then("the {task} can take that fresh name")
  public void canTakeFreshName(TaskRole role) {
    Answer answer = tryRename(world, role, world.freshName);
    if (answer.accepted()) {
      return;
    }
    String control = world.run.freshName("ok");
    if (tryRename(world, role, control).accepted()) {
      throw new AssertionError("the " + role.words() + " cannot take the name '" + world.freshName + "' sent to the "
          + world.role.words() + ", though it takes another fresh name ('" + control + "'): the edit of the "
          + world.role.words() + " (" + world.answer + ") gave it the name, a field outside its table; the rename"
          + " was refused: " + answer);
    }
    rename(world, role, control); // refused: blocked, with the reason
  }

  @Given("the batches of every task have been read")
  public void readEveryTask() {
    for (TaskRole role : TaskRole.values()) {
      world.everyReadBackBefore.put(role, Verdicts.readBack(world, world.target.taskId(role)));
    }
  }

  @Then("the batches of the other tasks are as they were")
  public void otherTasksUnchanged() {
    for (Map.Entry<TaskRole, Answer> before : world.everyReadBackBefore.entrySet()) {
      if (before.getKey() == world.role) {
        continue;
      }
      Answer now = Verdicts.readBack(world, world.target.taskId(before.getKey()));
      if (!Verdicts.same(before.getValue(), now)) {
        throw new AssertionError("an edit of the " + world.role.words() + " changed the " + before.getKey().words()
            + ":\nbefore: " + before.getValue().text() + "\nafter:  " + now.text());
      }
    }
  }
}
