package dev.outboundkit.mock;

import dev.outboundkit.auth.Verifier;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link Verifier} that remembers the last signatures it verified, so that a client reusing
 * one signed timestamp (as the vendor's signing rule allows) costs one RSA verification, not one
 * per request.
 *
 * <p>Safe because the sign covers exactly {@code appId + timestamp} and nothing else: a
 * remembered triple verifies now as it did then (tenants' keys do not change while the mock
 * runs). Freshness is still checked on every request, before the verifier is asked. Only
 * verified triples are kept; a failed one is verified again each time. Bounded: when full, the
 * cache is emptied and fills again, so memory stays bounded whatever the traffic.
 */
final class VerifiedSignCache implements Verifier {

  private final Verifier delegate;
  private final int capacity;
  private final ConcurrentHashMap<Key, Boolean> verified;

  private record Key(String appId, String timestamp, String sign) {
  }

  /** @param capacity the most triples kept, at least 1 */
  VerifiedSignCache(Verifier delegate, int capacity) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.verified = new ConcurrentHashMap<>(Math.min(capacity, 1024));
  }

  @Override
  public boolean verify(String appId, String timestamp, String sign) {
    if (appId == null || timestamp == null || sign == null) {
      return false;
    }
    Key key = new Key(appId, timestamp, sign);
    if (verified.containsKey(key)) {
      return true;
    }
    if (!delegate.verify(appId, timestamp, sign)) {
      return false;
    }
    if (verified.size() >= capacity) {
      verified.clear();
    }
    verified.put(key, Boolean.TRUE);
    return true;
  }

  /** Bytes are not remembered: only the request triple above is safe to key on. */
  @Override
  public boolean verify(byte[] message, byte[] signature) {
    return delegate.verify(message, signature);
  }

  @Override
  public String toString() {
    return "VerifiedSignCache{" + capacity + ", " + delegate + "}";
  }
}
