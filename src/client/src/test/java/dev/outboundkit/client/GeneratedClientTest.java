package dev.outboundkit.client;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.CommunicateBaseVo;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.testing.PageExamples;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated Retrofit client and its templates, against a local fake server. */
class GeneratedClientTest {
  private static final String SUCCESS = "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private OutboundTaskApi api;
  private RSASigner signer;

  @BeforeEach
  void setUp() {
    signer = new RSASigner(TestKeys.privateKey());
    Clock fixed = Clock.fixed(Instant.ofEpochMilli(TestKeys.TIMESTAMP), ZoneOffset.UTC);
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new SigningInterceptor(TestKeys.APP_ID, signer, fixed))
        .build();
    api = new ApiClient(server.url("/").toString(), http).createService(OutboundTaskApi.class);
  }

  @Test
  void notStartedPageExampleIsSentAsThePageShowsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    CommunicateBaseVo answer = api.editTask(PageExamples.notStarted()).execute().body();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(ApiSpec.bundled().path("editTask"));
    assertThat(JsonParser.parseString(request.getBody().utf8()))
        .isEqualTo(PageExamples.notStartedJson());
    assertThat(answer.getCode()).isEqualTo(ResultCode.SUCCESS);
    assertThat(answer.getData()).isTrue();
  }

  @Test
  void inProgressPageExampleIsSentAsThePageShowsIt() throws Exception {
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    api.editTask(PageExamples.inProgress()).execute();

    assertThat(JsonParser.parseString(server.takeRequest().getBody().utf8()))
        .isEqualTo(PageExamples.inProgressJson());
  }

  @Test
  void everyRequestCarriesTheThreeSignedHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"code\":\"10000\",\"message\":\"ok\",\"data\":[]}").build());

    api.getPhoneGroups(121L).execute();

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("taskId")).isEqualTo("121");
    assertThat(request.getHeaders().get("appId")).isEqualTo(TestKeys.APP_ID);
    assertThat(request.getHeaders().get("timestamp")).isEqualTo("1586314097995");
    assertThat(request.getHeaders().get("sign"))
        .isEqualTo(dev.outboundkit.auth.RequestSigning.sign(signer, TestKeys.APP_ID, Long.toString(TestKeys.TIMESTAMP)))
        .hasSize(344);
  }

  @Test
  void chineseTextIsSentUnescaped() throws Exception {
    server.enqueue(new MockResponse.Builder().body(SUCCESS).build());

    api.editTask(PageExamples.notStarted()).execute();

    assertThat(server.takeRequest().getBody().utf8()).contains("自动外呼任务名称").doesNotContain("\\u");
  }

  @Test
  void unionIsSealedToTheTwoVariants() {
    assertThat(EditTaskRequest.class.isSealed()).isTrue();
    assertThat(EditTaskRequest.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(NotStartedTaskEdit.class, InProgressTaskEdit.class);
  }

  @Test
  void inProgressVariantCannotCarryNotStartedFields() {
    assertThat(Arrays.stream(InProgressTaskEdit.class.getMethods()).map(m -> m.getName()))
        .doesNotContain("taskName", "acw", "maxRingingDuration", "skillSetId", "taskExecTimes");
  }

  @Test
  void unionReadsNotStartedJsonAsNotStartedVariant() {
    EditTaskRequest read = JSON.getGson().fromJson(PageExamples.notStartedJson(), EditTaskRequest.class);

    assertThat(read).isEqualTo(PageExamples.notStarted());
  }

  @Test
  void unionReadsInProgressJsonAsInProgressVariant() {
    EditTaskRequest read = JSON.getGson().fromJson(PageExamples.inProgressJson(), EditTaskRequest.class);

    assertThat(read).isEqualTo(PageExamples.inProgress());
  }

  @Test
  void unionRefusesJsonFittingNoVariant() {
    JsonObject neither = PageExamples.inProgressJson();
    neither.addProperty("acw", 10);

    assertThatThrownBy(() -> JSON.getGson().fromJson(neither, EditTaskRequest.class))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining("fits no variant")
        .hasMessageContaining("NotStartedTaskEdit requires taskName")
        .hasMessageContaining("InProgressTaskEdit does not define acw");
  }

  @Test
  void variantsAreMutuallyExclusive() {
    // A full not-started body carries taskName, which the closed in-progress schema forbids,
    // and an in-progress body lacks it: no JSON fits both.
    assertThat(InProgressTaskEdit.shapeMismatches(PageExamples.notStartedJson())).isNotEmpty();
    assertThat(NotStartedTaskEdit.shapeMismatches(PageExamples.inProgressJson())).isNotEmpty();
  }

  @Test
  void unionWritesTheVariantNotAnEmptyObject() {
    String json = JSON.getGson().toJson(PageExamples.inProgress(), EditTaskRequest.class);

    assertThat(JsonParser.parseString(json)).isEqualTo(PageExamples.inProgressJson());
  }
}
