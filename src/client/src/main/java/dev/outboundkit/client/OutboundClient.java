package dev.outboundkit.client;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.outboundkit.auth.KeyFingerprint;
import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.RequestValidationException;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.CommunicateBaseVo;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupListVo;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.spec.ApiSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * The Java way to call 编辑自动外呼任务 and its read-back: signs every request, checks a body
 * against the spec before sending it, retries what may succeed the next time, and turns every
 * answer other than {@code 10000} into an exception of its own.
 *
 * <pre>{@code
 * OutboundClient client = OutboundClient.builder()
 *     .baseUrl("https://abc.xyz")
 *     .appId("99845aaaaebd4d61acccc9b776208f12")
 *     .privateKey(Path.of("private.pem"))
 *     .build();
 * client.editInProgressTask(new InProgressTaskEdit().taskId(121L)...);
 * }</pre>
 *
 * <h2>Retries</h2>
 *
 * <p>A call is sent again, up to {@link Builder#maxRetries(int)} times (2 unless set; per call,
 * {@link RequestOptions}), when its attempt ended with no answer in time
 * ({@link dev.outboundkit.exception.VendorTimeoutException}), a connection failure
 * ({@link dev.outboundkit.exception.TransportException}), a {@code 29008}
 * ({@link dev.outboundkit.exception.SystemErrorException}), or HTTP 408, 429, 502, 503 or 504
 * without one of the vendor's other codes. {@code 10001}, {@code 10002}, {@code 20001} and
 * {@code 29002} are never retried: they are the vendor's answer to this request, and would be
 * again. Between attempts it waits a random time between zero and 0.5 s, 1 s, 2 s... (at most
 * 8 s), or what the answer's {@code Retry-After} asks, up to a minute (an answer asking more is
 * not retried). Every attempt carries a fresh {@code timestamp} and {@code sign}. When every
 * attempt failed, the last failure is thrown, the earlier ones suppressed into it.
 *
 * <p>Retrying an edit is safe: an edit sets fields to values, so applying it twice leaves the
 * task as applying it once does, and the check that a task name is not another task's leaves the
 * task itself out, so an edit applied by an attempt whose answer was lost is not refused by the
 * next. Every attempt sends the same bytes: the body is serialized once. Still, after a
 * {@code VendorTimeoutException} (or a {@code 29008}) the edit may or may not have been applied:
 * {@link #getPhoneGroups(long)} reads it back.
 *
 * <h2>Asynchronous calls</h2>
 *
 * <p>{@code editNotStartedTaskAsync}, {@code editInProgressTaskAsync} and
 * {@code getPhoneGroupsAsync} return at once; the future completes on OkHttp's dispatcher with
 * the same result, or with the same exception, after the same retries. No thread waits between
 * attempts. A body that breaks the spec fails the future with a
 * {@link RequestValidationException}; nothing is sent. Cancelling the future stops the call.
 *
 * <p>Each attempt is logged at DEBUG on {@code dev.outboundkit.http}, without its headers or body.
 *
 * <p>Thread-safe; share one instance.
 */
public final class OutboundClient {
  private final OutboundTaskApi api;
  private final RequestChecks checks;
  private final boolean validateBeforeSending;
  private final Retrier retrier;

  private OutboundClient(Builder builder) {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(builder.logSink);
    logging.redactHeader(SigningInterceptor.SIGN_HEADER);
    logging.setLevel(builder.logLevel);
    OkHttpClient.Builder httpBuilder = builder.okHttpClient.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .callTimeout(builder.callTimeout)
        // The Retrier is the one place that sends again: OkHttp's own silent resends (a 408, a
        // failed connection) would not count against maxRetries.
        .retryOnConnectionFailure(false)
        .addInterceptor(new AnswerInterceptor(KeyFingerprint.of(builder.privateKey).orElse(null)));
    // Signed on the network side, so that whatever OkHttp still sends again by itself (a 503
    // with Retry-After: 0, a redirect) gets its own timestamp and sign too; first of the network
    // interceptors, so that those of the caller's OkHttpClient see the request as sent.
    httpBuilder.networkInterceptors()
        .add(0, new SigningInterceptor(builder.appId, new RSASigner(builder.privateKey), builder.clock));
    OkHttpClient http = httpBuilder.addNetworkInterceptor(logging).build();
    this.api = new ApiClient(builder.baseUrl, http).createService(OutboundTaskApi.class);
    // The spec its models were generated from: checking against another would let through what
    // the models cannot carry, or refuse what they send.
    this.checks = new RequestChecks(ApiSpec.bundled());
    this.validateBeforeSending = builder.validateBeforeSending;
    this.retrier = new Retrier(http, new RetryPolicy(builder.jitter, builder.clock), builder.retryTimer,
        builder.attemptLog, builder.maxRetries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Edits a task that has not started (未开始): every setting may change.
   *
   * @param body the full body
   * @return the vendor's answer; {@code data} is {@code true}
   * @throws RequestValidationException when the body breaks the spec (nothing is sent)
   * @throws dev.outboundkit.exception.ResultCodeException for any code other than 10000
   */
  public ApiResult<Boolean> editNotStartedTask(NotStartedTaskEdit body) {
    return editNotStartedTask(body, RequestOptions.NONE);
  }

  /** As {@link #editNotStartedTask(NotStartedTaskEdit)}, with this call's options. */
  public ApiResult<Boolean> editNotStartedTask(NotStartedTaskEdit body, RequestOptions options) {
    return retrier.execute(editRequest(body), Objects.requireNonNull(options, "options"), OutboundClient::editResult);
  }

  /**
   * Edits a task in progress (进行中) or paused (暂停): number group, strategy and batch only.
   *
   * @param body the second table's body
   * @return the vendor's answer; {@code data} is {@code true}
   * @throws RequestValidationException when the body breaks the spec (nothing is sent)
   * @throws dev.outboundkit.exception.ResultCodeException for any code other than 10000
   */
  public ApiResult<Boolean> editInProgressTask(InProgressTaskEdit body) {
    return editInProgressTask(body, RequestOptions.NONE);
  }

  /** As {@link #editInProgressTask(InProgressTaskEdit)}, with this call's options. */
  public ApiResult<Boolean> editInProgressTask(InProgressTaskEdit body, RequestOptions options) {
    return retrier.execute(editRequest(body), Objects.requireNonNull(options, "options"), OutboundClient::editResult);
  }

  /**
   * Reads a task's number batches (查询名单批次), the read-back of an edit.
   *
   * @param taskId the task
   * @return the batches, as the last edit set them
   */
  public ApiResult<List<PhoneGroupVo>> getPhoneGroups(long taskId) {
    return getPhoneGroups(taskId, RequestOptions.NONE);
  }

  /** As {@link #getPhoneGroups(long)}, with this call's options. */
  public ApiResult<List<PhoneGroupVo>> getPhoneGroups(long taskId, RequestOptions options) {
    return retrier.execute(api.getPhoneGroups(taskId).request(), Objects.requireNonNull(options, "options"),
        OutboundClient::phoneGroupsResult);
  }

  /**
   * As {@link #editNotStartedTask(NotStartedTaskEdit)}, without waiting: the future fails with
   * the exception that method would throw.
   */
  public CompletableFuture<ApiResult<Boolean>> editNotStartedTaskAsync(NotStartedTaskEdit body) {
    return editNotStartedTaskAsync(body, RequestOptions.NONE);
  }

  /** As {@link #editNotStartedTaskAsync(NotStartedTaskEdit)}, with this call's options. */
  public CompletableFuture<ApiResult<Boolean>> editNotStartedTaskAsync(NotStartedTaskEdit body,
      RequestOptions options) {
    return editAsync(body, options);
  }

  /**
   * As {@link #editInProgressTask(InProgressTaskEdit)}, without waiting: the future fails with
   * the exception that method would throw.
   */
  public CompletableFuture<ApiResult<Boolean>> editInProgressTaskAsync(InProgressTaskEdit body) {
    return editInProgressTaskAsync(body, RequestOptions.NONE);
  }

  /** As {@link #editInProgressTaskAsync(InProgressTaskEdit)}, with this call's options. */
  public CompletableFuture<ApiResult<Boolean>> editInProgressTaskAsync(InProgressTaskEdit body,
      RequestOptions options) {
    return editAsync(body, options);
  }

  /**
   * As {@link #getPhoneGroups(long)}, without waiting: the future fails with the exception that
   * method would throw.
   */
  public CompletableFuture<ApiResult<List<PhoneGroupVo>>> getPhoneGroupsAsync(long taskId) {
    return getPhoneGroupsAsync(taskId, RequestOptions.NONE);
  }

  /** As {@link #getPhoneGroupsAsync(long)}, with this call's options. */
  public CompletableFuture<ApiResult<List<PhoneGroupVo>>> getPhoneGroupsAsync(long taskId, RequestOptions options) {
    return retrier.enqueue(api.getPhoneGroups(taskId).request(), Objects.requireNonNull(options, "options"),
        OutboundClient::phoneGroupsResult);
  }

  /**
   * Checks a body against the spec without sending it.
   *
   * @param body either variant
   * @return every broken rule; empty when the body may be sent
   */
  public List<Violation> check(EditTaskRequest body) {
    return checks.check(body);
  }

  private CompletableFuture<ApiResult<Boolean>> editAsync(EditTaskRequest body, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Request request;
    try {
      request = editRequest(body);
    } catch (RequestValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return retrier.enqueue(request, options, OutboundClient::editResult);
  }

  /**
   * @return the edit's HTTP request, its body serialized now: every attempt sends these bytes,
   *     whatever becomes of the body object meanwhile
   * @throws RequestValidationException when the body breaks the spec
   */
  private Request editRequest(EditTaskRequest body) {
    Objects.requireNonNull(body, "body");
    if (validateBeforeSending) {
      List<Violation> violations = check(body);
      if (!violations.isEmpty()) {
        throw new RequestValidationException(violations);
      }
    }
    return api.editTask(body).request();
  }

  private static ApiResult<Boolean> editResult(String body, int httpStatus) {
    CommunicateBaseVo answer = decode(body, httpStatus, CommunicateBaseVo.class);
    return new ApiResult<>(answer.getCode().getValue(), answer.getMessage(), answer.getData(), httpStatus);
  }

  private static ApiResult<List<PhoneGroupVo>> phoneGroupsResult(String body, int httpStatus) {
    PhoneGroupListVo answer = decode(body, httpStatus, PhoneGroupListVo.class);
    List<PhoneGroupVo> groups = answer.getData() == null ? List.of() : List.copyOf(answer.getData());
    return new ApiResult<>(answer.getCode().getValue(), answer.getMessage(), groups, httpStatus);
  }

  /** Reads an answer the {@link AnswerInterceptor} let through, with the Gson of the generated models. */
  private static <T> T decode(String body, int httpStatus, Class<T> type) {
    T answer = JSON.getGson().fromJson(body, type);
    if (answer == null) {
      throw new NonJsonResponseException("the answer has no body", httpStatus, body, null);
    }
    return answer;
  }

  /**
   * Configuration of an {@link OutboundClient}. Defaults: 10 s to connect, 30 s to read, 60 s
   * per attempt, 2 retries, the system clock, checks on, no HTTP logging.
   */
  public static final class Builder extends AbstractHttpBuilder<Builder> {
    private String appId;
    private PrivateKey privateKey;
    private boolean validateBeforeSending = true;
    private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;
    // Tests replace these three to see the waits and the log lines without waiting.
    private RetryTimer retryTimer = DaemonRetryTimer.INSTANCE;
    private RandomGenerator jitter = new Random();
    private Logger attemptLog = LoggerFactory.getLogger(Retrier.LOGGER);

    private Builder() {
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** @param appId 应用ID, from the vendor console */
    public Builder appId(String appId) {
      this.appId = Objects.requireNonNull(appId, "appId");
      return this;
    }

    /** @param privateKey the tenant's RSA private key, 2048 bits or more */
    public Builder privateKey(PrivateKey privateKey) {
      this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
      return this;
    }

    /**
     * @param file the private key: PEM PKCS#8 or PKCS#1, or bare Base64 PKCS#8
     * @throws dev.outboundkit.exception.KeyFormatException naming what is wrong with the file
     */
    public Builder privateKey(Path file) {
      return privateKey(PrivateKeys.load(Objects.requireNonNull(file, "file")));
    }

    /** @param file an encrypted PKCS#8 private key; @param password its password */
    public Builder privateKey(Path file, char[] password) {
      return privateKey(PrivateKeys.load(Objects.requireNonNull(file, "file"), password));
    }

    /**
     * @param validate whether to check every body against the spec before sending it; off only
     *     to send invalid bodies on purpose, as a conformance suite does
     */
    public Builder validateBeforeSending(boolean validate) {
      this.validateBeforeSending = validate;
      return this;
    }

    /**
     * @param maxRetries how many times a call may be sent again after its first attempt (see
     *     {@link OutboundClient}, "Retries"); 0 for none; 2 unless set
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.requireMaxRetries(maxRetries);
      return this;
    }

    Builder retryTimer(RetryTimer timer) {
      this.retryTimer = Objects.requireNonNull(timer, "timer");
      return this;
    }

    Builder jitter(RandomGenerator random) {
      this.jitter = Objects.requireNonNull(random, "random");
      return this;
    }

    Builder attemptLog(Logger log) {
      this.attemptLog = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException naming the first setting missing
     */
    public OutboundClient build() {
      requireSet(baseUrl, "baseUrl");
      requireSet(appId, "appId");
      requireSet(privateKey, "privateKey");
      return new OutboundClient(this);
    }

    private static void requireSet(Object value, String name) {
      if (value == null || (value instanceof String text && text.isBlank())) {
        throw new IllegalStateException("OutboundClient needs " + name + "; set it on the builder");
      }
    }
  }

  /**
   * HTTP settings shared by the builders of this library; self-typed so that each setter
   * returns the concrete builder.
   *
   * @param <B> the concrete builder
   */
  public abstract static class AbstractHttpBuilder<B extends AbstractHttpBuilder<B>> {
    String baseUrl;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(30);
    Duration callTimeout = Duration.ofSeconds(60);
    Clock clock = Clock.systemUTC();
    OkHttpClient okHttpClient = SharedHttp.CLIENT;
    HttpLoggingInterceptor.Level logLevel = HttpLoggingInterceptor.Level.NONE;
    HttpLoggingInterceptor.Logger logSink = new Slf4jHttpLogger();

    protected abstract B self();

    /** @param baseUrl the tenant's domain, e.g. {@code https://abc.xyz} */
    public B baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return self();
    }

    public B connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return self();
    }

    public B readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return self();
    }

    /** @param timeout each attempt of a call, connect to last byte */
    public B callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout");
      return self();
    }

    /** @param clock where request timestamps come from; tests pass a fixed clock */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return self();
    }

    /** @param client an OkHttp client whose pools and dispatcher to share */
    public B okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return self();
    }

    /**
     * @param level how much of each exchange to log through SLF4J (logger
     *     {@code dev.outboundkit.http}); the {@code sign} header is always redacted
     */
    public B httpLogLevel(HttpLoggingInterceptor.Level level) {
      this.logLevel = Objects.requireNonNull(level, "level");
      return self();
    }

    /** @param sink where HTTP log lines go instead of SLF4J; the {@code sign} header is still redacted */
    public B httpLogSink(HttpLoggingInterceptor.Logger sink) {
      this.logSink = Objects.requireNonNull(sink, "sink");
      return self();
    }
  }

  /** One connection pool for every client that brings none of its own. */
  private static final class SharedHttp {
    static final OkHttpClient CLIENT = new OkHttpClient();
  }

  /** Sends OkHttp's log lines to SLF4J. */
  private static final class Slf4jHttpLogger implements HttpLoggingInterceptor.Logger {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.LOGGER);

    @Override
    public void log(String message) {
      LOG.info(message);
    }
  }
}
