package dev.outboundkit.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;

import dev.outboundkit.exception.NonJsonResponseException;
import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.TransportException;
import dev.outboundkit.exception.VendorTimeoutException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a request, and sends it again while {@link RetryPolicy} says so: the one place where the
 * synchronous and the asynchronous calls are retried. Every attempt is a new OkHttp call of the
 * same request, so it goes through the client's interceptors again: the
 * {@link dev.outboundkit.generated.invoker.SigningInterceptor} gives it a fresh {@code timestamp}
 * and {@code sign}, and the {@link AnswerInterceptor} turns its answer into a typed failure.
 * The body is the request's bytes, made once: every attempt sends the same edit.
 */
final class Retrier {
  /** The logger of the client's HTTP traffic: each attempt at DEBUG; exchanges at INFO when asked for. */
  static final String LOGGER = "dev.outboundkit.http";

  private final OkHttpClient http;
  private final RetryPolicy policy;
  private final RetryTimer timer;
  private final Logger log;
  private final int maxRetries;

  /**
   * @param http the client's OkHttp, with its answer and signing interceptors
   * @param maxRetries the client's; a call's {@link RequestOptions} may override it
   */
  Retrier(OkHttpClient http, RetryPolicy policy, RetryTimer timer, Logger log, int maxRetries) {
    this.http = Objects.requireNonNull(http, "http");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.log = Objects.requireNonNull(log, "log");
    this.maxRetries = RetryPolicy.requireMaxRetries(maxRetries);
  }

  /** Reads a {@code 10000} answer's body; may throw an {@link OutboundException} of its own. */
  @FunctionalInterface
  interface AnswerReader<R> {
    R read(String body, int httpStatus);
  }

  /**
   * @return what the reader made of the first answer that was a success
   * @throws OutboundException the last attempt's failure, the earlier ones suppressed into it
   */
  <R> R execute(Request request, RequestOptions options, AnswerReader<R> reader) {
    Attempts attempts = new Attempts(request, options);
    while (true) {
      Call call = attempts.next();
      Duration wait;
      try (Response response = call.execute()) {
        return read(response, reader);
      } catch (IOException e) {
        wait = attempts.failed(failureOf(e, request), headersOf(e));
      } catch (OutboundException e) {
        wait = attempts.failed(e, null);
      }
      if (wait == null) {
        throw attempts.lastFailure();
      }
      try {
        timer.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw attempts.lastFailure();
      }
    }
  }

  /**
   * As {@link #execute}, on OkHttp's dispatcher: the future completes with the result, or with
   * the same failure {@link #execute} throws. Cancelling the future cancels the attempt under way
   * and any attempt to come.
   */
  <R> CompletableFuture<R> enqueue(Request request, RequestOptions options, AnswerReader<R> reader) {
    CompletableFuture<R> result = new CompletableFuture<>();
    new AsyncAttempts<>(new Attempts(request, options), reader, result).send();
    return result;
  }

  private static <R> R read(Response response, AnswerReader<R> reader) throws IOException {
    String body = response.body().string();
    try {
      return reader.read(body, response.code());
    } catch (OutboundException e) {
      throw e;
    } catch (RuntimeException e) {
      // A body Gson cannot map onto the spec's shape (e.g. data of the wrong type).
      throw new NonJsonResponseException("the answer does not fit the spec: " + innermostMessage(e), response.code(),
          body, e);
    }
  }

  /** @return the first line of the root cause's message: Gson's own, without its wrappers' class names */
  private static String innermostMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "no detail" : root.getMessage().strip();
    return message.lines().findFirst().orElse("no detail");
  }

  private static OutboundException failureOf(IOException e, Request request) {
    if (e instanceof AnswerInterceptor.Failure answered) {
      return answered.failure();
    }
    String host = request.url().host();
    String detail = e.getMessage() == null ? "no detail" : e.getMessage();
    if (e instanceof InterruptedIOException) {
      return new VendorTimeoutException("no answer from " + host + " in time: " + detail
          + "; the edit may have been applied, read it back before retrying", e);
    }
    return new TransportException("cannot reach " + host + ": " + detail, e);
  }

  private static Headers headersOf(IOException e) {
    return e instanceof AnswerInterceptor.Failure answered ? answered.headers() : null;
  }

  /** The attempts of one call, in order; used by one thread at a time. */
  private final class Attempts {
    private final Request request;
    private final RequestOptions options;
    private final int callMaxRetries;
    private final List<OutboundException> failures = new ArrayList<>();
    private int started;

    Attempts(Request request, RequestOptions options) {
      this.request = Objects.requireNonNull(request, "request");
      this.options = Objects.requireNonNull(options, "options");
      this.callMaxRetries = options.maxRetriesOr(maxRetries);
    }

    /** A new OkHttp call of the request: signed afresh on its way out. */
    Call next() {
      started++;
      Call call = http.newCall(request);
      options.callTimeout().ifPresent(timeout -> call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS));
      // Neither the headers nor the body: the sign stays out of the log.
      log.debug("{} {}: attempt {} of {}", request.method(), request.url(), started, callMaxRetries + 1);
      return call;
    }

    /** @return the wait before the next attempt; null when this failure ends the call */
    Duration failed(OutboundException failure, Headers answer) {
      failures.add(failure);
      RetryPolicy.Decision decision = policy.decide(failure, answer, started, callMaxRetries);
      log.debug("{} {}: attempt {} failed: {}; {}", request.method(), request.url(), started, failure.getMessage(),
          decision);
      return decision.delay();
    }

    /** @return the last failure, each earlier one suppressed into it */
    OutboundException lastFailure() {
      OutboundException last = failures.get(failures.size() - 1);
      for (OutboundException earlier : failures.subList(0, failures.size() - 1)) {
        last.addSuppressed(earlier);
      }
      return last;
    }
  }

  /** The asynchronous attempts of one call: each on OkHttp's dispatcher, the waits on the timer. */
  private final class AsyncAttempts<R> implements Callback {
    private final Attempts attempts;
    private final AnswerReader<R> reader;
    private final CompletableFuture<R> result;
    private volatile Call current;

    AsyncAttempts(Attempts attempts, AnswerReader<R> reader, CompletableFuture<R> result) {
      this.attempts = attempts;
      this.reader = reader;
      this.result = result;
      result.whenComplete((answer, failure) -> {
        Call call = current;
        if (result.isCancelled() && call != null) {
          call.cancel();
        }
      });
    }

    void send() {
      try {
        if (result.isDone()) {
          return;
        }
        Call call = attempts.next();
        current = call;
        if (result.isCancelled()) {
          // Cancelled between the check and now: the cancel may have missed this call.
          call.cancel();
          return;
        }
        call.enqueue(this);
      } catch (RuntimeException e) {
        // On the timer's thread nobody else would see it.
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onResponse(Call call, Response response) {
      try (response) {
        result.complete(read(response, reader));
      } catch (OutboundException e) {
        failed(e, null);
      } catch (IOException e) {
        failed(failureOf(e, call.request()), headersOf(e));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }

    @Override
    public void onFailure(Call call, IOException e) {
      failed(failureOf(e, call.request()), headersOf(e));
    }

    private void failed(OutboundException failure, Headers answer) {
      if (result.isDone()) {
        // Cancelled: the failure is the cancel's own.
        return;
      }
      Duration wait = attempts.failed(failure, answer);
      if (wait == null) {
        result.completeExceptionally(attempts.lastFailure());
      } else {
        timer.schedule(wait, this::send);
      }
    }
  }
}
