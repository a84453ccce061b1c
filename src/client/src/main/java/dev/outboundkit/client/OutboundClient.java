package dev.outboundkit.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.Signer;
import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.RequestValidationException;
import dev.outboundkit.exception.TransportException;
import dev.outboundkit.exception.VendorTimeoutException;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import dev.outboundkit.generated.model.CommunicateBaseVo;
import dev.outboundkit.generated.model.EditTaskRequest;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupListVo;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.spec.ApiSpec;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The Java way to call 编辑自动外呼任务 and its read-back: signs every request, checks a body
 * against the spec before sending it, and turns every answer other than {@code 10000} into an
 * exception of its own.
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
 * <p>Thread-safe; share one instance.
 */
public final class OutboundClient {
  private final OutboundTaskApi api;
  private final RequestChecks checks;
  private final boolean validateBeforeSending;

  private OutboundClient(Builder builder) {
    Signer signer = new RSASigner(builder.privateKey);
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(builder.logSink);
    logging.redactHeader(SigningInterceptor.SIGN_HEADER);
    logging.setLevel(builder.logLevel);
    OkHttpClient http = builder.okHttpClient.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .callTimeout(builder.callTimeout)
        .addInterceptor(new AnswerInterceptor())
        .addInterceptor(new SigningInterceptor(builder.appId, signer, builder.clock))
        .addNetworkInterceptor(logging)
        .build();
    this.api = new ApiClient(builder.baseUrl, http).createService(OutboundTaskApi.class);
    // The spec its models were generated from: checking against another would let through what
    // the models cannot carry, or refuse what they send.
    this.checks = new RequestChecks(ApiSpec.bundled());
    this.validateBeforeSending = builder.validateBeforeSending;
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
    return edit(Objects.requireNonNull(body, "body"));
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
    return edit(Objects.requireNonNull(body, "body"));
  }

  /**
   * Reads a task's number batches (查询名单批次), the read-back of an edit.
   *
   * @param taskId the task
   * @return the batches, as the last edit set them
   */
  public ApiResult<List<PhoneGroupVo>> getPhoneGroups(long taskId) {
    Response<PhoneGroupListVo> response = execute(api.getPhoneGroups(taskId));
    PhoneGroupListVo answer = response.body();
    List<PhoneGroupVo> groups = answer.getData() == null ? List.of() : List.copyOf(answer.getData());
    return new ApiResult<>(answer.getCode().getValue(), answer.getMessage(), groups, response.code());
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

  private ApiResult<Boolean> edit(EditTaskRequest body) {
    if (validateBeforeSending) {
      List<Violation> violations = check(body);
      if (!violations.isEmpty()) {
        throw new RequestValidationException(violations);
      }
    }
    Response<CommunicateBaseVo> response = execute(api.editTask(body));
    CommunicateBaseVo answer = response.body();
    return new ApiResult<>(answer.getCode().getValue(), answer.getMessage(), answer.getData(), response.code());
  }

  private static <T> Response<T> execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (AnswerInterceptor.Failure e) {
      throw e.failure();
    } catch (InterruptedIOException e) {
      throw new VendorTimeoutException("no answer from " + call.request().url().host() + " in time: "
          + e.getMessage() + "; the edit may have been applied, read it back before retrying", e);
    } catch (IOException e) {
      throw new TransportException("cannot reach " + call.request().url().host() + ": " + e, e);
    } catch (RuntimeException e) {
      // A body Gson cannot map onto the spec's shape (e.g. data of the wrong type).
      throw new NonJsonResponseException("the answer does not fit the spec: " + e.getMessage(), 200, "", e);
    }
    if (response.body() == null) {
      throw new NonJsonResponseException("the answer has no body", response.code(), "", null);
    }
    return response;
  }

  /**
   * Configuration of an {@link OutboundClient}. Defaults: 10 s to connect, 30 s to read, 60 s
   * per call, the system clock, checks on, no HTTP logging.
   */
  public static final class Builder extends AbstractHttpBuilder<Builder> {
    private String appId;
    private PrivateKey privateKey;
    private boolean validateBeforeSending = true;

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

    /** @param timeout the whole call, connect to last byte */
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dev.outboundkit.http");

    @Override
    public void log(String message) {
      LOG.info(message);
    }
  }
}
