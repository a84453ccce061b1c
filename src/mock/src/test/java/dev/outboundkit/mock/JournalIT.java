package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOW;
import static dev.outboundkit.mock.MockFixture.TS;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static dev.outboundkit.mock.MockFixture.phoneGroups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journal: each request the mock read, in order, with what it answered; verify counts them. */
class JournalIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension(() -> MockFixture.builder().controlApi(true).build().start());

  private static MockServer mock() {
    return MOCK.server();
  }

  @BeforeEach
  void empty() {
    mock().clearRequests();
  }

  @Test
  void eachRequestIsRecordedInOrderWithWhatWasAnswered() {
    edit(mock(), notStartedBody(NOT_STARTED, "记下的名字"));
    phoneGroups(mock(), "?taskId=" + IN_PROGRESS);
    MockFixture.get(mock(), "/nowhere", Map.of());

    List<RecordedRequest> requests = mock().requests();

    assertThat(requests).hasSize(3);
    RecordedRequest edit = requests.get(0);
    assertThat(edit.time()).isEqualTo(NOW);
    assertThat(edit.method()).isEqualTo("POST");
    assertThat(edit.path()).isEqualTo(MockServer.EDIT_PATH);
    assertThat(edit.isEdit()).isTrue();
    assertThat(edit.taskId()).hasValue(NOT_STARTED);
    assertThat(edit.body()).contains("\"taskName\":\"记下的名字\"");
    assertThat(edit.header("APPID")).contains(APP_ID);
    assertThat(edit.header("timestamp")).contains(Long.toString(TS));
    assertThat(edit.httpStatus()).isEqualTo(200);
    assertThat(edit.resultCode()).isEqualTo("10000");
    assertThat(edit.diagnosis()).isEmpty();
    assertThat(edit.fault()).isEmpty();
    assertThat(requests.get(1).isReadBack()).isTrue();
    assertThat(requests.get(1).query()).isEqualTo("taskId=" + IN_PROGRESS);
    assertThat(requests.get(1).taskId()).hasValue(IN_PROGRESS);
    assertThat(requests.get(2).httpStatus()).isEqualTo(404);
    assertThat(requests.get(2).resultCode()).isEmpty();
  }

  @Test
  void theSignIsKeptShortenedNeverWhole() {
    edit(mock(), inProgressBody(IN_PROGRESS));
    String sign = MockFixture.sign(TS);

    RecordedRequest request = mock().requests().get(0);

    assertThat(request.header("sign")).contains(sign.substring(0, 8) + "…(" + sign.length() + " characters)");
    assertThat(request.toString()).doesNotContain(sign.substring(0, 9));
  }

  @Test
  void theControlApiIsNotRecorded() {
    MockFixture.get(mock(), "/__control/tasks", Map.of());

    assertThat(mock().requests()).isEmpty();
  }

  @Test
  void verifyPassesOnTheExactCountAndFailsNamingWhatItSaw() {
    edit(mock(), notStartedBody(NOT_STARTED, "一次"));
    edit(mock(), inProgressBody(IN_PROGRESS));

    mock().verify(1, RequestPattern.editsOf(NOT_STARTED));
    mock().verify(2, RequestPattern.edits());
    mock().verify(0, RequestPattern.readBacks());
    mock().verify(1, RequestPattern.edits().withBody(body -> body.contains("一次")));
    mock().verify(2, RequestPattern.anyRequest().from(APP_ID).withResultCode("10000"));
    assertThatThrownBy(() -> mock().verify(2, RequestPattern.editsOf(NOT_STARTED)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("expected 2 requests that are an edit of task 121, found 1 among the 2 recorded:")
        .hasMessageContaining("* " + NOW + " POST " + MockServer.EDIT_PATH + " (task 121) -> HTTP 200 10000");
  }

  @Test
  void verifyingNoRequestAtAllFailsWhenOneCame() {
    mock().verify(0, RequestPattern.anyRequest());
    phoneGroups(mock(), "?taskId=" + NOT_STARTED);

    assertThatThrownBy(() -> mock().verify(0, RequestPattern.anyRequest()))
        .hasMessageStartingWith("expected 0 requests that are any request, found 1");
  }

  @Test
  void theControlApiShowsAndClearsTheJournal() {
    edit(mock(), inProgressBody(IN_PROGRESS));

    JsonObject shown = MockFixture.get(mock(), "/__control/requests", Map.of()).json();
    JsonArray requests = shown.getAsJsonArray("requests");
    assertThat(requests).hasSize(1);
    JsonObject request = requests.get(0).getAsJsonObject();
    assertThat(request.get("path").getAsString()).isEqualTo(MockServer.EDIT_PATH);
    assertThat(request.get("resultCode").getAsString()).isEqualTo("10000");
    assertThat(request.get("taskId").getAsLong()).isEqualTo(IN_PROGRESS);
    assertThat(request.get("time").getAsString()).isEqualTo(NOW.toString());
    assertThat(request.getAsJsonObject("bodyJson").get("taskId").getAsLong()).isEqualTo(IN_PROGRESS);
    assertThat(request.getAsJsonObject("headers").getAsJsonArray("sign").get(0).getAsString()).contains("…(");
    assertThat(MockFixture.get(mock(), "/__control/requests?appId=nobody", Map.of()).json()
        .getAsJsonArray("requests")).isEmpty();

    assertThat(RawHttp.exchange(mock().port(), "DELETE /__control/requests HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .status()).isEqualTo(200);
    assertThat(mock().requests()).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsShownAsTextAndParsedAsNull() {
    edit(mock(), "{\"taskId\": 121,");

    JsonObject request = MockFixture.get(mock(), "/__control/requests", Map.of()).json()
        .getAsJsonArray("requests").get(0).getAsJsonObject();
    assertThat(request.get("body").getAsString()).isEqualTo("{\"taskId\": 121,");
    assertThat(request.get("bodyJson").isJsonNull()).isTrue();
  }

  @Test
  void aSmallJournalKeepsTheLastRequestsAndVerifySaysSomeFellOut() {
    try (MockServer small = MockFixture.builder().journalSize(2).build().start()) {
      for (int i = 0; i < 3; i++) {
        phoneGroups(small, "?taskId=" + NOT_STARTED);
      }

      assertThat(small.requests()).hasSize(2);
      assertThatThrownBy(() -> small.verify(3, RequestPattern.readBacks()))
          .hasMessageContaining("1 older ones fell out of the journal, which keeps 2: raise journalSize");
    }
  }

  @Test
  void withTheJournalOffItRecordsNothingAndSaysSo() {
    try (MockServer off = MockFixture.builder().journalSize(0).controlApi(true).build().start()) {
      phoneGroups(off, "?taskId=" + NOT_STARTED);

      assertThatThrownBy(off::requests).isInstanceOf(IllegalStateException.class).hasMessageContaining("journal is off");
      assertThat(MockFixture.get(off, "/__control/requests", Map.of()).status()).isEqualTo(409);
    }
  }
}
