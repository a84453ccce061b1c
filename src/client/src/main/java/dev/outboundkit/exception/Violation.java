package dev.outboundkit.exception;

import java.util.Objects;

/**
 * One broken rule of the spec.
 *
 * @param path where, as a JSON path relative to the body: {@code outboundPhoneGroups[0].name}
 * @param rule which rule, named by its spec keyword: {@code maximum}, {@code required},
 *     {@code x-conditional-required}...
 * @param message what is wrong, naming the field and the limit; never the whole body
 */
public record Violation(String path, String rule, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
