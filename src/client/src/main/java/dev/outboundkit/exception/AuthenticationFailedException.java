package dev.outboundkit.exception;

import java.time.Duration;
import java.util.Optional;

import dev.outboundkit.generated.model.ResultCode;

/**
 * {@code 10001} 鉴权失败: a signing header is missing, the timestamp is off, or the signature does
 * not verify. The vendor says no more, so the client adds what it can know locally (the
 * "local hints" of the message): how far this machine's clock is from the answer's {@code Date}
 * header, and the fingerprint of the public key that matches the signing key, to compare with the
 * key uploaded for the {@code appId}. The {@code sign} command of the command line shows what was
 * signed.
 */
public final class AuthenticationFailedException extends ResultCodeException {
  /** The result code this exception stands for. */
  public static final String CODE = ResultCode.AUTHENTICATION_FAILED.getValue();

  private final Duration clockOffset;
  private final String keyFingerprint;

  public AuthenticationFailedException(String vendorMessage, int httpStatus) {
    this(vendorMessage, httpStatus, null, null);
  }

  /**
   * @param clockOffset the request's timestamp minus the answer's {@code Date} header; null when
   *     the answer has no {@code Date}
   * @param keyFingerprint the signing key's public-key fingerprint; null when unknown
   */
  public AuthenticationFailedException(String vendorMessage, int httpStatus, Duration clockOffset,
      String keyFingerprint) {
    super(CODE, vendorMessage, httpStatus, hints(clockOffset, keyFingerprint));
    this.clockOffset = clockOffset;
    this.keyFingerprint = keyFingerprint;
  }

  /**
   * @return the request's timestamp minus the answer's {@code Date} header: positive when this
   *     machine's clock is ahead; empty when the answer had no {@code Date}. {@code Date} counts
   *     whole seconds, so the offset is exact to about a second.
   */
  public Optional<Duration> clockOffset() {
    return Optional.ofNullable(clockOffset);
  }

  /**
   * @return the first 16 hex digits of the SHA-256 of the public key (its DER
   *     SubjectPublicKeyInfo) that matches the signing key; empty when the client could not derive it
   */
  public Optional<String> keyFingerprint() {
    return Optional.ofNullable(keyFingerprint);
  }

  private static String hints(Duration clockOffset, String keyFingerprint) {
    if (clockOffset == null && keyFingerprint == null) {
      return "";
    }
    StringBuilder hints = new StringBuilder("local hints: ");
    if (clockOffset == null) {
      hints.append("no Date header in the answer to compare this machine's clock with");
    } else {
      long seconds = Math.round(clockOffset.toMillis() / 1000.0);
      hints.append(seconds == 0 ? "this machine's clock is within a second of the answer's Date header"
          : "this machine's clock is " + Math.abs(seconds) + " s " + (seconds > 0 ? "ahead of" : "behind")
              + " the answer's Date header");
    }
    if (keyFingerprint != null) {
      hints.append(", the signing key's public-key fingerprint is ").append(keyFingerprint)
          .append(" (SHA-256; compare with the public key uploaded for the appId)");
    }
    return hints.toString();
  }
}
