package dev.outboundkit.client;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.ParameterErrorException;
import dev.outboundkit.exception.PublicKeyNotFoundException;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.exception.RequestValidationException;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.exception.SystemErrorException;
import dev.outboundkit.exception.TransportException;
import dev.outboundkit.exception.UnexpectedResponseException;
import dev.outboundkit.exception.UnknownResultCodeException;
import dev.outboundkit.exception.VendorTimeoutException;
import dev.outboundkit.generated.model.AutoOutboundSwitch;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.generated.model.SendNumberStrategy;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.client.RequestChecks;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.SpecText;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The facade against a local fake server: answers, errors, checks before sending, logging. */
class OutboundClientTest {
  private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(TestKeys.TIMESTAMP), ZoneOffset.UTC);

  @StartStop
  private final MockWebServer server = new MockWebServer();

  /** One attempt per call: here each answer is mapped once; the retries have RetryTest. */
  private OutboundClient.Builder builder() {
    return OutboundClient.builder()
        .baseUrl(server.url("/").toString())
        .appId(TestKeys.APP_ID)
        .privateKey(TestKeys.path("rsa2048-pkcs8.pem"))
        .clock(FIXED)
        .maxRetries(0);
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @Test
  void successIsATypedResult() {
    answer(200, "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}");

    ApiResult<Boolean> result = builder().build().editNotStartedTask(PageExamples.notStarted());

    assertThat(result).isEqualTo(new ApiResult<>("10000", "请求成功", true, 200));
  }

  @Test
  void readBackDecodesTheBatches() {
    answer(200, "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":[{\"name\":\"本人\",\"identify\":\"default\","
        + "\"autoOutboundSwitch\":1,\"autoOutboundInterval\":5,\"autoOutboundTimes\":1}]}");

    ApiResult<List<PhoneGroupVo>> result = builder().build().getPhoneGroups(121L);

    assertThat(result.data()).containsExactly(new PhoneGroupVo().name("本人").identify("default")
        .autoOutboundSwitch(AutoOutboundSwitch.ON).autoOutboundInterval(5).autoOutboundTimes(1));
  }

  static Stream<Arguments> resultCodes() {
    return Stream.of(
        Arguments.of("10001", "鉴权失败", AuthenticationFailedException.class),
        Arguments.of("10002", "找不到对应的公钥,请先上传公钥", PublicKeyNotFoundException.class),
        Arguments.of("20001", "请求失败", RequestFailedException.class),
        Arguments.of("29002", "参数错误", ParameterErrorException.class),
        Arguments.of("29008", "系统异常", SystemErrorException.class),
        Arguments.of("39999", "新的结果码", UnknownResultCodeException.class));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("resultCodes")
  void everyFailureCodeBecomesItsOwnException(String code, String message, Class<?> type) {
    answer(200, "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"data\":false}");

    assertThatThrownBy(() -> builder().build().editInProgressTask(PageExamples.inProgress()))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ResultCodeException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.vendorMessage()).isEqualTo(message);
          assertThat(e.httpStatus()).isEqualTo(200);
        });
  }

  @Test
  void failureCodeOnReadBackBecomesItsException() {
    answer(200, "{\"code\":\"20001\",\"message\":\"请求失败\",\"data\":null}");

    assertThatThrownBy(() -> builder().build().getPhoneGroups(404L)).isInstanceOf(RequestFailedException.class);
  }

  @Test
  void numericCodeIsReadAsItsString() {
    answer(200, "{\"code\":10001,\"message\":\"鉴权失败\",\"data\":false}");

    assertThatThrownBy(() -> builder().build().getPhoneGroups(1L)).isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void htmlGatewayPageIsNonJsonWithStatusAndBodyStart() {
    answer(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");

    assertThatThrownBy(() -> builder().build().editInProgressTask(PageExamples.inProgress()))
        .isInstanceOfSatisfying(NonJsonResponseException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.bodyStart()).startsWith("<html><head><title>502 Bad Gateway");
          assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway");
        });
  }

  @Test
  void emptyBodyIsNonJson() {
    answer(200, "");

    assertThatThrownBy(() -> builder().build().editInProgressTask(PageExamples.inProgress()))
        .isInstanceOfSatisfying(NonJsonResponseException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(200);
          assertThat(e.getMessage()).contains("empty body");
        });
  }

  @Test
  void jsonWithoutCodeIsNonJson() {
    answer(200, "{\"error\":\"oops\"}");

    assertThatThrownBy(() -> builder().build().getPhoneGroups(1L))
        .isInstanceOf(NonJsonResponseException.class)
        .hasMessageContaining("no result code");
  }

  @Test
  void longBodyIsCutInTheException() {
    answer(503, "x".repeat(10_000));

    assertThatThrownBy(() -> builder().build().getPhoneGroups(1L))
        .isInstanceOfSatisfying(UnexpectedResponseException.class,
            e -> assertThat(e.bodyStart()).hasSize(UnexpectedResponseException.BODY_START_LENGTH));
  }

  @Test
  void successCodeWithHttpErrorIsUnexpected() {
    answer(500, "{\"code\":\"10000\",\"message\":\"请求成功\",\"data\":true}");

    assertThatThrownBy(() -> builder().build().getPhoneGroups(1L))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("HTTP 500");
  }

  @Test
  void slowAnswerIsATimeout() {
    server.enqueue(new MockResponse.Builder()
        .body("{\"code\":\"10000\",\"message\":\"ok\",\"data\":true}")
        .headersDelay(2, TimeUnit.SECONDS)
        .build());

    OutboundClient client = builder().readTimeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> client.editInProgressTask(PageExamples.inProgress()))
        .isInstanceOf(VendorTimeoutException.class)
        .hasMessageContaining("read it back");
  }

  @Test
  void unreachableHostIsATransportFailure() {
    OutboundClient client = builder().baseUrl("http://127.0.0.1:1/").connectTimeout(Duration.ofSeconds(2)).build();

    assertThatThrownBy(() -> client.getPhoneGroups(1L)).isInstanceOf(TransportException.class);
  }

  @Test
  void invalidBodyIsRefusedWithEveryViolationAndNothingSent() {
    OutboundClient client = builder().build();

    assertThatThrownBy(() -> client.editNotStartedTask(PageExamples.notStarted()
            .taskName("")
            .acw(181)
            .maxRingingDuration(19)
            .sendNumberStrategy(SendNumberStrategy.PREDICTIVE)
            .abandonmentRate(null)))
        .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.rule())
            .containsExactlyInAnyOrder(
                " oneOf",
                "taskName minLength",
                "acw maximum",
                "maxRingingDuration minimum",
                "abandonmentRate x-conditional-required"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nestedViolationsNameTheirPath() {
    OutboundClient client = builder().build();
    var body = PageExamples.inProgress();
    body.getOutboundPhoneGroups().get(0).autoOutboundInterval(2881);

    assertThatThrownBy(() -> client.editInProgressTask(body))
        .hasMessageContaining("outboundPhoneGroups[0].autoOutboundInterval must be at most 2880");
  }

  @Test
  void checksCanBeSwitchedOffToSendInvalidBodies() throws Exception {
    answer(200, "{\"code\":\"29002\",\"message\":\"参数错误\",\"data\":false}");
    OutboundClient client = builder().validateBeforeSending(false).build();

    assertThatThrownBy(() -> client.editNotStartedTask(PageExamples.notStarted().acw(181)))
        .isInstanceOf(ParameterErrorException.class);
    assertThat(server.takeRequest().getBody().utf8()).contains("\"acw\":181");
  }

  @Test
  void checkLimitsComeFromTheSpec() {
    ApiSpec narrowed = ApiSpec.parse(SpecText.bundled().replace(
        "          maximum: 180\n          default: 10", "          maximum: 100\n          default: 10"), "narrowed");

    assertThat(builder().build().check(PageExamples.notStarted().acw(150))).isEmpty();
    // the client's own check component, held to a narrowed copy: the client has no spec switch
    assertThat(new RequestChecks(narrowed).check(PageExamples.notStarted().acw(150)))
        .extracting(Violation::message)
        .hasSize(2)
        .endsWith("acw must be at most 100, was 150");
  }

  @Test
  void httpLogRedactsTheSign() {
    answer(200, "{\"code\":\"10000\",\"message\":\"ok\",\"data\":true}");
    List<String> lines = new CopyOnWriteArrayList<>();
    OutboundClient client = builder()
        .httpLogLevel(HttpLoggingInterceptor.Level.HEADERS)
        .httpLogSink(lines::add)
        .build();
    String sign = dev.outboundkit.auth.RequestSigning.sign(
        new dev.outboundkit.auth.RSASigner(TestKeys.privateKey()), TestKeys.APP_ID, Long.toString(TestKeys.TIMESTAMP));

    client.editInProgressTask(PageExamples.inProgress());

    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("sign: "));
    assertThat(String.join("\n", lines)).contains("appId: " + TestKeys.APP_ID).doesNotContain(sign);
  }

  @Test
  void missingSettingIsNamed() {
    assertThatThrownBy(() -> OutboundClient.builder().baseUrl("https://abc.xyz").appId("a").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("privateKey");
  }
}
