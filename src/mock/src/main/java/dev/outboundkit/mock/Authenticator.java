package dev.outboundkit.mock;

import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.generated.model.ResultCode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who sent a request: the three signing headers (their names from the spec's x-signing-*
 * schemes), the tenants' public keys, and the timestamp window around the mock's clock. Checks
 * in the vendor's order (docs/mock.md, "Authentication, in this order"); the reason of a refusal
 * goes to the log, never to the caller, and the sign never to either.
 */
final class Authenticator {

  private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

  private final RequestSigning signing;
  private final Map<String, Verifier> tenants;
  private final Clock clock;
  private final long windowMillis;

  /**
   * @param tenants each appId's verifier
   * @param verifiedSignCache how many verified triples to remember per tenant, 0 for none
   *     ({@link VerifiedSignCache})
   * @param window how far a timestamp may be from the clock, either side
   */
  Authenticator(RequestSigning signing, Map<String, Verifier> tenants, int verifiedSignCache, Clock clock,
      Duration window) {
    this.signing = Objects.requireNonNull(signing, "signing");
    Map<String, Verifier> verifiers = new HashMap<>();
    tenants.forEach((appId, verifier) -> verifiers.put(appId, verifiedSignCache == 0
        ? verifier : new VerifiedSignCache(verifier, verifiedSignCache)));
    this.tenants = Map.copyOf(verifiers);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowMillis = window.toMillis();
  }

  /** @return the appIds that have a public key */
  Set<String> appIds() {
    return tenants.keySet();
  }

  /**
   * Authenticates with every value received of each signing header: a header sent twice makes
   * the signature ambiguous, refused with 10001 whatever the values, so that no reading of
   * "which one counts" can let a request through.
   *
   * @return empty when the request is authenticated, else 10001 or 10002
   */
  Optional<ResultCode> refusal(Headers headers) {
    List<String> appIds = headers.values(signing.appIdHeader());
    List<String> timestamps = headers.values(signing.timestampHeader());
    List<String> signs = headers.values(signing.signHeader());
    if (appIds.size() > 1 || timestamps.size() > 1 || signs.size() > 1) {
      return failed("a signing header is sent more than once (appId, timestamp or sign)", null);
    }
    return refusal(first(appIds), first(timestamps), first(signs));
  }

  private Optional<ResultCode> refusal(String appId, String timestamp, String sign) {
    if (blank(appId) || blank(timestamp) || blank(sign)) {
      return failed("a header is missing or blank (appId, timestamp and sign are required)", appId);
    }
    Verifier verifier = tenants.get(appId);
    if (verifier == null) {
      LOG.debug("{}: no public key for appId {}", ResultCode.PUBLIC_KEY_NOT_FOUND, Answer.quote(appId));
      return Optional.of(ResultCode.PUBLIC_KEY_NOT_FOUND);
    }
    long millis = epochMillis(timestamp);
    if (millis < 0) {
      return failed("timestamp is not epoch milliseconds (digits only)", appId);
    }
    if (Math.abs(clock.millis() - millis) > windowMillis) {
      return failed("timestamp is more than " + windowMillis / 1000 + " s away from the mock's clock", appId);
    }
    if (!verifier.verify(appId, timestamp, sign)) {
      return failed("sign does not verify with the public key of the appId", appId);
    }
    return Optional.empty();
  }

  private static Optional<ResultCode> failed(String why, String appId) {
    LOG.debug("{} for appId {}: {}", ResultCode.AUTHENTICATION_FAILED, appId == null ? null : Answer.quote(appId),
        why);
    return Optional.of(ResultCode.AUTHENTICATION_FAILED);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /** @return the value, or -1 when the text is not 1 to 18 digits */
  private static long epochMillis(String timestamp) {
    int length = timestamp.length();
    if (length > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean blank(String header) {
    return header == null || header.isBlank();
  }
}
