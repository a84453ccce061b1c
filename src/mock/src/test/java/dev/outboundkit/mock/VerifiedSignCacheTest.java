package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.outboundkit.auth.Verifier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedSignCacheTest {

  /** Accepts the sign "good" only, and counts its calls. */
  private static final class CountingVerifier implements Verifier {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean verify(String appId, String timestamp, String sign) {
      calls.incrementAndGet();
      return "good".equals(sign);
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
      throw new AssertionError("the cache works on request triples, not on bytes");
    }
  }

  @Test
  void aVerifiedTripleIsVerifiedOnce() {
    CountingVerifier rsa = new CountingVerifier();
    VerifiedSignCache cache = new VerifiedSignCache(rsa, 10);

    assertThat(cache.verify("app", "1", "good")).isTrue();
    assertThat(cache.verify("app", "1", "good")).isTrue();

    assertThat(rsa.calls).hasValue(1);
  }

  @Test
  void aFailedTripleIsNeverRemembered() {
    CountingVerifier rsa = new CountingVerifier();
    VerifiedSignCache cache = new VerifiedSignCache(rsa, 10);

    assertThat(cache.verify("app", "1", "bad")).isFalse();
    assertThat(cache.verify("app", "1", "bad")).isFalse();

    assertThat(rsa.calls).hasValue(2);
  }

  @Test
  void anotherTimestampOrAppIdWithTheSameSignIsVerifiedAgain() {
    CountingVerifier rsa = new CountingVerifier();
    VerifiedSignCache cache = new VerifiedSignCache(rsa, 10);
    cache.verify("app", "1", "good");

    cache.verify("app", "2", "good");
    cache.verify("other", "1", "good");

    assertThat(rsa.calls).hasValue(3);
  }

  @Test
  void itHoldsNoMoreThanItsCapacity() {
    CountingVerifier rsa = new CountingVerifier();
    VerifiedSignCache cache = new VerifiedSignCache(rsa, 2);
    cache.verify("app", "1", "good");
    cache.verify("app", "2", "good");
    cache.verify("app", "3", "good"); // full: emptied, then holds 3

    cache.verify("app", "1", "good");

    assertThat(rsa.calls).hasValue(4);
  }
}
