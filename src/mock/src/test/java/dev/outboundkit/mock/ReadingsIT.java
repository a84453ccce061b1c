package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.MISSING;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.outboundkit.mock.Readings.Silence;

/** The mock's readings of what the page leaves open, on the wire: each silence read as it was told. */
class ReadingsIT {

  private static MockServer start(Readings readings) {
    return MockFixture.builder().readings(readings).build().start();
  }

  private static boolean unchanged(MockServer mock, long id) {
    return mock.task(id).equals(mock.fixtures().task(id).orElseThrow());
  }

  @Test
  void eachSilentRefusalTakesTheCodeItWasGiven() {
    try (MockServer mock = MockFixture.builder()
        .refusalCode(Readings.Refusal.MISSING_TASK, "29002")
        .refusalCode(Readings.Refusal.DUPLICATE_NAME, "29002")
        .build().start()) {
      String otherName = mock.task(NOT_STARTED_2).taskName();

      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(MISSING, "x")).code()).isEqualTo("29002");
      assertThat(MockFixture.phoneGroups(mock, "?taskId=" + MISSING).code()).isEqualTo("29002");
      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(NOT_STARTED, otherName)).code()).isEqualTo("29002");
      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(COMPLETED, "y")).code())
          .as("completed-task keeps the default").isEqualTo("20001");
    }
  }

  @Test
  void anUnknownSkillSetAndAnUnknownNumberGroupEachTakeTheirOwnCode() {
    try (MockServer mock = start(Readings.defaults().with(Silence.CODE_UNKNOWN_SKILL_SET, "29008")
        .with(Silence.CODE_UNKNOWN_NUMBER_GROUP, "29002"))) {
      JsonObject skillSet = MockFixture.notStartedBody(NOT_STARTED, "s");
      skillSet.addProperty("skillSetId", "999");
      JsonObject numberGroup = MockFixture.notStartedBody(NOT_STARTED, "n");
      numberGroup.addProperty("outboundNumberGroupId", "999");

      assertThat(MockFixture.edit(mock, skillSet).code()).isEqualTo("29008");
      assertThat(MockFixture.edit(mock, numberGroup).code()).isEqualTo("29002");
    }
  }

  @Test
  void aRefusalCarriesTheDataItWasGiven() {
    for (Map.Entry<Readings.FailureData, String> reading : Map.of(
        Readings.FailureData.DEFAULT, "false", Readings.FailureData.NULL, "null",
        Readings.FailureData.EMPTY_ARRAY, "[]", Readings.FailureData.ABSENT, "(none)").entrySet()) {
      try (MockServer mock = MockFixture.builder().failureData(reading.getKey()).build().start()) {
        JsonObject answer = MockFixture.edit(mock, MockFixture.notStartedBody(MISSING, "x")).json();
        assertThat(answer.has("data") ? answer.get("data").toString() : "(none)").as(reading.getKey().name())
            .isEqualTo(reading.getValue());
        JsonObject notJson = MockFixture.edit(mock, "{").json();
        assertThat(notJson.has("data") ? notJson.get("data").toString() : "(none)")
            .as("a body that is not JSON, " + reading.getKey()).isEqualTo(reading.getValue());
      }
    }
  }

  @Test
  void aMissingSigningHeaderAndABadTimestampTakeTheirCodes() {
    try (MockServer mock = start(Readings.defaults().with(Silence.CODE_MISSING_SIGNING_HEADER, "29002")
        .with(Silence.CODE_TIMESTAMP, "20001").with(Silence.CODE_BODY_NOT_OBJECT, "20001"))) {
      Map<String, String> noSign = new LinkedHashMap<>(MockFixture.signedHeaders());
      noSign.remove("sign");
      Map<String, String> stale = new LinkedHashMap<>(MockFixture.signedHeaders());
      stale.put("timestamp", Long.toString(MockFixture.TS - 3_600_000L));
      stale.put("sign", MockFixture.sign(MockFixture.TS - 3_600_000L));
      String body = MockFixture.notStartedBody(NOT_STARTED, "h").toString();

      assertThat(MockFixture.post(mock, MockServer.EDIT_PATH, body, noSign).code()).isEqualTo("29002");
      assertThat(MockFixture.post(mock, MockServer.EDIT_PATH, body, stale).code()).isEqualTo("20001");
      assertThat(MockFixture.edit(mock, "[1,").code()).as("not JSON").isEqualTo("20001");
      assertThat(MockFixture.edit(mock, "[1]").code()).as("JSON, not an object").isEqualTo("20001");
    }
  }

  @Test
  void withNoWindowATimestampADayOldIsAccepted() {
    try (MockServer mock = start(Readings.defaults().with(Silence.TIMESTAMP_WINDOW, "none"))) {
      long dayOld = MockFixture.TS - 86_400_000L;
      Map<String, String> headers = new LinkedHashMap<>(MockFixture.signedHeaders());
      headers.put("timestamp", Long.toString(dayOld));
      headers.put("sign", MockFixture.sign(dayOld));

      assertThat(MockFixture.get(mock, MockServer.PHONE_GROUPS_PATH + "?taskId=" + NOT_STARTED, headers).code())
          .isEqualTo("10000");
    }
  }

  @Test
  void aDuplicatedSignIsReadAsTheReadingsSay() {
    String good = MockFixture.signedHeaders().get("sign");
    String bad = "bm90LWEtc2lnbmF0dXJl";
    // the sign that counts is checked as any sign (a bad one: 10001); a refused duplicate takes the reading's code
    Map<String, String> expected = Map.of("first", "10000 10001", "last", "10001 10000", "either", "10000 10000",
        "29008", "29008 29008");
    for (Map.Entry<String, String> reading : expected.entrySet()) {
      try (MockServer mock = start(Readings.defaults().with(Silence.DUPLICATE_SIGNING_HEADER, reading.getKey()))) {
        assertThat(duplicateSign(mock, good, bad) + " " + duplicateSign(mock, bad, good)).as(reading.getKey())
            .isEqualTo(reading.getValue());
      }
    }
  }

  private static String duplicateSign(MockServer mock, String first, String second) {
    Map<String, String> headers = new LinkedHashMap<>(MockFixture.signedHeaders());
    headers.put("sign", first);
    RawHttp.Response response = RawHttp.exchange(mock.port(),
        RawHttp.edit(MockFixture.notStartedBody(NOT_STARTED, "两次").toString(), headers, "sign: " + second));
    return response.json().getAsJsonObject().get("code").getAsString();
  }

  @Test
  void anUnknownFieldIsIgnoredByDefaultAndRefusedWhenTheReadingsSaySo() {
    JsonObject body = MockFixture.notStartedBody(NOT_STARTED, "未知字段");
    body.addProperty("outboundkitProbe", 1);
    try (MockServer ignoring = MockFixture.startMock();
        MockServer refusing = start(Readings.defaults().with(Silence.UNKNOWN_FIELD, "29002"))) {
      assertThat(MockFixture.edit(ignoring, body).code()).isEqualTo("10000");

      MockFixture.Reply reply = MockFixture.edit(refusing, body);
      assertThat(reply.code()).isEqualTo("29002");
      assertThat(reply.message()).contains("outboundkitProbe");
      assertThat(unchanged(refusing, NOT_STARTED)).isTrue();
    }
  }

  @Test
  void fiftyEmojiAreFiftyCharactersUnlessTheNameIsCountedInUtf16Units() {
    JsonObject body = MockFixture.notStartedBody(NOT_STARTED, "😀".repeat(50));
    try (MockServer codePoints = MockFixture.startMock();
        MockServer utf16 = start(Readings.defaults().with(Silence.TASK_NAME_LENGTH_UNIT, "utf-16-units"))) {
      assertThat(MockFixture.edit(codePoints, body).code()).isEqualTo("10000");
      assertThat(MockFixture.edit(utf16, body).code()).isEqualTo("29002");
      assertThat(MockFixture.edit(utf16, MockFixture.notStartedBody(NOT_STARTED, "😀".repeat(25))).code())
          .isEqualTo("10000");
    }
  }
}
