package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.batches;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.phoneGroup;
import static dev.outboundkit.mock.MockFixture.phoneGroups;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneGroupsIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  @Test
  void theFixtureBatchIsReadBack() {
    MockFixture.Reply reply = phoneGroups(MOCK.server(), "?taskId=" + NOT_STARTED);

    assertThat(reply.json().toString()).isEqualTo("{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":"
        + "[{\"name\":\"本人\",\"identify\":\"default\",\"autoOutboundSwitch\":1,"
        + "\"autoOutboundInterval\":30,\"autoOutboundTimes\":2}]}");
  }

  @Test
  void theBatchIsReadBackAsLastEdited() {
    JsonObject body = inProgressBody(IN_PROGRESS);
    body.add("outboundPhoneGroups", batches(phoneGroup("同事", 0)));
    assertThat(edit(MOCK.server(), body).code()).isEqualTo("10000");

    JsonArray data = phoneGroups(MOCK.server(), "?taskId=" + IN_PROGRESS).data().getAsJsonArray();

    assertThat(data.toString()).isEqualTo("[{\"name\":\"同事\",\"identify\":\"default\",\"autoOutboundSwitch\":0}]");
  }

  @Test
  void aCompletedTasksBatchCanBeRead() {
    assertThat(phoneGroups(MOCK.server(), "?taskId=" + COMPLETED).code()).isEqualTo("10000");
  }

  @Test
  void anUnknownTaskIsRefusedWith20001AndNoData() {
    MockFixture.Reply reply = phoneGroups(MOCK.server(), "?taskId=" + MockFixture.MISSING);

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.data().isJsonNull()).isTrue();
  }

  @Test
  void aMissingTaskIdIsRefusedWith29002() {
    MockFixture.Reply reply = phoneGroups(MOCK.server(), "");

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskId is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"?taskId=abc", "?taskId=1.5", "?taskId=", "?taskId=99999999999999999999", "?taskid=121"})
  void aTaskIdThatIsNotAnIntegerIsRefusedWith29002(String query) {
    MockFixture.Reply reply = phoneGroups(MOCK.server(), query);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("taskId");
  }

  @Test
  void anEncodedTaskIdIsDecoded() {
    assertThat(phoneGroups(MOCK.server(), "?other=1&task%49d=121").code()).isEqualTo("10000");
  }

  @Test
  void postIsNotAllowedOnTheReadBack() {
    assertThat(MockFixture.post(MOCK.server(), MockServer.PHONE_GROUPS_PATH + "?taskId=121", "",
        MockFixture.signedHeaders()).status()).isEqualTo(405);
  }
}
