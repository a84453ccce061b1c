package dev.outboundkit.spec;

import java.util.Map;

import dev.outboundkit.auth.RequestSigning;

/**
 * Reads the names of the three signed headers from the spec's security schemes: the scheme
 * marked {@code x-signing-app-id}, {@code x-signing-timestamp} and {@code x-signing-signature}.
 * The generated client's {@code SigningInterceptor} reads the same marks at generation time.
 */
final class SigningHeaders {
  private SigningHeaders() {
  }

  /** @return the signing protocol with the header names the schemes give */
  static RequestSigning read(Object components) {
    Object schemes = components instanceof Map<?, ?> map ? map.get("securitySchemes") : null;
    if (!(schemes instanceof Map<?, ?> bySchemeName)) {
      throw new IllegalArgumentException("components.securitySchemes is missing; it must name the signed headers");
    }
    return new RequestSigning(header(bySchemeName, "x-signing-app-id"), header(bySchemeName, "x-signing-timestamp"),
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
