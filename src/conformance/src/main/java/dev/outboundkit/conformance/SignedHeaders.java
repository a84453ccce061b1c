package dev.outboundkit.conformance;

import java.security.PrivateKey;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.spec.ApiSpec;

/**
 * The headers of a raw request, made at the moment it is sent: {@code appId}, {@code timestamp}
 * from the current clock and {@code sign} made by {@link RequestSigning} (the one place that
 * knows the string to sign), then whatever a scenario changed on purpose.
 */
final class SignedHeaders {
  /** The three signed headers' names, from the spec's x-signing-* schemes. */
  private static final RequestSigning SIGNING = ApiSpec.bundled().signing();
  static final String APP_ID = SIGNING.appIdHeader();
  static final String TIMESTAMP = SIGNING.timestampHeader();
  static final String SIGN = SIGNING.signHeader();
  static final String CONTENT_TYPE = "Content-Type";

  /** The appId sent; null to send the target's. */
  String appIdSent;
  /** The appId the signature covers; null for the one sent. */
  String appIdSigned;
  /** Added to the current clock for the timestamp sent (and signed). */
  long offsetMillis;
  /** Send the timestamp in seconds, signed as sent. */
  boolean inSeconds;
  /** A literal timestamp, signed as sent; null for the clock's. */
  String literalTimestamp;
  /** Added to the timestamp sent for the one the signature covers. */
  long signedTimestampDelta;
  /** The key that signs; null for the tenant's. */
  PrivateKey signingKey;
  /** Headers replaced (a value) or left out (null), applied last; keys are header names. */
  final Map<String, String> overrides = new LinkedHashMap<>();

  /** @return the headers to send, in order, for an edit (with Content-Type) or a read-back */
  List<Map.Entry<String, String>> build(Target target, boolean withContentType) {
    String appId = appIdSent != null ? appIdSent : target.appId();
    String signedAppId = appIdSigned != null ? appIdSigned : appId;
    long now = System.currentTimeMillis() + offsetMillis;
    String timestamp;
    if (literalTimestamp != null) {
      timestamp = literalTimestamp;
    } else if (inSeconds) {
      timestamp = Long.toString(now / 1000);
    } else {
      timestamp = Long.toString(now);
    }
    PrivateKey key = signingKey != null ? signingKey : target.privateKey();
    Long numeric = parse(timestamp);
    // A timestamp that is no number (or would go negative) is signed as sent, so that only the
    // scenario's one change is wrong.
    String signedTimestamp = numeric != null && numeric + signedTimestampDelta >= 0
        ? Long.toString(numeric + signedTimestampDelta) : timestamp;
    String sign = RequestSigning.sign(new RSASigner(key), signedAppId, signedTimestamp);
    Map<String, String> headers = new LinkedHashMap<>();
    if (withContentType) {
      headers.put(CONTENT_TYPE, "application/json");
    }
    headers.put(APP_ID, appId);
    headers.put(TIMESTAMP, timestamp);
    headers.put(SIGN, sign);
    overrides.forEach((name, value) -> {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
    });
    List<Map.Entry<String, String>> list = new ArrayList<>();
    headers.forEach((name, value) -> list.add(new AbstractMap.SimpleImmutableEntry<>(name, value)));
    return list;
  }

  /** @return whether nothing was changed on purpose */
  boolean isDefault() {
    return appIdSent == null && appIdSigned == null && offsetMillis == 0 && !inSeconds
        && literalTimestamp == null && signedTimestampDelta == 0 && signingKey == null
        && overrides.isEmpty();
  }

  private static Long parse(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
