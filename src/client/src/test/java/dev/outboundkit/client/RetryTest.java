package dev.outboundkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.ParameterErrorException;
import dev.outboundkit.exception.PublicKeyNotFoundException;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.exception.SystemErrorException;
import dev.outboundkit.exception.TransportException;
import dev.outboundkit.exception.UnexpectedResponseException;
import dev.outboundkit.exception.UnknownResultCodeException;
import dev.outboundkit.exception.VendorTimeoutException;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.TestKeys;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;

/** The synchronous calls' retries, against a local server: what is sent again, how, and after how long. */
class RetryTest {
  private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(TestKeys.TIMESTAMP), ZoneOffset.UTC);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final RecordingTimer timer = RecordingTimer.immediate();

  private OutboundClient.Builder builder() {
    return TestClients.recordingWaits(server, timer);
  }

  private void answer(MockResponse... answers) {
    for (MockResponse answer : answers) {
      server.enqueue(answer);
    }
  }

  private List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      requests.add(server.takeRequest());
    }
    return requests;
  }

  @Test
  void systemErrorIsRetriedUntilASuccess() {
    answer(Answers.code("29008"), Answers.code("29008"), Answers.success());

    ApiResult<Boolean> result = builder().build().editInProgressTask(PageExamples.inProgress());

    assertThat(result).isEqualTo(new ApiResult<>("10000", "请求成功", true, 200));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(timer.sleeps()).hasSize(2);
  }

  static Stream<Arguments> retriedFailures() {
    return Stream.of(
        Arguments.of(Answers.code("29008"), SystemErrorException.class, 200),
        Arguments.of(Answers.code("29008", 503), SystemErrorException.class, 503),
        Arguments.of(Answers.gatewayPage(408), NonJsonResponseException.class, 408),
        Arguments.of(Answers.gatewayPage(429), NonJsonResponseException.class, 429),
        Arguments.of(Answers.gatewayPage(502), NonJsonResponseException.class, 502),
        Arguments.of(Answers.gatewayPage(503), NonJsonResponseException.class, 503),
        Arguments.of(Answers.gatewayPage(504), NonJsonResponseException.class, 504),
        Arguments.of(Answers.code("10000", 503), UnexpectedResponseException.class, 503),
        Arguments.of(Answers.code("39999", 502), UnknownResultCodeException.class, 502));
  }

  @ParameterizedTest(name = "{1} HTTP {2}")
  @MethodSource("retriedFailures")
  void retriedFailureIsSentMaxRetriesTimesMoreThenThrown(MockResponse failure, Class<?> type, int status) {
    answer(failure, failure, failure, Answers.success());

    Throwable thrown = catchThrowableOfType(OutboundException.class,
        () -> builder().maxRetries(2).build().editNotStartedTask(PageExamples.notStarted()));

    assertThat(thrown).isExactlyInstanceOf(type).hasMessageEndingWith("(after 3 attempts)");
    OutboundException last = (OutboundException) thrown;
    assertThat(last.httpStatus()).isEqualTo(status);
    assertThat(last.attempts()).isEqualTo(3);
    assertThat(last.getSuppressed()).hasSize(2).allSatisfy(earlier -> assertThat(earlier).isExactlyInstanceOf(type));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  static Stream<Arguments> finalFailures() {
    return Stream.of(
        Arguments.of(Answers.code("10001"), AuthenticationFailedException.class),
        Arguments.of(Answers.code("10002"), PublicKeyNotFoundException.class),
        Arguments.of(Answers.code("20001"), RequestFailedException.class),
        Arguments.of(Answers.code("29002"), ParameterErrorException.class),
        Arguments.of(Answers.code("20001", 503), RequestFailedException.class),
        Arguments.of(Answers.code("10001", 429), AuthenticationFailedException.class),
        Arguments.of(Answers.code("39999"), UnknownResultCodeException.class),
        Arguments.of(Answers.gatewayPage(500), NonJsonResponseException.class),
        Arguments.of(new MockResponse.Builder().body("not json").build(), NonJsonResponseException.class),
        Arguments.of(new MockResponse.Builder().body("{\"code\":\"10000\",\"message\":\"ok\",\"data\":{\"a\":1}}").build(),
            NonJsonResponseException.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("finalFailures")
  void finalFailureIsSentOnce(MockResponse failure, Class<?> type) {
    answer(failure, Answers.success());

    assertThatThrownBy(() -> builder().maxRetries(5).build().editInProgressTask(PageExamples.inProgress()))
        .isExactlyInstanceOf(type)
        .satisfies(e -> assertThat(((OutboundException) e).attempts()).isOne())
        .hasMessageNotContaining("attempts");
    assertThat(server.getRequestCount()).isOne();
    assertThat(timer.sleeps()).isEmpty();
  }

  @Test
  void timeoutIsRetriedWithAFreshTimestampAndAValidSignAndTheSameBody() throws Exception {
    answer(Answers.silence(), Answers.success());

    ApiResult<Boolean> result = builder().readTimeout(Duration.ofMillis(200)).build()
        .editInProgressTask(PageExamples.inProgress());

    assertThat(result.code()).isEqualTo("10000");
    List<RecordedRequest> requests = requests();
    assertThat(requests).hasSize(2);
    assertThat(requests).extracting(r -> r.getHeaders().get(SigningInterceptor.TIMESTAMP_HEADER))
        .doesNotHaveDuplicates();
    assertThat(requests).extracting(r -> r.getHeaders().get(SigningInterceptor.SIGN_HEADER))
        .doesNotHaveDuplicates();
    RSAVerifier verifier = new RSAVerifier(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)));
    assertThat(requests).allSatisfy(r -> assertThat(RequestSigning.verify(verifier, TestKeys.APP_ID,
        r.getHeaders().get(SigningInterceptor.TIMESTAMP_HEADER), r.getHeaders().get(SigningInterceptor.SIGN_HEADER)))
        .isTrue());
    assertThat(requests.get(1).getBody()).isEqualTo(requests.get(0).getBody());
  }

  @Test
  void resendOkHttpMakesByItselfIsSignedAfreshToo() throws Exception {
    // OkHttp resends a 503 asking Retry-After: 0 on its own, below the client's retries.
    answer(new MockResponse.Builder(Answers.gatewayPage(503)).setHeader("Retry-After", "0").build(), Answers.success());

    builder().maxRetries(0).build().editInProgressTask(PageExamples.inProgress());

    assertThat(requests()).hasSize(2).extracting(r -> r.getHeaders().get(SigningInterceptor.TIMESTAMP_HEADER))
        .doesNotHaveDuplicates();
  }

  @Test
  void networkInterceptorOfTheCallersOkHttpClientSeesTheSignedRequest() {
    answer(Answers.success());
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient callers = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      seen.add(chain.request().header(SigningInterceptor.SIGN_HEADER));
      return chain.proceed(chain.request());
    }).build();

    builder().okHttpClient(callers).build().editInProgressTask(PageExamples.inProgress());

    assertThat(seen).hasSize(1).doesNotContainNull();
  }

  @Test
  void timeoutOnEveryAttemptStaysAVendorTimeout() {
    answer(Answers.silence(), Answers.silence());

    assertThatThrownBy(() -> builder().readTimeout(Duration.ofMillis(200)).maxRetries(1).build()
        .editInProgressTask(PageExamples.inProgress()))
        .isInstanceOf(VendorTimeoutException.class)
        .hasMessageContaining("read it back")
        .hasMessageEndingWith("(after 2 attempts)");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refusedConnectionIsRetriedThenATransportFailure() {
    OutboundClient client = builder().baseUrl("http://127.0.0.1:1/").build();

    assertThatThrownBy(() -> client.getPhoneGroups(121L))
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("cannot reach 127.0.0.1")
        .hasMessageEndingWith("(after 3 attempts)");
    assertThat(timer.sleeps()).hasSize(2);
  }

  @Test
  void retryAfterInSecondsIsWaited() {
    answer(new MockResponse.Builder(Answers.gatewayPage(503)).setHeader("Retry-After", "3").build(), Answers.phoneGroups());

    builder().build().getPhoneGroups(121L);

    assertThat(timer.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterAsADateIsWaitedFromTheClientsClock() {
    Instant at = Instant.ofEpochSecond(TestKeys.TIMESTAMP / 1000 + 7);
    answer(new MockResponse.Builder(Answers.gatewayPage(429))
        .setHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC))).build(),
        Answers.phoneGroups());

    builder().clock(FIXED).build().getPhoneGroups(121L);

    assertThat(timer.sleeps()).containsExactly(Duration.between(FIXED.instant(), at));
  }

  @Test
  void retryAfterOfMoreThanAMinuteIsNotRetried() {
    answer(new MockResponse.Builder(Answers.code("29008")).setHeader("Retry-After", "120").build(), Answers.phoneGroups());

    assertThatThrownBy(() -> builder().build().getPhoneGroups(121L)).isInstanceOf(SystemErrorException.class);
    assertThat(server.getRequestCount()).isOne();
  }

  @Test
  void unreadableRetryAfterFallsBackToTheBackoff() {
    answer(new MockResponse.Builder(Answers.gatewayPage(503)).setHeader("Retry-After", "soon").build(),
        Answers.phoneGroups());

    builder().jitter(Jitter.HIGHEST).build().getPhoneGroups(121L);

    assertThat(timer.sleeps()).containsExactly(Duration.ofMillis(499));
  }

  @Test
  void backoffDrawsUpToADoublingCeilingCappedAtEightSeconds() {
    answer(Stream.generate(() -> Answers.code("29008")).limit(7).toArray(MockResponse[]::new));

    assertThatThrownBy(() -> builder().jitter(Jitter.HIGHEST).maxRetries(6).build().getPhoneGroups(121L))
        .isInstanceOf(SystemErrorException.class);

    assertThat(timer.sleeps()).extracting(Duration::toMillis).containsExactly(499L, 999L, 1999L, 3999L, 7999L, 7999L);
  }

  @Test
  void backoffCanBeZero() {
    answer(Answers.code("29008"), Answers.code("29008"), Answers.phoneGroups());

    builder().jitter(Jitter.LOWEST).build().getPhoneGroups(121L);

    assertThat(timer.sleeps()).containsExactly(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void perCallMaxRetriesOverridesTheClients() {
    answer(Answers.code("29008"), Answers.code("29008"), Answers.code("29008"), Answers.phoneGroups());
    OutboundClient client = builder().maxRetries(0).build();

    assertThatThrownBy(() -> client.getPhoneGroups(121L)).isInstanceOf(SystemErrorException.class);
    assertThat(server.getRequestCount()).isOne();

    ApiResult<?> result = client.getPhoneGroups(121L, RequestOptions.builder().maxRetries(3).build());

    assertThat(result.code()).isEqualTo("10000");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void perCallZeroRetriesSendsOnce() {
    answer(Answers.code("29008"), Answers.success());

    assertThatThrownBy(() -> builder().maxRetries(2).build()
        .editNotStartedTask(PageExamples.notStarted(), RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(SystemErrorException.class);
    assertThat(server.getRequestCount()).isOne();
  }

  @Test
  @Timeout(10)
  void perCallTimeoutOverridesTheClientsForEachAttempt() {
    answer(Answers.silence(), Answers.silence());
    OutboundClient client = builder().readTimeout(Duration.ofMinutes(1)).callTimeout(Duration.ofMinutes(1)).build();

    VendorTimeoutException thrown = catchThrowableOfType(VendorTimeoutException.class, () -> client.editInProgressTask(
        PageExamples.inProgress(), RequestOptions.builder().maxRetries(1).callTimeout(Duration.ofMillis(300)).build()));

    // OkHttp's call timeout, not a read timeout (a SocketTimeoutException): the per-call one.
    assertThat(thrown.getCause()).isInstanceOf(InterruptedIOException.class).isNotInstanceOf(SocketTimeoutException.class);
    assertThat(thrown.attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void negativeMaxRetriesIsRefusedByName(int maxRetries) {
    assertThatThrownBy(() -> OutboundClient.builder().maxRetries(maxRetries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be 0 or more, was " + maxRetries);
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(maxRetries))
        .hasMessage("maxRetries must be 0 or more, was " + maxRetries);
  }

  @Test
  void nonPositiveCallTimeoutIsRefusedByName() {
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive, was PT0S");
  }

  @Test
  void everyAttemptIsLoggedAtDebugWithoutTheSign() throws Exception {
    answer(Answers.code("29008"), Answers.success());
    RecordingLogger log = new RecordingLogger();

    builder().attemptLog(log).jitter(Jitter.LOWEST).build().editInProgressTask(PageExamples.inProgress());

    String url = server.url("/speech/openapi/v1/task/outbound/edit").toString();
    assertThat(log.lines()).containsExactly(
        "DEBUG POST " + url + ": attempt 1 of 3",
        "DEBUG POST " + url + ": attempt 1 failed: vendor answered 29008 消息 29008 (HTTP 200); next attempt in 0 ms",
        "DEBUG POST " + url + ": attempt 2 of 3");
    String lines = String.join("\n", log.lines());
    assertThat(requests()).allSatisfy(r -> assertThat(lines)
        .doesNotContain(r.getHeaders().get(SigningInterceptor.SIGN_HEADER))
        .doesNotContain(r.getHeaders().get(SigningInterceptor.TIMESTAMP_HEADER)));
  }

  @Test
  void interruptedWaitStopsTheRetriesAndKeepsTheInterrupt() {
    answer(Answers.code("29008"), Answers.phoneGroups());
    RetryTimer interrupted = new RetryTimer() {
      @Override
      public void sleep(Duration delay) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public void schedule(Duration delay, Runnable next) {
        throw new AssertionError("a synchronous call schedules nothing");
      }
    };

    try {
      assertThatThrownBy(() -> builder().retryTimer(interrupted).build().getPhoneGroups(121L))
          .isInstanceOf(SystemErrorException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isOne();
  }
}
