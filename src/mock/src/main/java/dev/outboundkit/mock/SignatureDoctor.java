package dev.outboundkit.mock;

import dev.outboundkit.auth.KeyFingerprint;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.auth.Verifier;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says why the mock answered {@code 10001}. The answer itself stays the vendor's bare envelope;
 * the finding goes to the journal, the log (DEBUG) and the {@value #HEADER} header, which only the
 * mock sends. It looks again at the request, in the order of the checks, and names the first thing
 * wrong: a signing header sent twice, missing or empty; a timestamp that is not digits, looks like
 * seconds, or is too far from the mock's clock; a {@code sign} that is not Base64 or not a
 * signature's length; a sign made with another tenant's key, or over another string than
 * {@code appId + timestamp} (the mock tries the usual slips). Keys are named by their
 * {@link KeyFingerprint}; neither a key nor the sign is ever shown.
 *
 * <p>Runs only on a refused request: an accepted one costs nothing. Each finding is one line of
 * printable ASCII (request values are escaped and cut), so that it fits in a header.
 */
final class SignatureDoctor {

  /** The answer header that carries the finding. */
  static final String HEADER = "X-Outboundkit-Diagnosis";

  private static final Logger LOG = LoggerFactory.getLogger(SignatureDoctor.class);
  /** The most characters of a request value shown in a finding. */
  private static final int MAX_SHOWN = 40;
  /** The most other tenants whose keys are tried, so that a refusal costs a bounded time. */
  static final int MAX_OTHER_TENANTS = 64;
  private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

  private final RequestSigning signing;
  private final Map<String, Verifier> verifiers;
  private final Map<String, String> fingerprints;
  private final Map<String, Integer> signatureBytes;
  private final Clock clock;
  private final long windowMillis;

  /**
   * @param verifiers each tenant's verifier, as given (not the caching one)
   * @param publicKeys the tenants' public keys, where known (a tenant added with a verifier has none)
   * @param window the timestamp window of the readings; null for none
   */
  SignatureDoctor(RequestSigning signing, Map<String, Verifier> verifiers, Map<String, PublicKey> publicKeys,
      Clock clock, Duration window) {
    this.signing = Objects.requireNonNull(signing, "signing");
    this.verifiers = new LinkedHashMap<>(verifiers);
    this.fingerprints = new LinkedHashMap<>();
    this.signatureBytes = new LinkedHashMap<>();
    publicKeys.forEach((appId, key) -> {
      fingerprints.put(appId, KeyFingerprint.of(key));
      if (key instanceof RSAPublicKey rsa) {
        signatureBytes.put(appId, (rsa.getModulus().bitLength() + 7) / 8);
      }
    });
    this.clock = Objects.requireNonNull(clock, "clock");
    this.windowMillis = window == null ? -1 : window.toMillis();
  }

  /**
   * @return why a request answered {@code 10001} was refused, in one line; logged at DEBUG
   */
  String diagnose(Headers headers) {
    String finding = find(headers);
    LOG.debug("10001 for appId {}: {}", shown(first(headers.values(signing.appIdHeader()))), finding);
    return finding;
  }

  private String find(Headers headers) {
    List<String> names = List.of(signing.appIdHeader(), signing.timestampHeader(), signing.signHeader());
    for (String name : names) {
      int count = headers.values(name).size();
      if (count > 1) {
        return "the " + name + " header is sent " + count + " times: send each of " + String.join(", ", names)
            + " once";
      }
    }
    for (String name : names) {
      List<String> values = headers.values(name);
      if (values.isEmpty()) {
        return "the " + name + " header is missing: " + String.join(", ", names) + " are each required";
      }
      if (values.get(0).isBlank()) {
        return "the " + name + " header is empty";
      }
    }
    String appId = headers.values(names.get(0)).get(0);
    String timestamp = headers.values(names.get(1)).get(0);
    String sign = headers.values(names.get(2)).get(0);
    Verifier verifier = verifiers.get(appId);
    if (verifier == null) {
      return "no tenant has the appId " + shown(appId);
    }
    String timestampProblem = timestampProblem(timestamp);
    if (timestampProblem != null) {
      return timestampProblem;
    }
    String signProblem = signProblem(sign);
    if (signProblem != null) {
      return signProblem;
    }
    byte[] signature = Base64.getDecoder().decode(sign);
    Integer expected = signatureBytes.get(appId);
    if (expected != null && signature.length != expected) {
      return "sign decodes to " + signature.length + " bytes, but a signature with the key of appId " + shown(appId)
          + " (" + expected * 8 + "-bit RSA) is " + expected + " bytes";
    }
    return signatureProblem(appId, timestamp, signature, verifier);
  }

  private String timestampProblem(String timestamp) {
    if (!timestamp.chars().allMatch(c -> c >= '0' && c <= '9') || timestamp.length() > 18) {
      return "the timestamp " + shown(timestamp) + " is not epoch milliseconds (digits only, e.g. "
          + clock.millis() + ")";
    }
    long millis = Long.parseLong(timestamp);
    long now = clock.millis();
    long off = millis - now;
    if (windowMillis < 0 || Math.abs(off) <= windowMillis) { // no window (a reading): any milliseconds pass
      return null;
    }
    if (millis < Long.MAX_VALUE / 1000 && Math.abs(millis * 1000 - now) <= DAY_MILLIS) {
      return "the timestamp " + timestamp + " looks like epoch seconds: send milliseconds (" + now
          + " now, by the mock's clock)";
    }
    return "the timestamp is " + Math.abs(off) / 1000 + " s " + (off > 0 ? "ahead of" : "behind")
        + " the mock's clock, beyond the window of " + windowMillis / 1000 + " s either side";
  }

  private static String signProblem(String sign) {
    if (sign.indexOf('-') >= 0 || sign.indexOf('_') >= 0) {
      return "sign is URL-safe Base64 ('-', '_'): standard Base64 ('+', '/') is required";
    }
    try {
      Base64.getDecoder().decode(sign);
    } catch (IllegalArgumentException notBase64) {
      return "sign is not Base64: it has characters other than A-Z, a-z, 0-9, '+', '/' and the '=' padding";
    }
    if (sign.length() % 4 != 0) {
      return "sign is Base64 without its '=' padding (" + sign.length() + " characters): padded Base64 is required";
    }
    return null;
  }

  /** The sign is well-formed and does not verify over appId + timestamp: try the usual slips. */
  private String signatureProblem(String appId, String timestamp, byte[] signature, Verifier verifier) {
    if (verifier.verify(bytes(RequestSigning.stringToSign(appId, timestamp)), signature)) {
      return "the headers are well-formed, the timestamp is in the window and the sign verifies: the doctor"
          + " cannot tell why this request was refused";
    }
    for (Map.Entry<String, String> slip : slips(appId, timestamp).entrySet()) {
      if (verifier.verify(bytes(slip.getValue()), signature)) {
        return "sign verifies with the key of appId " + shown(appId) + " over " + slip.getKey()
            + ", not over appId + timestamp: sign the appId immediately followed by the timestamp, as sent";
      }
    }
    int tried = 0;
    for (Map.Entry<String, Verifier> other : verifiers.entrySet()) {
      if (other.getKey().equals(appId) || tried++ >= MAX_OTHER_TENANTS) {
        continue;
      }
      if (other.getValue().verify(bytes(RequestSigning.stringToSign(appId, timestamp)), signature)) {
        return "sign verifies with the key of another tenant, " + shown(other.getKey()) + " (fingerprint "
            + fingerprint(other.getKey()) + "), not with that of appId " + shown(appId) + " (fingerprint "
            + fingerprint(appId) + "): the client signs with the other tenant's private key";
      }
      if (other.getValue().verify(bytes(RequestSigning.stringToSign(other.getKey(), timestamp)), signature)) {
        return "sign is tenant " + shown(other.getKey()) + "'s (fingerprint " + fingerprint(other.getKey())
            + ") over its own appId, but the appId header says " + shown(appId) + ": send the appId that signed";
      }
      if (verifier.verify(bytes(RequestSigning.stringToSign(other.getKey(), timestamp)), signature)) {
        return "sign is made with the key of appId " + shown(appId) + " but over the appId " + shown(other.getKey())
            + ": sign the appId that is sent";
      }
    }
    return "sign does not verify with the public key of appId " + shown(appId) + " (fingerprint " + fingerprint(appId)
        + ") over appId + timestamp, nor over the other strings and tenants' keys the mock tried: the client"
        + " likely signs with another key (compare its fingerprint) or over another timestamp than the one sent";
  }

  /** The strings a client may sign by mistake, by what they are, in words. */
  private static Map<String, String> slips(String appId, String timestamp) {
    Map<String, String> slips = new LinkedHashMap<>();
    slips.put("timestamp + appId (reversed)", timestamp + appId);
    slips.put("appId + newline + timestamp", appId + "\n" + timestamp);
    slips.put("appId + timestamp + newline (echo without -n?)", appId + timestamp + "\n");
    slips.put("appId + CRLF + timestamp", appId + "\r\n" + timestamp);
    slips.put("appId + space + timestamp", appId + " " + timestamp);
    slips.put("appId + '&' + timestamp", appId + "&" + timestamp);
    slips.put("appId + ':' + timestamp", appId + ":" + timestamp);
    slips.put("appId + ',' + timestamp", appId + "," + timestamp);
    slips.put("'appId=' + appId + '&timestamp=' + timestamp", "appId=" + appId + "&timestamp=" + timestamp);
    slips.put("appId alone", appId);
    slips.put("timestamp alone", timestamp);
    if (timestamp.length() > 3) {
      slips.put("appId + the timestamp in seconds", appId + timestamp.substring(0, timestamp.length() - 3));
    }
    return slips;
  }

  private String fingerprint(String appId) {
    return fingerprints.getOrDefault(appId, "unknown: the tenant was given a verifier, not a key");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * @return the value quoted, cut to {@value #MAX_SHOWN} characters and with every character
   *     outside printable ASCII escaped ({@code \\uXXXX}), so that it can travel in a header
   */
  static String shown(String value) {
    if (value == null) {
      return "(none)";
    }
    StringBuilder text = new StringBuilder("'");
    int end = Math.min(value.length(), MAX_SHOWN);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
        text.append(c);
      } else {
        text.append(String.format("\\u%04x", (int) c));
      }
    }
    text.append('\'');
    if (value.length() > MAX_SHOWN) {
      text.append("... (").append(value.length()).append(" characters)");
    }
    return text.toString();
  }
}
