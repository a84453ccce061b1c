package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.MISSING;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static dev.outboundkit.mock.MockFixture.NUMBER_GROUP_2;
import static dev.outboundkit.mock.MockFixture.PAUSED;
import static dev.outboundkit.mock.MockFixture.SKILL_SET_2;
import static dev.outboundkit.mock.MockFixture.batches;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static dev.outboundkit.mock.MockFixture.phoneGroup;
import static dev.outboundkit.mock.MockFixture.signedHeaders;
import static dev.outboundkit.mock.MockFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.testing.PageExamples;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditRulesIT {

  private static final int ONE_MIB = 1024 * 1024;
  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static JsonObject notStarted() {
    return notStartedBody(NOT_STARTED, "新的任务名称");
  }

  // ------------------------------------------------------------ accepted edits

  @Test
  void aNotStartedTaskTakesEveryFieldOfTheFullBody() {
    Task before = MOCK.server().task(NOT_STARTED);
    JsonObject body = notStarted();
    // The page's example shares these values with the fixture's task: other ones show the edit.
    body.addProperty("taskDesc", "edited by a test");
    body.addProperty("skillSetId", SKILL_SET_2);
    body.addProperty("outboundNumberGroupId", NUMBER_GROUP_2);
    body.addProperty("multiplyPower", 4);
    body.addProperty("acw", 25);

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().toString()).isEqualTo("{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}");
    Task expected = before.toBuilder()
        .set("taskName", "新的任务名称")
        .set("taskExecStartDate", "2020-09-27")
        .set("taskExecEndDate", "2020-09-27")
        .set("taskExecTimes", JsonParser.parseString(
            "[{\"taskExecTimeStartStr\":\"11:36:00\",\"taskExecTimeEndStr\":\"12:35:00\"}]"))
        .set("taskDesc", "edited by a test")
        .set("skillSetId", SKILL_SET_2)
        .set("outboundNumberGroupId", NUMBER_GROUP_2)
        .set("strategyDisplaySwitch", true)
        .set("sendNumberStrategy", 0)
        .set("multiplyPower", 4)
        .set("abandonmentRate", 2)
        .set("outboundPhoneGroups", JsonParser.parseString("[{\"name\":\"外呼任务号码批次名称,如:本人、亲属、朋友\",\"identify\":\"default\","
            + "\"autoOutboundSwitch\":1,\"autoOutboundInterval\":5,\"autoOutboundTimes\":1}]"))
        .set("maxRingingDuration", 20)
        .set("acw", 25)
        .build();
    assertThat(MOCK.server().task(NOT_STARTED)).isEqualTo(expected);
  }

  @Test
  void anInProgressTaskTakesTheSecondTablesFields() {
    Task before = MOCK.server().task(IN_PROGRESS);
    JsonObject body = inProgressBody(IN_PROGRESS);
    // The page's example shares these values with the fixture's task: other ones show the edit.
    body.addProperty("outboundNumberGroupId", NUMBER_GROUP_2);
    body.addProperty("sendNumberStrategy", 1);
    body.remove("multiplyPower");

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");

    assertThat(MOCK.server().task(IN_PROGRESS)).isEqualTo(before.toBuilder()
        .set("outboundNumberGroupId", NUMBER_GROUP_2)
        .set("strategyDisplaySwitch", true)
        .set("sendNumberStrategy", 1)
        .unset("multiplyPower")
        .set("abandonmentRate", 2)
        .set("outboundPhoneGroups", JsonParser.parseString("[{\"name\":\"外呼任务号码批次名称,如:本人、亲属、朋友\",\"identify\":\"default\","
            + "\"autoOutboundSwitch\":1,\"autoOutboundInterval\":5,\"autoOutboundTimes\":1}]"))
        .build());
  }

  @Test
  void aPausedTaskTakesTheSecondTablesFields() {
    JsonObject body = inProgressBody(PAUSED);
    body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject().addProperty("name", "同事");

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");

    assertThat(MOCK.server().task(PAUSED).field("outboundPhoneGroups").orElseThrow().getAsJsonArray())
        .extracting(group -> group.getAsJsonObject().get("name").getAsString()).containsExactly("同事");
  }

  @Test
  void anInProgressTaskIgnoresTaskNameAndAcwSentToIt() {
    Task before = MOCK.server().task(IN_PROGRESS);
    JsonObject body = inProgressBody(IN_PROGRESS);
    body.addProperty("taskName", "不该生效的名称");
    body.addProperty("acw", 99);
    body.addProperty("skillSetId", "no-such-skill-set");
    body.addProperty("maxRingingDuration", 21);
    body.addProperty("outboundNumberGroupId", NUMBER_GROUP_2);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");

    Task after = MOCK.server().task(IN_PROGRESS);
    assertThat(after.taskName()).isEqualTo(before.taskName());
    assertThat(after.field("acw")).isEqualTo(before.field("acw")).isPresent();
    assertThat(after.skillSetId()).isEqualTo(before.skillSetId());
    assertThat(after.field("maxRingingDuration")).isEqualTo(before.field("maxRingingDuration")).isPresent();
    assertThat(after.outboundNumberGroupId()).isEqualTo(NUMBER_GROUP_2);
  }

  @Test
  void anEditNeverChangesTheCustomerOrAgentCounts() {
    JsonObject full = notStarted();
    full.addProperty("customerCount", 0);
    full.addProperty("agentCount", 0);
    JsonObject partial = inProgressBody(IN_PROGRESS);
    partial.addProperty("customerCount", 0);

    assertThat(edit(MOCK.server(), full).code()).isEqualTo("10000");
    assertThat(edit(MOCK.server(), partial).code()).isEqualTo("10000");

    for (long id : List.of(NOT_STARTED, IN_PROGRESS)) {
      Task fixture = MOCK.server().fixtures().task(id).orElseThrow();
      assertThat(MOCK.server().task(id).customerCount()).isEqualTo(fixture.customerCount());
      assertThat(MOCK.server().task(id).agentCount()).isEqualTo(fixture.agentCount());
    }
  }

  @Test
  void aTaskMayKeepItsOwnName() {
    JsonObject body = notStartedBody(NOT_STARTED, MOCK.server().task(NOT_STARTED).taskName());

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");
  }

  @Test
  void theVendorsOwnExampleBodyWithStrategyDisplaySwitchOneIsAccepted() {
    assertThat(MOCK.server().task(NOT_STARTED).field("strategyDisplaySwitch")).contains(new JsonPrimitive(false));

    assertThat(edit(MOCK.server(), PageExamples.pageJson(PageExamples.NOT_STARTED)).code()).isEqualTo("10000");
    assertThat(MOCK.server().task(NOT_STARTED).field("strategyDisplaySwitch")).contains(new JsonPrimitive(true));
  }

  @Test
  void strategyDisplaySwitchZeroMeansOff() {
    JsonObject body = notStarted();
    body.addProperty("strategyDisplaySwitch", 0);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");
    assertThat(MOCK.server().task(NOT_STARTED).field("strategyDisplaySwitch")).contains(new JsonPrimitive(false));
  }

  @Test
  void aBodyOfExactlyOneMebibyteIsRead() {
    String json = notStarted().toString();
    String padded = json + " ".repeat(ONE_MIB - json.getBytes(StandardCharsets.UTF_8).length);

    assertThat(edit(MOCK.server(), padded).code()).isEqualTo("10000");
  }

  // ------------------------------------------------------------ 29002

  @Test
  void moreThanOneBatchIsRefusedWith29002() {
    JsonObject body = inProgressBody(IN_PROGRESS);
    body.add("outboundPhoneGroups", batches(phoneGroup("本人", 0), phoneGroup("亲属", 0)));

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).startsWith("参数错误: ").contains("outboundPhoneGroups");
  }

  @Test
  void theMessageNamesTheFieldAndTheRule() {
    JsonObject body = notStarted();
    body.addProperty("acw", 181);

    assertThat(edit(MOCK.server(), body).message()).isEqualTo("参数错误: acw must be at most 180, was 181");
  }

  @Test
  void everyViolationIsListed() {
    JsonObject body = notStarted();
    body.addProperty("acw", 0);
    body.remove("taskName");

    assertThat(edit(MOCK.server(), body).message()).contains("taskName is required").contains("; ").contains("acw");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"taskId\": 121,", "{taskId: 121}", "{\"taskId\": 121} {}", "{'taskId': 121}", "NaN"})
  void malformedJsonIsRefusedWith29002(String body) {
    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("not valid JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"taskId\": 121}]", "\"text\"", "121", "null", "true"})
  void aBodyThatIsNotAJsonObjectIsRefusedWith29002(String body) {
    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("must be a JSON object");
  }

  @Test
  void anEmptyBodyIsRefusedWith29002() {
    assertThat(edit(MOCK.server(), "").code()).isEqualTo("29002");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedWith29002() {
    byte[] latin1 = "{\"taskId\":121,\"taskName\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(MOCK.server().baseUrl() + MockServer.EDIT_PATH))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(latin1));
    signedHeaders().forEach(request::header);

    MockFixture.Reply reply = MockFixture.send(request.build());

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("UTF-8");
  }

  @Test
  void aFarLargerBodyIsRefusedWith29002AndTheAnswerArrives() {
    String json = notStarted().toString();
    String padded = json + " ".repeat(10 * ONE_MIB);

    assertThat(edit(MOCK.server(), padded).code()).isEqualTo("29002");
    assertThat(edit(MOCK.server(), notStarted()).code()).isEqualTo("10000");
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedWith29002() {
    String json = notStarted().toString();
    String padded = json + " ".repeat(ONE_MIB + 1 - json.getBytes(StandardCharsets.UTF_8).length);

    MockFixture.Reply reply = edit(MOCK.server(), padded);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("larger than " + ONE_MIB + " bytes");
  }

  @Test
  void aChunkedBodyOverOneMebibyteIsRefusedWith29002() {
    // Sent without Content-Length, so the mock finds out while reading.
    byte[] huge = new byte[8 * ONE_MIB];
    java.util.Arrays.fill(huge, (byte) ' ');
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(MOCK.server().baseUrl() + MockServer.EDIT_PATH))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));
    signedHeaders().forEach(request::header);

    MockFixture.Reply reply = MockFixture.send(request.build());

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("larger than");
  }

  static Stream<Arguments> badTaskIds() {
    return Stream.of(
        Arguments.of("absent", null),
        Arguments.of("a string", "\"121\""),
        Arguments.of("a fraction", "121.5"),
        Arguments.of("beyond 64 bits", "9223372036854775808"),
        Arguments.of("null", "null"),
        Arguments.of("an object", "{}"));
  }

  @ParameterizedTest(name = "taskId {0}")
  @MethodSource("badTaskIds")
  void aTaskIdThatIsMissingOrNotAnIntegerIsRefusedWith29002(String label, String taskId) {
    JsonObject body = notStarted();
    body.remove("taskId");
    String json = taskId == null ? body.toString()
        : body.toString().replaceFirst("\\{", "{\"taskId\":" + taskId + ",");

    MockFixture.Reply reply = edit(MOCK.server(), json);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskId");
  }

  @Test
  void anInProgressBodyForANotStartedTaskIsRefusedWith29002() {
    MockFixture.Reply reply = edit(MOCK.server(), inProgressBody(NOT_STARTED));

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskName is required");
  }

  @Test
  void anEndDateBeforeTheStartDateIsRefusedWith29002() {
    JsonObject body = notStarted();
    body.addProperty("taskExecEndDate", "2020-09-26");

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskExecEndDate");
  }

  @Test
  void anEndDateOnTheStartDateIsAccepted() {
    JsonObject body = notStarted();
    body.addProperty("taskExecEndDate", body.get("taskExecStartDate").getAsString());

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"08:30:00", "08:29:59"})
  void anEndTimeNotAfterTheStartTimeIsRefusedWith29002(String end) {
    JsonObject body = notStarted();
    JsonArray times = new JsonArray();
    times.add(window("08:30:00", end));
    body.add("taskExecTimes", times);

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskExecTimeEndStr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00:00", "8:30:00", "08:30", "08:60:00"})
  void aMalformedTimeIsRefusedWith29002(String end) {
    JsonObject body = notStarted();
    JsonArray times = new JsonArray();
    times.add(window("00:00:00", end));
    body.add("taskExecTimes", times);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("29002");
  }

  @Test
  void theLastSecondOfTheDayIsAValidEndTime() {
    JsonObject body = notStarted();
    JsonArray times = new JsonArray();
    times.add(window("00:00:00", "23:59:59"));
    body.add("taskExecTimes", times);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-02-30", "2027/01/04", "20270104", "2027-1-4"})
  void aDateThatIsNotARealYyyyMmDdDayIsRefusedWith29002(String date) {
    JsonObject body = notStarted();
    body.addProperty("taskExecStartDate", date);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("29002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "\"true\"", "-1"})
  void aStrategyDisplaySwitchOtherThanTrueFalseOneOrZeroIsRefusedWith29002(String value) {
    JsonObject body = notStarted();
    body.remove("strategyDisplaySwitch");
    String json = body.toString().replaceFirst("\\{", "{\"strategyDisplaySwitch\":" + value + ",");

    assertThat(edit(MOCK.server(), json).code()).isEqualTo("29002");
  }

  @Test
  void aSendNumberStrategyOutsideItsEnumIsRefusedWith29002() {
    JsonObject body = notStarted();
    body.addProperty("sendNumberStrategy", 2);

    assertThat(edit(MOCK.server(), body).message()).contains("sendNumberStrategy");
  }

  // ------------------------------------------------------------ 20001

  @Test
  void aCompletedTaskIsRefusedWith20001() {
    MockFixture.Reply reply = edit(MOCK.server(), inProgressBody(COMPLETED));

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).startsWith("请求失败: ").contains("completed");
    assertThat(MOCK.server().task(COMPLETED)).isEqualTo(MOCK.server().fixtures().task(COMPLETED).orElseThrow());
  }

  @Test
  void anUnknownTaskIsRefusedWith20001() {
    MockFixture.Reply reply = edit(MOCK.server(), notStartedBody(MISSING, "不存在的任务"));

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).contains("does not exist");
    assertThat(MOCK.server().findTask(MISSING)).isEmpty();
  }

  @Test
  void aTaskNameAnotherTaskHasIsRefusedWith20001() {
    MockFixture.Reply reply = edit(MOCK.server(), notStartedBody(NOT_STARTED, MOCK.server().task(NOT_STARTED_2).taskName()));

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).contains("taskName").contains(Long.toString(NOT_STARTED_2));
  }

  @Test
  void aNameFreedByARenameCanBeTakenByAnotherTask() {
    String oldName = MOCK.server().task(NOT_STARTED).taskName();
    assertThat(edit(MOCK.server(), notStartedBody(NOT_STARTED, "改名了")).code()).isEqualTo("10000");

    assertThat(edit(MOCK.server(), notStartedBody(NOT_STARTED_2, oldName)).code()).isEqualTo("10000");
  }

  @Test
  void anUnknownSkillSetIsRefusedWith20001() {
    JsonObject body = notStarted();
    body.addProperty("skillSetId", "9999999999999999");

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).contains("skillSetId '9999999999999999' does not exist");
  }

  @Test
  void anUnknownNumberGroupIsRefusedWith20001ForANotStartedTask() {
    JsonObject body = notStarted();
    body.addProperty("outboundNumberGroupId", "9999999999999999");

    MockFixture.Reply reply = edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).contains("outboundNumberGroupId '9999999999999999' does not exist");
  }

  @Test
  void anUnknownNumberGroupIsRefusedWith20001ForAnInProgressTask() {
    JsonObject body = inProgressBody(IN_PROGRESS);
    body.addProperty("outboundNumberGroupId", "9999999999999999");

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("20001");
  }

  // ------------------------------------------------------------ order of checks

  @Test
  void anUnknownTaskIsReportedBeforeAnInvalidBody() {
    JsonObject body = notStartedBody(MISSING, "x");
    body.addProperty("acw", 100_000);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("20001");
  }

  @Test
  void anInvalidBodyIsReportedBeforeAnUnknownReferenceOrDuplicateName() {
    JsonObject body = notStartedBody(NOT_STARTED, MOCK.server().task(NOT_STARTED_2).taskName());
    body.addProperty("skillSetId", "9999999999999999");
    body.addProperty("acw", 100_000);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo("29002");
  }

  // ------------------------------------------------------------ a refused edit changes nothing

  static Stream<Arguments> refusals() {
    Consumer<JsonObject> acwTooHigh = body -> body.addProperty("acw", 181);
    Consumer<JsonObject> secondBatch = body -> body.getAsJsonArray("outboundPhoneGroups").add(phoneGroup("x", 0));
    Consumer<JsonObject> unknownSkillSet = body -> body.addProperty("skillSetId", "404");
    Consumer<JsonObject> unknownGroup = body -> body.addProperty("outboundNumberGroupId", "404");
    Consumer<JsonObject> duplicateName = body -> body.addProperty("taskName", "年末回访");
    Consumer<JsonObject> badRedial = body -> body.getAsJsonArray("outboundPhoneGroups").get(0)
        .getAsJsonObject().remove("autoOutboundTimes");
    return Stream.of(
        Arguments.of("acw too high", acwTooHigh, "29002"),
        Arguments.of("two batches", secondBatch, "29002"),
        Arguments.of("redial on without times", badRedial, "29002"),
        Arguments.of("unknown skill set", unknownSkillSet, "20001"),
        Arguments.of("unknown number group", unknownGroup, "20001"),
        Arguments.of("duplicate name", duplicateName, "20001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedEditLeavesTheTaskExactlyAsItWas(String label, Consumer<JsonObject> breakIt, String code) {
    Task before = MOCK.server().task(NOT_STARTED);
    JsonObject body = notStarted();
    breakIt.accept(body);

    assertThat(edit(MOCK.server(), body).code()).isEqualTo(code);

    assertThat(MOCK.server().task(NOT_STARTED)).isEqualTo(before);
    assertThat(MOCK.server().tasks()).isEqualTo(MOCK.server().fixtures().tasks().stream()
        .sorted(java.util.Comparator.comparingLong(Task::id)).toList());
  }

  // ------------------------------------------------------------ HTTP

  @Test
  void anUnknownPathIs404() {
    assertThat(MockFixture.get(MOCK.server(), "/speech/openapi/v1/task/outbound/delete", signedHeaders()).status())
        .isEqualTo(404);
  }

  @Test
  void aTrailingSlashIsAnUnknownPath() {
    assertThat(MockFixture.post(MOCK.server(), MockServer.EDIT_PATH + "/", "{}", signedHeaders()).status())
        .isEqualTo(404);
  }

  @Test
  void getOnTheEditPathIs405() {
    assertThat(MockFixture.get(MOCK.server(), MockServer.EDIT_PATH, signedHeaders()).status()).isEqualTo(405);
  }

  @Test
  void theControlApiIsOffByDefault() {
    assertThat(MockFixture.get(MOCK.server(), "/__control/tasks/121", java.util.Map.of()).status()).isEqualTo(404);
    assertThat(MockFixture.post(MOCK.server(), "/__control/reset", "", java.util.Map.of()).status()).isEqualTo(404);
  }

  @Test
  void anUnexpectedFailureAnswers29008WithoutAStackTrace() {
    Verifier broken = (message, signature) -> {
      throw new IllegalStateException("boom at dev.outboundkit.Secret");
    };
    try (MockServer failing = MockServer.builder().tenant("broken-app", broken).clock(MockFixture.CLOCK)
        .build().start()) {
      MockFixture.Reply reply = MockFixture.post(failing, MockServer.EDIT_PATH, "{}",
          java.util.Map.of("appId", "broken-app", "timestamp", Long.toString(MockFixture.TS), "sign", "eA=="));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().toString()).isEqualTo("{\"code\":\"29008\",\"message\":\"系统异常\",\"data\":false}");
    }
  }
}
