package dev.outboundkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The backoff's draws and the reading of {@code Retry-After}, on their own. */
class RetryPolicyTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);

  @Test
  void fullJitterDrawsSpreadOverTheWholeRangeBelowTheCeiling() {
    RetryPolicy policy = new RetryPolicy(new Random(42), CLOCK);

    for (int retry = 1; retry <= 8; retry++) {
      long ceiling = Math.min(8000, 500L << (retry - 1));
      int r = retry;
      List<Long> draws = IntStream.range(0, 2000).mapToObj(i -> policy.backoff(r).toMillis()).toList();

      assertThat(draws).allSatisfy(draw -> assertThat(draw).isBetween(0L, ceiling - 1));
      // Full jitter, not "half the ceiling plus jitter": the draws reach both ends.
      assertThat(draws).anySatisfy(draw -> assertThat(draw).isLessThan(ceiling / 20));
      assertThat(draws).anySatisfy(draw -> assertThat(draw).isGreaterThan(ceiling - ceiling / 20));
    }
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    RetryPolicy policy = new RetryPolicy(new Random(), CLOCK);

    assertThat(policy.retryAfter(" 7 ")).contains(Duration.ofSeconds(7));
    assertThat(policy.retryAfter("Mon, 06 May 2024 07:08:39 GMT")).contains(Duration.ofSeconds(30));
    assertThat(policy.retryAfter("Mon, 06 May 2024 07:00:00 GMT")).contains(Duration.ZERO);
    assertThat(policy.retryAfter("99999999999999999999")).get().matches(wait -> wait.compareTo(RetryPolicy.MAX_RETRY_AFTER) > 0);
    assertThat(policy.retryAfter("-3")).isEmpty();
    assertThat(policy.retryAfter("tomorrow")).isEmpty();
    assertThat(policy.retryAfter(null)).isEmpty();
  }
}
