package dev.outboundkit.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The vendor's signing protocol, in one place: the string to sign is {@code appId} immediately
 * followed by {@code timestamp} (e.g. {@code "99845aaaaebd4d61acccc9b776208f12" + "1586314097995"}),
 * encoded as UTF-8; {@code sign} is its signature in standard, padded Base64. The request body,
 * URL and method are <em>not</em> signed, so the same three headers are valid for any request
 * sent with that timestamp.
 *
 * <p>The header names come from the spec's security schemes marked {@code x-signing-*}: the
 * generated client's {@code SigningInterceptor} passes the names it was generated with, the
 * command line and the mock take them from the spec they read. Immutable and thread-safe.
 */
public final class RequestSigning {
  private final String appIdHeader;
  private final String timestampHeader;
  private final String signHeader;

  /**
   * @param appIdHeader header carrying the application id
   * @param timestampHeader header carrying the timestamp
   * @param signHeader header carrying the signature
   */
  public RequestSigning(String appIdHeader, String timestampHeader, String signHeader) {
    this.appIdHeader = Objects.requireNonNull(appIdHeader, "appIdHeader");
    this.timestampHeader = Objects.requireNonNull(timestampHeader, "timestampHeader");
    this.signHeader = Objects.requireNonNull(signHeader, "signHeader");
  }

  /** @return the text that is signed: {@code appId + timestamp}, nothing in between */
  public static String stringToSign(String appId, String timestamp) {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(timestamp, "timestamp");
    return appId + timestamp;
  }

  /**
   * @param timestamp the timestamp as sent, any text: a conformance suite signs odd ones too
   * @return the {@code sign} header value (344 characters for an RSA 2048-bit key)
   */
  public static String sign(Signer signer, String appId, String timestamp) {
    Objects.requireNonNull(signer, "signer");
    byte[] message = stringToSign(appId, timestamp).getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(signer.sign(message));
  }

  /**
   * @return true only if {@code sign} is padded standard Base64 of a signature of
   *     {@code appId + timestamp} that the verifier accepts; false for null or malformed input
   */
  public static boolean verify(Verifier verifier, String appId, String timestamp, String sign) {
    Objects.requireNonNull(verifier, "verifier");
    // Padded Base64 only: the JDK's decoder would also take the unpadded form.
    if (appId == null || timestamp == null || sign == null || sign.isEmpty() || sign.length() % 4 != 0) {
      return false;
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(sign);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return verifier.verify(stringToSign(appId, timestamp).getBytes(StandardCharsets.UTF_8), signature);
  }

  /**
   * @param timestamp the timestamp to send, as text
   * @return the three headers to send, in order: appId, timestamp, sign
   */
  public Map<String, String> headers(Signer signer, String appId, String timestamp) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(appIdHeader, Objects.requireNonNull(appId, "appId"));
    headers.put(timestampHeader, Objects.requireNonNull(timestamp, "timestamp"));
    headers.put(signHeader, sign(signer, appId, timestamp));
    return Collections.unmodifiableMap(headers);
  }

  public String appIdHeader() {
    return appIdHeader;
  }

  public String timestampHeader() {
    return timestampHeader;
  }

  /** @return the header whose value is never logged */
  public String signHeader() {
    return signHeader;
  }

  @Override
  public String toString() {
    return "RequestSigning{" + appIdHeader + ", " + timestampHeader + ", " + signHeader + "}";
  }
}
