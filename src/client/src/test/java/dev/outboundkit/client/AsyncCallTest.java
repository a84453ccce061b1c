package dev.outboundkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.exception.RequestValidationException;
import dev.outboundkit.exception.SystemErrorException;
import dev.outboundkit.exception.VendorTimeoutException;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.testing.PageExamples;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;

/** The asynchronous calls: the same results, the same exceptions, the same retries, and no thread kept waiting. */
class AsyncCallTest {
  private static final long WAIT_SECONDS = 10;

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final RecordingTimer timer = RecordingTimer.immediate();

  private OutboundClient.Builder builder() {
    return TestClients.recordingWaits(server, timer);
  }

  private static <T> T result(CompletableFuture<T> future) throws Exception {
    return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** @return what the future failed with, as the docs' example unwraps it from join() */
  private static Throwable failure(CompletableFuture<?> future) {
    try {
      future.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("the future did not fail");
  }

  @Test
  void eachAsyncCallReturnsWhatItsSyncCallReturns() throws Exception {
    server.enqueue(Answers.success());
    server.enqueue(Answers.success());
    server.enqueue(Answers.phoneGroups());
    OutboundClient client = builder().build();

    assertThat(result(client.editNotStartedTaskAsync(PageExamples.notStarted())))
        .isEqualTo(new ApiResult<>("10000", "请求成功", true, 200));
    assertThat(result(client.editInProgressTaskAsync(PageExamples.inProgress())))
        .isEqualTo(new ApiResult<>("10000", "请求成功", true, 200));
    ApiResult<List<PhoneGroupVo>> groups = result(client.getPhoneGroupsAsync(121L));
    assertThat(groups.data()).extracting(PhoneGroupVo::getName).containsExactly("本人");
    assertThat(server.takeRequest().getUrl().encodedPath()).endsWith("/task/outbound/edit");
    assertThat(server.takeRequest().getUrl().encodedPath()).endsWith("/task/outbound/edit");
    assertThat(server.takeRequest().getUrl().query()).isEqualTo("taskId=121");
  }

  @Test
  void asyncCallIsRetriedOnTheTimerWithAFreshSignEachTime() throws Exception {
    server.enqueue(Answers.code("29008"));
    server.enqueue(Answers.gatewayPage(503));
    server.enqueue(Answers.success());

    ApiResult<Boolean> result = result(builder().build().editInProgressTaskAsync(PageExamples.inProgress()));

    assertThat(result.data()).isTrue();
    assertThat(timer.schedules()).hasSize(2);
    assertThat(timer.sleeps()).as("no thread sleeps for an asynchronous call").isEmpty();
    assertThat(List.of(server.takeRequest(), server.takeRequest(), server.takeRequest()))
        .extracting(r -> r.getHeaders().get(SigningInterceptor.SIGN_HEADER))
        .doesNotHaveDuplicates();
  }

  @Test
  void asyncRefusalFailsTheFutureWithItsExceptionAfterOneAttempt() {
    server.enqueue(Answers.code("20001"));
    server.enqueue(Answers.success());

    CompletableFuture<ApiResult<Boolean>> future = builder().build().editNotStartedTaskAsync(PageExamples.notStarted());

    assertThat(failure(future)).isExactlyInstanceOf(RequestFailedException.class);
    assertThatThrownBy(() -> future.get()).isInstanceOf(ExecutionException.class)
        .hasCauseExactlyInstanceOf(RequestFailedException.class);
    assertThat(server.getRequestCount()).isOne();
  }

  @Test
  void asyncFailureAfterTheLastRetryIsTheLastAttemptsWithTheEarlierSuppressed() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Answers.code("29008"));
    }

    Throwable thrown = failure(builder().build().getPhoneGroupsAsync(121L));

    assertThat(thrown).isExactlyInstanceOf(SystemErrorException.class).hasMessageEndingWith("(after 3 attempts)");
    assertThat(thrown.getSuppressed()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void asyncTimeoutIsRetriedThenAVendorTimeout() {
    server.enqueue(Answers.silence());
    server.enqueue(Answers.silence());

    Throwable thrown = failure(builder().readTimeout(Duration.ofMillis(200)).build()
        .editInProgressTaskAsync(PageExamples.inProgress(), RequestOptions.builder().maxRetries(1).build()));

    assertThat(thrown).isInstanceOf(VendorTimeoutException.class).hasMessageContaining("read it back");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncAuthenticationFailureCarriesTheSameHints() {
    server.enqueue(Answers.code("10001"));

    Throwable thrown = failure(builder().build().getPhoneGroupsAsync(121L));

    assertThat(thrown).isInstanceOfSatisfying(AuthenticationFailedException.class,
        e -> assertThat(e.keyFingerprint()).contains("616c82fccbd52be8"));
  }

  @Test
  void asyncBodyThatBreaksTheSpecFailsTheFutureAndSendsNothing() {
    CompletableFuture<ApiResult<Boolean>> future = builder().build()
        .editNotStartedTaskAsync(PageExamples.notStarted().acw(181));

    assertThat(failure(future)).isInstanceOf(RequestValidationException.class).hasMessageContaining("acw");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncAnswerOfTheWrongShapeIsNonJsonAndNotRetried() {
    server.enqueue(new MockResponse.Builder()
        .body("{\"code\":\"10000\",\"message\":\"ok\",\"data\":{\"a\":1}}").build());

    Throwable thrown = failure(builder().build().editNotStartedTaskAsync(PageExamples.notStarted()));

    assertThat(thrown).isInstanceOf(NonJsonResponseException.class)
        .hasMessageContaining("the answer does not fit the spec: Expected a boolean")
        .hasMessageNotContaining("\n");
    assertThat(server.getRequestCount()).isOne();
  }

  @Test
  void cancellingTheFutureDuringTheWaitSendsNoFurtherAttempt() throws InterruptedException {
    RecordingTimer holding = RecordingTimer.holding();
    RecordingLogger log = new RecordingLogger();
    server.enqueue(Answers.code("29008"));
    server.enqueue(Answers.success());
    CompletableFuture<ApiResult<Boolean>> future = builder().retryTimer(holding).attemptLog(log).build()
        .editInProgressTaskAsync(PageExamples.inProgress());
    holding.awaitFirstSchedule();

    future.cancel(true);
    assertThat(holding.runHeld()).isOne();

    assertThat(future).isCancelled();
    // The held attempt ran on this thread: had it been sent, its line would be here by now.
    assertThat(log.lines()).noneMatch(line -> line.contains("attempt 2"));
    assertThat(server.getRequestCount()).isOne();
  }

  @Test
  void retrySendsTheBytesOfTheFirstAttemptEvenIfTheBodyChangedMeanwhile() throws Exception {
    RecordingTimer holding = RecordingTimer.holding();
    server.enqueue(Answers.code("29008"));
    server.enqueue(Answers.success());
    InProgressTaskEdit body = PageExamples.inProgress();
    CompletableFuture<ApiResult<Boolean>> future = builder().retryTimer(holding).build().editInProgressTaskAsync(body);
    holding.awaitFirstSchedule();

    body.taskId(body.getTaskId() + 1);
    assertThat(holding.runHeld()).isOne();

    assertThat(result(future).data()).isTrue();
    assertThat(server.takeRequest().getBody()).isEqualTo(server.takeRequest().getBody());
  }

  @Test
  void theClientsOwnTimerSchedulesTheNextAttemptWithoutWaiting() throws Exception {
    server.enqueue(Answers.code("29008"));
    server.enqueue(Answers.success());
    // The real timer, drawing a zero backoff: the retry goes through the shared scheduler.
    OutboundClient client = TestClients.against(server).jitter(Jitter.LOWEST).build();

    assertThat(result(client.editInProgressTaskAsync(PageExamples.inProgress())).data()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
