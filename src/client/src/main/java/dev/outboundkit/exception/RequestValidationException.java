package dev.outboundkit.exception;

import java.util.List;
import java.util.Objects;


/**
 * The request breaks rules of the spec; it was not sent. Lists every broken rule at once.
 */
public final class RequestValidationException extends OutboundException {
  private final List<Violation> violations;

  public RequestValidationException(List<Violation> violations) {
    super(describe(violations), NO_HTTP_STATUS, null);
    this.violations = List.copyOf(violations);
  }

  /** @return every broken rule, each naming its field */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    StringBuilder message = new StringBuilder("request not sent: ").append(violations.size())
        .append(violations.size() == 1 ? " rule broken" : " rules broken");
    for (Violation violation : violations) {
      message.append("\n  - ").append(violation.message()).append(" [").append(violation.rule()).append(']');
    }
    return message.toString();
  }
}
