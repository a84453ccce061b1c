package dev.outboundkit.conformance.targets;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.spec.ApiSpec;

/**
 * The headers of a request the suite sends itself, made at the moment it is sent: {@code appId},
 * {@code timestamp} from the clock and {@code sign} made by {@link RequestSigning} (the one place
 * that knows the string to sign), then whatever a scenario changed on purpose.
 *
 * <p>The signature covers only the appId and the timestamp, so headers {@link #reusing} a
 * signature send the same timestamp and sign until the clock has moved on by that long (RSA
 * signing costs about a millisecond; a generated run sends thousands of requests). Headers changed
 * on purpose are signed afresh each time.
 *
 * <p>What was changed on purpose is its {@link #recipe()}: headers made {@link #from} a recipe
 * later, with a fresh clock, are changed the same way ({@code outboundkit replay}).
 */
public final class SignedHeaders {
  /** The three signed headers' names, from the spec's x-signing-* schemes. */
  private static final RequestSigning SIGNING = ApiSpec.bundled().signing();
  public static final String APP_ID = SIGNING.appIdHeader();
  public static final String TIMESTAMP = SIGNING.timestampHeader();
  public static final String SIGN = SIGNING.signHeader();
  public static final String CONTENT_TYPE = "Content-Type";
  private static final String JSON = "application/json";
  /** A text that is no signature, for a sign header sent twice: {@code not-a-signature} in Base64. */
  public static final String NOT_A_SIGNATURE = "bm90LWEtc2lnbmF0dXJl";

  private final Clock clock;
  private final long reuseMillis;

  /** The appId sent; null to send the target's. */
  private String appIdSent;
  /** The appId the signature covers; null for the one sent. */
  private String appIdSigned;
  /** Added to the clock for the timestamp sent (and signed). */
  private long offsetMillis;
  /** Send the timestamp in seconds, signed as sent. */
  private boolean inSeconds;
  /** A literal timestamp, signed as sent; null for the clock's. */
  private String literalTimestamp;
  /** Added to the timestamp sent for the one the signature covers. */
  private long signedTimestampDelta;
  /** The key that signs; null for the tenant's. */
  private PrivateKey signingKey;
  /** Sent and signed as the target's second tenant ({@link Target#secondTenant()}), not its first. */
  private boolean secondTenant;
  /** The sign header twice: {@link SigningRecipe#VALID_FIRST} or {@link SigningRecipe#VALID_LAST}; null for once. */
  private String duplicateSign;
  /** Headers replaced (a value) or left out (null), applied last; keys are header names. */
  private final Map<String, String> overrides = new LinkedHashMap<>();

  /** The signature last made for reuse, the key, appId and time it was made for. */
  private PrivateKey signedFor;
  private String signedAppId;
  private long signedAt;
  private String signature;

  private SignedHeaders(Clock clock, Duration reuse) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.reuseMillis = reuse.toMillis();
  }

  /** @return headers signed afresh for every request */
  public static SignedHeaders signingEach(Clock clock) {
    return new SignedHeaders(clock, Duration.ZERO);
  }

  /** @return headers that reuse one timestamp and its signature for up to {@code reuse} */
  public static SignedHeaders reusing(Duration reuse, Clock clock) {
    return new SignedHeaders(clock, Objects.requireNonNull(reuse, "reuse"));
  }

  /** Sends this appId instead of the target's. */
  public SignedHeaders sendAppId(String appId) {
    appIdSent = Objects.requireNonNull(appId, "appId");
    return this;
  }

  /** Signs this appId instead of the one sent. */
  public SignedHeaders signAppId(String appId) {
    appIdSigned = Objects.requireNonNull(appId, "appId");
    return this;
  }

  /** Sends (and signs) a timestamp this far from the clock's. */
  public SignedHeaders shiftTimestamp(Duration offset) {
    offsetMillis = offset.toMillis();
    return this;
  }

  /** Sends the timestamp in seconds, signed as sent. */
  public SignedHeaders timestampInSeconds() {
    inSeconds = true;
    return this;
  }

  /** Sends this text as the timestamp, signed as sent. */
  public SignedHeaders timestamp(String text) {
    literalTimestamp = Objects.requireNonNull(text, "text");
    return this;
  }

  /** Signs a timestamp this many milliseconds after the one sent. */
  public SignedHeaders signTimestampShiftedBy(long millis) {
    signedTimestampDelta = millis;
    return this;
  }

  /** Signs with this key instead of the tenant's. */
  public SignedHeaders signWith(PrivateKey key) {
    signingKey = Objects.requireNonNull(key, "key");
    return this;
  }

  /** Sends and signs as the target's second tenant: its appId and its key, whichever target it goes to. */
  public SignedHeaders asSecondTenant() {
    secondTenant = true;
    return this;
  }

  /**
   * Sends the sign header twice: the valid sign and {@link #NOT_A_SIGNATURE}, the valid one first
   * or last.
   */
  public SignedHeaders signTwice(boolean validFirst) {
    duplicateSign = validFirst ? SigningRecipe.VALID_FIRST : SigningRecipe.VALID_LAST;
    return this;
  }

  /** @return what was changed on purpose, without the key or any sign the key made */
  public synchronized SigningRecipe recipe() {
    return new SigningRecipe(appIdSent, appIdSigned, offsetMillis, inSeconds, literalTimestamp, signedTimestampDelta,
        signingKey != null, overrides, duplicateSign, secondTenant);
  }

  /**
   * @return headers made as the recipe says, signed afresh for every request; "another key" is
   *     a key no target knows ({@link Keys#strangerKey()})
   */
  public static SignedHeaders from(SigningRecipe recipe, Clock clock) {
    SignedHeaders headers = signingEach(clock);
    headers.appIdSent = recipe.appIdSent();
    headers.appIdSigned = recipe.appIdSigned();
    headers.offsetMillis = recipe.offsetMillis();
    headers.inSeconds = recipe.inSeconds();
    headers.literalTimestamp = recipe.literalTimestamp();
    headers.signedTimestampDelta = recipe.signedTimestampDelta();
    headers.signingKey = recipe.otherKey() ? Keys.strangerKey() : null;
    headers.overrides.putAll(recipe.overrides());
    headers.duplicateSign = recipe.duplicateSign();
    headers.secondTenant = recipe.secondTenant();
    return headers;
  }

  /** Sends the header with this value, or, for a null value, leaves it out; applied last. */
  public SignedHeaders header(String name, String value) {
    overrides.put(Objects.requireNonNull(name, "name"), value);
    return this;
  }

  /** @return whether nothing was changed on purpose */
  public boolean isDefault() {
    return appIdSent == null && appIdSigned == null && offsetMillis == 0 && !inSeconds
        && literalTimestamp == null && signedTimestampDelta == 0 && signingKey == null
        && overrides.isEmpty() && duplicateSign == null && !secondTenant;
  }

  /**
   * @return the headers to send, in order, for an edit (with Content-Type) or a read-back, as the
   *     target's tenant (or its second tenant, {@link #asSecondTenant()})
   * @throws IllegalStateException when they are the second tenant's and the target names none
   */
  public List<Map.Entry<String, String>> build(Target target, boolean withContentType) {
    if (secondTenant) {
      Tenant second = target.secondTenant().orElseThrow(() -> new IllegalStateException(
          "the request is the second tenant's, and " + target.description() + " names no second tenant"));
      return build(second.appId(), second.privateKey(), withContentType);
    }
    return build(target.appId(), target.privateKey(), withContentType);
  }

  /**
   * @param tenantAppId the tenant's appId, sent unless changed on purpose
   * @param tenantKey the tenant's private key, which signs unless changed on purpose
   * @return the headers to send, in order, for an edit (with Content-Type) or a read-back
   */
  public synchronized List<Map.Entry<String, String>> build(String tenantAppId, PrivateKey tenantKey,
      boolean withContentType) {
    String appId = appIdSent != null ? appIdSent : tenantAppId;
    String timestamp;
    String sign;
    if (reuseMillis > 0 && isDefault()) {
      long now = clock.millis();
      if (signature == null || signedFor != tenantKey || !appId.equals(signedAppId) || now - signedAt >= reuseMillis
          || now < signedAt) {
        signedFor = tenantKey;
        signedAppId = appId;
        signedAt = now;
        signature = RequestSigning.sign(new RSASigner(tenantKey), appId, Long.toString(now));
      }
      timestamp = Long.toString(signedAt);
      sign = signature;
    } else {
      long now = clock.millis() + offsetMillis;
      timestamp = literalTimestamp != null ? literalTimestamp : Long.toString(inSeconds ? now / 1000 : now);
      Long numeric = parse(timestamp);
      // A timestamp that is no number (or would go negative) is signed as sent, so that only the
      // scenario's one change is wrong.
      String signedTimestamp = numeric != null && numeric + signedTimestampDelta >= 0
          ? Long.toString(numeric + signedTimestampDelta) : timestamp;
      PrivateKey key = signingKey != null ? signingKey : tenantKey;
      sign = RequestSigning.sign(new RSASigner(key), appIdSigned != null ? appIdSigned : appId, signedTimestamp);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (withContentType) {
      headers.put(CONTENT_TYPE, JSON);
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
    if (duplicateSign != null && headers.containsKey(SIGN)) {
      // the valid sign stays where it was; the other copy goes just before or after it
      int at = list.indexOf(new AbstractMap.SimpleImmutableEntry<>(SIGN, headers.get(SIGN)));
      boolean validFirst = SigningRecipe.VALID_FIRST.equals(duplicateSign);
      list.add(validFirst ? at + 1 : at, new AbstractMap.SimpleImmutableEntry<>(SIGN, NOT_A_SIGNATURE));
    }
    return list;
  }

  private static Long parse(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
