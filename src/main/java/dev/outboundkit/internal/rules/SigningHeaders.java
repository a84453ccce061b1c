package dev.outboundkit.internal.rules;

import java.util.Map;
import java.util.Objects;

/**
 * The names of the three signed headers, as the spec's security schemes give them: the scheme
 * marked {@code x-signing-app-id}, {@code x-signing-timestamp} and {@code x-signing-signature}.
 * The generated client's {@code SigningInterceptor} reads the same marks at generation time.
 *
 * @param appId header carrying the application id
 * @param timestamp header carrying the epoch-millisecond timestamp
 * @param sign header carrying the signature
 */
public record SigningHeaders(String appId, String timestamp, String sign) {
  public SigningHeaders {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(sign, "sign");
  }

  static SigningHeaders read(Object components) {
    Object schemes = components instanceof Map<?, ?> map ? map.get("securitySchemes") : null;
    if (!(schemes instanceof Map<?, ?> bySchemeName)) {
      throw new IllegalArgumentException("components.securitySchemes is missing; it must name the signed headers");
    }
    return new SigningHeaders(header(bySchemeName, "x-signing-app-id"), header(bySchemeName, "x-signing-timestamp"),
        header(bySchemeName, "x-signing-signature"));
  }

  private static String header(Map<?, ?> schemes, String mark) {
    for (Object scheme : schemes.values()) {
      if (scheme instanceof Map<?, ?> fields && Boolean.TRUE.equals(fields.get(mark))) {
        if (!"header".equals(fields.get("in")) || !(fields.get("name") instanceof String name)) {
          throw new IllegalArgumentException("the security scheme marked " + mark + " must be an apiKey in: header with a name");
        }
        return name;
      }
    }
    throw new IllegalArgumentException("components.securitySchemes has no scheme marked " + mark);
  }
}
