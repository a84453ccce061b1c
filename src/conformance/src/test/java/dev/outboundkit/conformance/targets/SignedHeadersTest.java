package dev.outboundkit.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.testing.TestKeys;

/** The one builder of signed headers: the generated run's reused signature, a scenario's faults. */
class SignedHeadersTest {
  private static final long START = 1_800_000_000_000L;

  private final MovableClock clock = new MovableClock(START);
  /** Nothing is sent: no server is needed to make headers. */
  private final Target target = new Target("test target", new Wire("http://127.0.0.1:9"), TestKeys.APP_ID,
      TestKeys.privateKey(), TargetFacts.of(Fixtures.defaults()), null, null, null, () -> { });

  @AfterEach
  void close() {
    target.close();
  }

  @Test
  void aReusedSignatureServesForASecondThenTheClocksTimeIsSignedAfresh() {
    SignedHeaders headers = SignedHeaders.reusing(Duration.ofSeconds(1), clock);

    Map<String, String> first = Map.ofEntries(headers.build(target, true).toArray(Map.Entry[]::new));
    clock.millis = START + 999;
    Map<String, String> within = Map.ofEntries(headers.build(target, false).toArray(Map.Entry[]::new));
    clock.millis = START + 1000;
    Map<String, String> after = Map.ofEntries(headers.build(target, false).toArray(Map.Entry[]::new));

    assertThat(first.get(SignedHeaders.TIMESTAMP)).isEqualTo(Long.toString(START));
    assertThat(within.get(SignedHeaders.TIMESTAMP)).isEqualTo(Long.toString(START));
    assertThat(within.get(SignedHeaders.SIGN)).isEqualTo(first.get(SignedHeaders.SIGN));
    assertThat(after.get(SignedHeaders.TIMESTAMP)).isEqualTo(Long.toString(START + 1000));
    assertThat(verifies(after)).isTrue();
  }

  @Test
  void headersChangedOnPurposeAreSignedAsChangedEvenWhenReusing() {
    SignedHeaders headers = SignedHeaders.reusing(Duration.ofSeconds(1), clock).signAppId("someone-else");

    Map<String, String> sent = Map.ofEntries(headers.build(target, true).toArray(Map.Entry[]::new));

    assertThat(sent.get(SignedHeaders.APP_ID)).isEqualTo(TestKeys.APP_ID);
    assertThat(verifies(sent)).as("signed over another appId").isFalse();
  }

  @Test
  void aRemovedHeaderIsLeftOutAndTheEditAloneNamesItsType() {
    List<Map.Entry<String, String>> edit = SignedHeaders.signingEach(clock).header(SignedHeaders.SIGN, null)
        .build(target, true);
    List<Map.Entry<String, String>> readBack = SignedHeaders.signingEach(clock).build(target, false);

    assertThat(edit).extracting(Map.Entry::getKey)
        .containsExactly(SignedHeaders.CONTENT_TYPE, SignedHeaders.APP_ID, SignedHeaders.TIMESTAMP);
    assertThat(readBack).extracting(Map.Entry::getKey)
        .containsExactly(SignedHeaders.APP_ID, SignedHeaders.TIMESTAMP, SignedHeaders.SIGN);
  }

  @Test
  void aSecondTenantsRequestIsMadeAgainFromItsRecipeAsThatTenantOfTheTargetItGoesTo() {
    Tenant second = new Tenant("second-tenant", PrivateKeys.load(TestKeys.path(TestKeys.SECOND_PKCS8_PEM)));
    SigningRecipe recipe = SignedHeaders.signingEach(clock).asSecondTenant().recipe();

    try (Target withSecond = new Target("target with a second tenant", new Wire("http://127.0.0.1:9"),
        TestKeys.APP_ID, TestKeys.privateKey(), TargetFacts.of(Fixtures.defaults()), null, second, null, () -> { })) {
      Map<String, String> sent = Map.ofEntries(SignedHeaders.from(recipe, clock).build(withSecond, true)
          .toArray(Map.Entry[]::new));

      assertThat(sent.get(SignedHeaders.APP_ID)).isEqualTo("second-tenant");
      assertThat(RequestSigning.verify(new RSAVerifier(PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM))),
          "second-tenant", sent.get(SignedHeaders.TIMESTAMP), sent.get(SignedHeaders.SIGN)))
          .as("signed with the second tenant's key").isTrue();
    }
    assertThatThrownBy(() -> SignedHeaders.from(recipe, clock).build(target, true))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no second tenant");
  }

  private static boolean verifies(Map<String, String> headers) {
    return RequestSigning.verify(new RSAVerifier(PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM))),
        headers.get(SignedHeaders.APP_ID), headers.get(SignedHeaders.TIMESTAMP), headers.get(SignedHeaders.SIGN));
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    long millis;

    MovableClock(long millis) {
      this.millis = millis;
    }

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
