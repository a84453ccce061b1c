package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.inProgressBody;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static dev.outboundkit.mock.MockFixture.phoneGroups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Injected faults, each as a client meets it on the wire, and each in the journal. */
class FaultsIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension(() -> MockFixture.builder().controlApi(true).build().start());

  private static MockServer mock() {
    return MOCK.server();
  }

  @BeforeEach
  void clean() {
    mock().clearFaults();
    mock().clearRequests();
  }

  private static Task fixture(long id) {
    return mock().fixtures().task(id).orElseThrow();
  }

  private static RecordedRequest last() {
    List<RecordedRequest> all = mock().requests();
    return all.get(all.size() - 1);
  }

  @Test
  void aResultCodeStandsForTheAnswerOnceAndChangesNothing() {
    mock().inject(Fault.resultCode("29008").times(1));

    MockFixture.Reply faulted = edit(mock(), notStartedBody(NOT_STARTED, "不会写入"));

    assertThat(faulted.json().toString()).isEqualTo("{\"code\":\"29008\",\"message\":\"系统异常\",\"data\":false}");
    assertThat(mock().task(NOT_STARTED)).isEqualTo(fixture(NOT_STARTED));
    assertThat(last().resultCode()).isEqualTo("29008");
    assertThat(last().fault()).contains("resultCode 29008");
    assertThat(edit(mock(), notStartedBody(NOT_STARTED, "这次写入")).code()).isEqualTo("10000");
  }

  @Test
  void aResultCodeOnAReadBackCarriesTheReadBacksRefusedData() {
    mock().inject(Fault.resultCode("20001", "任务不存在"));

    MockFixture.Reply reply = phoneGroups(mock(), "?taskId=" + NOT_STARTED);

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).isEqualTo("任务不存在");
    assertThat(reply.data().isJsonNull()).isTrue();
  }

  @Test
  void anHttpErrorIsAGatewaysHtmlPage() {
    mock().inject(Fault.httpError(503));

    RawHttp.Response response = RawHttp.exchange(mock().port(), RawHttp.edit(inProgressBody(IN_PROGRESS).toString(),
        MockFixture.signedHeaders()));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Content-Type")).startsWith("text/html");
    assertThat(response.body()).contains("<h1>503 Service Unavailable</h1>");
    assertThat(mock().task(IN_PROGRESS)).isEqualTo(fixture(IN_PROGRESS));
    assertThat(last().httpStatus()).isEqualTo(503);
    assertThat(last().resultCode()).isEmpty();
  }

  @Test
  void aConnectionResetIsAnRstAndAppliesNothing() throws Exception {
    mock().inject(Fault.connectionReset());

    try (Socket socket = RawHttp.connect(mock().port())) {
      socket.getOutputStream().write(RawHttp.edit(notStartedBody(NOT_STARTED, "重置").toString(),
          MockFixture.signedHeaders()).getBytes(StandardCharsets.UTF_8));
      InputStream in = socket.getInputStream();
      assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessageContaining("reset");
    }
    assertThat(mock().task(NOT_STARTED)).isEqualTo(fixture(NOT_STARTED));
    assertThat(last().httpStatus()).isZero();
    assertThat(last().fault()).contains("connectionReset");
  }

  @Test
  void noAnswerAppliesTheEditAndHoldsTheAnswerUntilTheClientGivesUp() {
    mock().inject(Fault.noAnswer().times(1));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mock().baseUrl() + MockServer.EDIT_PATH))
        .timeout(Duration.ofMillis(300)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(notStartedBody(NOT_STARTED, "已写入").toString()));
    MockFixture.signedHeaders().forEach(request::header);

    assertThatThrownBy(() -> MockFixture.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(mock().task(NOT_STARTED).taskName()).isEqualTo("已写入");
    assertThat(last().httpStatus()).isZero();
    assertThat(last().resultCode()).isEmpty();
    assertThat(last().fault()).contains("noAnswer: the answer (HTTP 200, 10000) was held back");
  }

  @Test
  void aTruncatedAnswerPromisesMoreBytesThanItSendsAndTheEditIsApplied() throws Exception {
    mock().inject(Fault.truncated());

    RawHttp.Response response = RawHttp.exchange(mock().port(), RawHttp.edit(notStartedBody(NOT_STARTED, "截断").toString(),
        MockFixture.signedHeaders()));

    int promised = Integer.parseInt(response.header("Content-Length"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(promised);
    assertThat(mock().task(NOT_STARTED).taskName()).isEqualTo("截断");
    assertThat(last().fault().orElseThrow()).startsWith("truncated: the answer (10000) was cut after " + promised / 2
        + " of " + promised + " bytes");
  }

  @Test
  void delayedAnswersHoldNoThreadWhileTheyWait() throws Exception {
    int delayed = 4;
    try (MockServer twoThreads = MockFixture.builder().threads(2).build().start()) {
      twoThreads.inject(Fault.delay(Duration.ofSeconds(3)).forTask(NOT_STARTED));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(twoThreads.baseUrl() + MockServer.EDIT_PATH))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(notStartedBody(NOT_STARTED, "迟到").toString()));
      MockFixture.signedHeaders().forEach(request::header);
      List<CompletableFuture<HttpResponse<String>>> late = new ArrayList<>();
      for (int i = 0; i < delayed; i++) {
        late.add(MockFixture.HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
      }

      // The journal records a request when the mock has decided on it: all of them are waiting now.
      for (int wait = 0; twoThreads.requests(RequestPattern.editsOf(NOT_STARTED)).size() < delayed; wait++) {
        assertThat(wait).as("tenths of a second waited for the delayed requests to arrive").isLessThan(100);
        Thread.sleep(100);
      }
      // More delayed answers than handler threads: had a delay held a thread, these would be
      // answered only after the delayed ones.
      for (int i = 0; i < 5; i++) {
        assertThat(edit(twoThreads, inProgressBody(IN_PROGRESS)).code()).isEqualTo("10000");
      }
      assertThat(late).noneMatch(CompletableFuture::isDone);
      for (CompletableFuture<HttpResponse<String>> answer : late) {
        assertThat(answer.get().body()).contains("\"code\":\"10000\"");
      }
      assertThat(twoThreads.requests(RequestPattern.editsOf(NOT_STARTED))).hasSize(delayed).allSatisfy(edit -> {
        assertThat(edit.fault()).contains("delay 3000 ms");
        assertThat(edit.resultCode()).isEqualTo("10000");
      });
    }
  }

  @Test
  void aFaultForATaskLeavesOtherTasksAlone() {
    mock().inject(Fault.resultCode("29008").forTask(IN_PROGRESS));

    assertThat(edit(mock(), notStartedBody(NOT_STARTED, "别的任务")).code()).isEqualTo("10000");
    assertThat(edit(mock(), inProgressBody(IN_PROGRESS)).code()).isEqualTo("29008");
    assertThat(phoneGroups(mock(), "?taskId=" + IN_PROGRESS).code()).isEqualTo("29008");
  }

  @Test
  void aFaultForAPathOrAnAppIdLeavesOthersAlone() {
    mock().inject(Fault.resultCode("29008").forPath(MockServer.PHONE_GROUPS_PATH));
    mock().inject(Fault.resultCode("20001").forAppId("someone-else"));

    assertThat(edit(mock(), inProgressBody(IN_PROGRESS)).code()).isEqualTo("10000");
    assertThat(phoneGroups(mock(), "?taskId=" + IN_PROGRESS).code()).isEqualTo("29008");
  }

  @Test
  void aFaultWithoutACountHoldsUntilCleared() {
    mock().inject(Fault.resultCode("29008"));
    for (int i = 0; i < 3; i++) {
      assertThat(phoneGroups(mock(), "?taskId=" + IN_PROGRESS).code()).isEqualTo("29008");
    }

    mock().clearFaults();

    assertThat(phoneGroups(mock(), "?taskId=" + IN_PROGRESS).code()).isEqualTo("10000");
  }

  @Test
  void aFaultForOneRequestPlaysOnExactlyOneOfManyAtOnce() throws Exception {
    mock().inject(Fault.resultCode("29008").times(1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> codes = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        codes.add(pool.submit(() -> phoneGroups(mock(), "?taskId=" + IN_PROGRESS).code()));
      }
      List<String> seen = new ArrayList<>();
      for (Future<String> code : codes) {
        seen.add(code.get());
      }
      assertThat(seen).containsOnlyOnce("29008").filteredOn("10000"::equals).hasSize(23);
    } finally {
      pool.shutdownNow();
    }
    mock().verify(1, RequestPattern.readBacks().withResultCode("29008"));
  }

  @Test
  void theControlApiInjectsListsAndClearsFaultsAndIsNeverFaulted() throws Exception {
    MockFixture.Reply injected = MockFixture.post(mock(), "/__control/faults",
        "{\"fault\": \"resultCode\", \"code\": \"29008\", \"times\": 1, \"taskId\": " + IN_PROGRESS + "}", Map.of());
    assertThat(injected.status()).isEqualTo(200);
    assertThat(injected.json().getAsJsonArray("faults").get(0).getAsString())
        .isEqualTo("resultCode 29008 for task " + IN_PROGRESS + ", 1 time");
    assertThat(edit(mock(), inProgressBody(IN_PROGRESS)).code()).isEqualTo("29008");
    assertThat(edit(mock(), inProgressBody(IN_PROGRESS)).code()).isEqualTo("10000");

    MockFixture.post(mock(), "/__control/faults", "{\"fault\": \"connectionReset\"}", Map.of());
    assertThat(MockFixture.get(mock(), "/__control/faults", Map.of()).json().getAsJsonArray("faults")).hasSize(1);
    RawHttp.Response cleared = RawHttp.exchange(mock().port(),
        "DELETE /__control/faults HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().getAsJsonObject().getAsJsonArray("faults")).isEmpty();
    assertThat(edit(mock(), inProgressBody(IN_PROGRESS)).code()).isEqualTo("10000");
  }

  @Test
  void aBadFaultIsRefusedWith400InOneLine() {
    MockFixture.Reply unknown = MockFixture.post(mock(), "/__control/faults", "{\"fault\": \"explode\"}", Map.of());
    MockFixture.Reply noCode = MockFixture.post(mock(), "/__control/faults", "{\"fault\": \"resultCode\"}", Map.of());
    MockFixture.Reply badStatus = MockFixture.post(mock(), "/__control/faults",
        "{\"fault\": \"httpError\", \"status\": 99999999999}", Map.of());

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("error").getAsString()).startsWith("\"fault\" is one of resultCode, delay");
    assertThat(noCode.json().get("error").getAsString()).isEqualTo("a resultCode fault needs \"code\"");
    assertThat(badStatus.json().get("error").getAsString()).contains("out of range");
    assertThat(MockFixture.get(mock(), "/__control/faults", Map.of()).json().getAsJsonArray("faults")).isEmpty();
  }
}
