package dev.outboundkit.conformance.glue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.SignedHeaders;
import dev.outboundkit.conformance.targets.SigningRecipe;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.generated.api.OutboundTaskApi;
import dev.outboundkit.generated.invoker.ApiClient;
import dev.outboundkit.generated.invoker.SigningInterceptor;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;

/**
 * The target's wire as the scenarios use it, every exchange recorded on the scenario going on
 * whichever way it went: raw JSON, the generated Retrofit client, the {@link OutboundClient}
 * facade (both built on the wire's one OkHttp client), and the suite's own signed read-back. A
 * request that got no answer is recorded too, with the timeout that ran out and whether it had
 * been sent, and ends the scenario as an ERROR ({@link NoAnswer}).
 */
final class RecordingWire {
  static final String READ_BACK_CHANNEL = "read-back (suite)";
  private static final String RAW_CHANNEL = "raw JSON";

  private final Target target;
  private final Clock clock;
  /** The scenario going on, whose exchanges are recorded; null between scenarios. */
  private volatile World world;
  private final OutboundTaskApi generated;
  private final OutboundClient facade;

  RecordingWire(Target target, Clock clock) {
    this.target = Objects.requireNonNull(target, "target");
    this.clock = Objects.requireNonNull(clock, "clock");
    OkHttpClient recorded = target.wire().client().newBuilder()
        .addInterceptor(new Fallback(this))
        .addNetworkInterceptor(new Recorder(this)).build();
    OkHttpClient signed = recorded.newBuilder()
        .addInterceptor(new SigningInterceptor(target.appId(), new RSASigner(target.privateKey()), clock))
        .build();
    this.generated = new ApiClient(target.baseUrl(), signed).createService(OutboundTaskApi.class);
    this.facade = OutboundClient.builder()
        .baseUrl(target.baseUrl())
        .appId(target.appId())
        .privateKey(target.privateKey())
        .clock(clock)
        .okHttpClient(recorded)
        .validateBeforeSending(false)
        .maxRetries(0) // every answer as it came: a retried 29008 or timeout would hide the first
        .build();
  }

  /** From now on, exchanges are recorded into that scenario's world. */
  void recordInto(World scenario) {
    world = scenario;
  }

  private void record(Exchange exchange) {
    World scenario = world;
    if (scenario != null) {
      scenario.record(exchange);
    }
  }

  private String channelOfNextCall() {
    World scenario = world;
    return scenario == null ? READ_BACK_CHANNEL : scenario.channelOfNextCall();
  }

  OutboundTaskApi generated() {
    return generated;
  }

  OutboundClient facade() {
    return facade;
  }

  /** @return headers signed as the page says, with nothing changed on purpose */
  SignedHeaders plainHeaders() {
    return SignedHeaders.signingEach(clock);
  }

  /** Sends an edit as raw bytes, with the given headers. */
  Answer rawEdit(String body, SignedHeaders headers) {
    return recorded(target.wire().edit(body, headers.build(target, true)).through(RAW_CHANNEL)
        .signedAs(headers.recipe()));
  }

  /** Reads a task's number batches with a plain signed GET: the suite's own read-back. */
  Answer readBack(long taskId) {
    return readBack(taskId, plainHeaders());
  }

  Answer readBack(long taskId, SignedHeaders headers) {
    return recorded(target.wire().readBack(taskId, headers.build(target, false)).through(READ_BACK_CHANNEL)
        .signedAs(headers.recipe()));
  }

  /** @throws NoAnswer when no answer came */
  private Answer recorded(Exchange exchange) {
    record(exchange);
    if (!exchange.answer().came()) {
      throw NoAnswer.to(exchange);
    }
    return exchange.answer();
  }

  /** The channel of the client call going on in this thread, from the fallback to the recorder. */
  private static final ThreadLocal<String> CHANNEL = new ThreadLocal<>();
  /** Whether the recorder recorded the client call going on in this thread. */
  private static final ThreadLocal<Boolean> RECORDED = ThreadLocal.withInitial(() -> false);

  private static Exchange exchange(String channel, Request request, Answer answer) throws IOException {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    okhttp3.Headers sent = request.headers();
    for (int i = 0; i < sent.size(); i++) {
      if (!Recorder.TRANSPORT_HEADERS.contains(sent.name(i).toLowerCase(Locale.ROOT))) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(sent.name(i), sent.value(i)));
      }
    }
    String body = null;
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      body = buffer.readString(StandardCharsets.UTF_8);
    }
    return new Exchange(channel, request.method(), request.url().toString(), headers, body, answer,
        SigningRecipe.PLAIN);
  }

  /**
   * Around each client call: hands the call's channel to the recorder and, when the call failed
   * before it reached the network (no connection), records it as the client made it.
   */
  private static final class Fallback implements Interceptor {
    private final RecordingWire wire;

    Fallback(RecordingWire wire) {
      this.wire = wire;
    }

    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
      CHANNEL.set(wire.channelOfNextCall());
      RECORDED.set(false);
      try {
        return chain.proceed(chain.request());
      } catch (IOException e) {
        if (!RECORDED.get()) {
          wire.record(exchange(CHANNEL.get(), chain.request(), Answer.none(wire.target.wire().whyNoAnswer(e))));
        }
        throw e;
      } finally {
        CHANNEL.remove();
      }
    }
  }

  /** Records every exchange the generated client and the facade make. */
  private static final class Recorder implements Interceptor {
    /** Headers OkHttp adds for the transport; left out of the curl line. */
    private static final Set<String> TRANSPORT_HEADERS =
        Set.of("host", "connection", "accept-encoding", "user-agent", "content-length");

    private final RecordingWire wire;

    Recorder(RecordingWire wire) {
      this.wire = wire;
    }

    @Override
    public okhttp3.Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      String channel = CHANNEL.get() != null ? CHANNEL.get() : READ_BACK_CHANNEL;
      RECORDED.set(true);
      try {
        okhttp3.Response response = chain.proceed(request);
        String text = response.peekBody(1L << 20).string();
        wire.record(exchange(channel, request, Answer.of(response.code(), text)));
        return response;
      } catch (IOException e) {
        wire.record(exchange(channel, request, Answer.none(wire.target.wire().whyNoAnswer(e))));
        throw e;
      } catch (RuntimeException e) {
        wire.record(exchange(channel, request, Answer.none(e)));
        throw e;
      }
    }
  }
}
