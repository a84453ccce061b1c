package dev.outboundkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one call that override the client's: how many times it may be retried, and how
 * long each attempt may take. What is not set stays the client's.
 *
 * <pre>{@code
 * client.editInProgressTask(body, RequestOptions.builder().maxRetries(0).callTimeout(Duration.ofSeconds(5)).build());
 * }</pre>
 */
public final class RequestOptions {
  /** Nothing overridden: the calls without options. */
  static final RequestOptions NONE = builder().build();

  private final Integer maxRetries;
  private final Duration callTimeout;

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.callTimeout = builder.callTimeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  int maxRetriesOr(int clientMaxRetries) {
    return maxRetries == null ? clientMaxRetries : maxRetries;
  }

  Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + (maxRetries == null ? "client's" : maxRetries)
        + ", callTimeout=" + (callTimeout == null ? "client's" : callTimeout) + "}";
  }

  /** Builds {@link RequestOptions}; every setting is optional. */
  public static final class Builder {
    private Integer maxRetries;
    private Duration callTimeout;

    private Builder() {
    }

    /**
     * @param maxRetries how many times this call may be sent again after its first attempt; 0 for none
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = RetryPolicy.requireMaxRetries(maxRetries);
      return this;
    }

    /**
     * @param timeout how long each attempt of this call may take, connect to last byte, instead
     *     of the client's {@code callTimeout}; the client's connect and read timeouts still apply
     * @throws IllegalArgumentException when not positive
     */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive, was " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
