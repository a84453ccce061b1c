package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.CLOCK;
import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NUMBER_GROUP_2;
import static dev.outboundkit.mock.MockFixture.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.CommunicateBaseVo;
import dev.outboundkit.generated.model.ExecTimeOpenDto;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupListVo;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.generated.model.SendNumberStrategy;
import dev.outboundkit.testing.PageExamples;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Round trips through the client generated from the spec: edit, then read back. */
class GeneratedClientRoundTripIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static OutboundTaskApi api;

  @BeforeAll
  static void connect() {
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new SigningInterceptor(APP_ID, new RSASigner(MockFixture.PRIVATE_KEY), CLOCK))
        .build();
    api = new ApiClient(MOCK.server().baseUrl(), http).createService(OutboundTaskApi.class);
  }

  @Test
  void aNotStartedEditIsStoredAndReadBack() throws IOException {
    NotStartedTaskEdit body = PageExamples.notStarted()
        .taskId(NOT_STARTED)
        .taskName("客户端改的名字")
        .taskDesc(null)
        .sendNumberStrategy(SendNumberStrategy.PREDICTIVE)
        .multiplyPower(null)
        .acw(180);
    ExecTimeOpenDto window = body.getTaskExecTimes().get(0);

    CommunicateBaseVo answer = api.editTask(body).execute().body();

    assertThat(answer.getCode()).isEqualTo(ResultCode.SUCCESS);
    assertThat(answer.getData()).isTrue();
    Task task = MOCK.server().task(NOT_STARTED);
    assertThat(task.taskName()).isEqualTo("客户端改的名字");
    assertThat(task.field("taskExecStartDate"))
        .contains(new JsonPrimitive(body.getTaskExecStartDate().toString()));
    JsonObject stored = new JsonObject();
    stored.addProperty("taskExecTimeStartStr", window.getTaskExecTimeStartStr());
    stored.addProperty("taskExecTimeEndStr", window.getTaskExecTimeEndStr());
    JsonArray times = new JsonArray();
    times.add(stored);
    assertThat(task.field("taskExecTimes")).contains(times);
    assertThat(task.field("taskDesc")).isEmpty();
    assertThat(task.field("sendNumberStrategy")).contains(new JsonPrimitive(1));
    assertThat(task.field("abandonmentRate")).contains(new JsonPrimitive(body.getAbandonmentRate()));
    assertThat(task.field("multiplyPower")).isEmpty();
    assertThat(task.field("acw")).contains(new JsonPrimitive(180));

    PhoneGroupListVo readBack = api.getPhoneGroups(NOT_STARTED).execute().body();

    assertThat(readBack.getCode()).isEqualTo(ResultCode.SUCCESS);
    assertThat(JSON.getGson().toJsonTree(readBack.getData())).isEqualTo(JSON.getGson().toJsonTree(body.getOutboundPhoneGroups()));
  }

  @Test
  void anInProgressEditIsStoredAndReadBack() throws IOException {
    for (long id : List.of(IN_PROGRESS, PAUSED)) {
      InProgressTaskEdit body = PageExamples.inProgress()
          .taskId(id)
          .outboundNumberGroupId(NUMBER_GROUP_2)
          .multiplyPower(7);
      body.getOutboundPhoneGroups().get(0).name("进行中批次-" + id);

      assertThat(api.editTask(body).execute().body().getCode()).isEqualTo(ResultCode.SUCCESS);

      List<PhoneGroupVo> groups = api.getPhoneGroups(id).execute().body().getData();
      assertThat(groups).extracting(PhoneGroupVo::getName).containsExactly("进行中批次-" + id);
      assertThat(MOCK.server().task(id).field("multiplyPower")).contains(new JsonPrimitive(7));
      assertThat(MOCK.server().task(id).outboundNumberGroupId()).isEqualTo(NUMBER_GROUP_2);
    }
  }

  @Test
  void aRefusalReachesTheClientAsItsResultCode() throws IOException {
    InProgressTaskEdit body = PageExamples.inProgress().taskId(COMPLETED);

    CommunicateBaseVo answer = api.editTask(body).execute().body();

    assertThat(answer.getCode()).isEqualTo(ResultCode.REQUEST_FAILED);
    assertThat(answer.getData()).isFalse();
  }

  @Test
  void anUnknownTaskReadBackIsRequestFailedWithNoData() throws IOException {
    PhoneGroupListVo answer = api.getPhoneGroups(MockFixture.MISSING).execute().body();

    assertThat(answer.getCode()).isEqualTo(ResultCode.REQUEST_FAILED);
    assertThat(answer.getData()).isNull();
  }
}
