package dev.outboundkit.conformance.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a request's signing headers were made, without the key or the sign: enough to make them
 * again later with a fresh timestamp and the tenant's key ({@code outboundkit replay}), changed on
 * purpose the same way (another key, a stale timestamp, a header left out...).
 *
 * @param appIdSent the appId sent instead of the tenant's; null for the tenant's
 * @param appIdSigned the appId the signature covers instead of the one sent; null for the one sent
 * @param offsetMillis added to the clock for the timestamp sent (and signed)
 * @param inSeconds whether the timestamp is sent in seconds
 * @param literalTimestamp a timestamp sent as written; null for the clock's
 * @param signedTimestampDelta added to the timestamp sent for the one the signature covers
 * @param otherKey whether a key no target knows signs, rather than the tenant's
 * @param overrides signing headers replaced (a value) or left out (null), applied last; values
 *     here were set on purpose (a text that is no signature, the page's sample sign), never a
 *     sign the key made
 * @param duplicateSign {@link #VALID_FIRST} or {@link #VALID_LAST} when the sign header is sent twice, a
 *     valid sign and a text that is no signature; null when it is sent once
 * @param secondTenant whether the target's second tenant sent and signed it, with its appId and key
 */
public record SigningRecipe(String appIdSent, String appIdSigned, long offsetMillis, boolean inSeconds,
    String literalTimestamp, long signedTimestampDelta, boolean otherKey, Map<String, String> overrides,
    String duplicateSign, boolean secondTenant) {

  public static final String VALID_FIRST = "valid-first";
  public static final String VALID_LAST = "valid-last";

  /** The headers as the page says to make them, nothing changed. */
  public static final SigningRecipe PLAIN = new SigningRecipe(null, null, 0, false, null, 0, false, Map.of(), null,
      false);

  public SigningRecipe {
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(overrides, "overrides").forEach(copy::put); // null values: left out
    overrides = java.util.Collections.unmodifiableMap(copy);
    if (duplicateSign != null && !List.of(VALID_FIRST, VALID_LAST).contains(duplicateSign)) {
      throw new IllegalArgumentException("duplicateSign is " + VALID_FIRST + " or " + VALID_LAST);
    }
  }

  /** @return whether nothing was changed on purpose */
  public boolean isPlain() {
    return equals(PLAIN);
  }
}
