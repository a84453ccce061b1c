package dev.outboundkit.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import dev.outboundkit.exception.OutboundException;
import dev.outboundkit.exception.ResultCodeException;
import dev.outboundkit.exception.SystemErrorException;
import dev.outboundkit.exception.TransportException;
import dev.outboundkit.exception.UnknownResultCodeException;
import dev.outboundkit.exception.VendorTimeoutException;
import okhttp3.Headers;

/**
 * Which failures are sent again, and after how long: exponential backoff with full jitter (a wait
 * drawn evenly between zero and a ceiling that doubles with each retry, up to a cap, as in the AWS
 * architecture blog's "Exponential Backoff And Jitter"), or the answer's {@code Retry-After}.
 */
final class RetryPolicy {
  static final int DEFAULT_MAX_RETRIES = 2;
  /** The ceiling of the first retry's wait; it doubles with each further retry. */
  static final Duration INITIAL_DELAY = Duration.ofMillis(500);
  /** The ceiling's cap. */
  static final Duration MAX_DELAY = Duration.ofSeconds(8);
  /** The longest {@code Retry-After} waited for; an answer asking more is not retried. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(1);
  /** Statuses of a gateway or a server that may answer otherwise the next time. */
  static final Set<Integer> RETRIED_STATUSES = Set.of(408, 429, 502, 503, 504);

  private static final String RETRY_AFTER = "Retry-After";
  /** More digits than this, and the number of seconds is more than {@link #MAX_RETRY_AFTER} anyway. */
  private static final int MAX_RETRY_AFTER_DIGITS = 9;

  private final RandomGenerator random;
  private final Clock clock;

  /**
   * @param random draws the jitter
   * @param clock the now a {@code Retry-After} date is counted from
   */
  RetryPolicy(RandomGenerator random, Clock clock) {
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @throws IllegalArgumentException when {@code maxRetries} is negative */
  static int requireMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
    }
    return maxRetries;
  }

  /**
   * Whether sending the same request again may succeed. A vendor code other than {@code 29008}
   * is the vendor's considered answer ({@code 10001}, {@code 10002}, {@code 20001}, {@code 29002}),
   * the same the next time. No answer, a {@code 29008}, or a status of {@link #RETRIED_STATUSES}
   * without one of those codes (a gateway's page, say) may be gone the next time.
   */
  static boolean isTransient(OutboundException failure) {
    if (failure instanceof VendorTimeoutException || failure instanceof TransportException
        || failure instanceof SystemErrorException) {
      return true;
    }
    if (failure instanceof ResultCodeException && !(failure instanceof UnknownResultCodeException)) {
      return false;
    }
    return RETRIED_STATUSES.contains(failure.httpStatus());
  }

  /**
   * @param failure what the attempt ended with
   * @param answer the headers of the answer that carried the failure; null when no answer came
   * @param attempt the attempt that failed, 1 for the first
   * @param maxRetries how many attempts may follow the first
   * @return whether to send again, and after how long
   */
  Decision decide(OutboundException failure, Headers answer, int attempt, int maxRetries) {
    if (!isTransient(failure)) {
      return Decision.stop("not retried");
    }
    if (attempt > maxRetries) {
      return Decision.stop("no retry left (maxRetries " + maxRetries + ")");
    }
    String retryAfter = answer == null ? null : answer.get(RETRY_AFTER);
    Optional<Duration> asked = retryAfter(retryAfter);
    if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
      return Decision.stop("the answer asks to wait (" + RETRY_AFTER + ": " + retryAfter.strip() + ")"
          + ", more than " + MAX_RETRY_AFTER.toSeconds() + " s: not retried");
    }
    return Decision.after(asked.orElseGet(() -> backoff(attempt)));
  }

  /**
   * @param retry 1 for the first retry
   * @return a wait drawn evenly from [0, min(cap, initial * 2^(retry - 1)))
   */
  Duration backoff(int retry) {
    long ceiling = Math.min(MAX_DELAY.toMillis(), INITIAL_DELAY.toMillis() << Math.min(retry - 1, 20));
    return Duration.ofMillis((long) (random.nextDouble() * ceiling));
  }

  /** @return the wait a {@code Retry-After} asks for (seconds or an HTTP date); empty when absent or unreadable */
  Optional<Duration> retryAfter(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(text.length() > MAX_RETRY_AFTER_DIGITS ? MAX_RETRY_AFTER.plusSeconds(1)
          : Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * @param delay how long to wait before the next attempt; null to stop
   * @param reason why not, when stopping
   */
  record Decision(Duration delay, String reason) {
    static Decision after(Duration delay) {
      return new Decision(delay, null);
    }

    static Decision stop(String reason) {
      return new Decision(null, reason);
    }

    @Override
    public String toString() {
      return delay != null ? "next attempt in " + delay.toMillis() + " ms" : reason;
    }
  }
}
