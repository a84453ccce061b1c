package dev.outboundkit.conformance.glue;

import dev.outboundkit.conformance.targets.Exchange;

/**
 * The target did not answer in time, or the connection broke: not a verdict on the scenario's
 * rule. The run's report says ERROR, names the timeout and the request, and keeps it apart from
 * the failures.
 */
public final class NoAnswer extends AssertionError {
  private static final long serialVersionUID = 1L;
  static final String PREFIX = "ERROR, no answer: ";

  private NoAnswer(String message, Throwable cause) {
    super(PREFIX + message, cause);
  }

  /** @return the error for an exchange that got no answer: its request and why ({@code Answer.none}) */
  static NoAnswer to(Exchange exchange) {
    return new NoAnswer(exchange.method() + " " + exchange.url()
        + (exchange.channel() == null ? "" : " (" + exchange.channel() + ")") + ": "
        + exchange.answer().text().replaceFirst("^no answer: ", ""), null);
  }

  /** @return the error for a client call that got no answer, with the client's reason */
  static NoAnswer from(String what, Throwable cause) {
    return new NoAnswer(what + ": " + cause.getMessage(), cause);
  }

  /** @return whether the error, or one it was caused by, is a missing answer */
  public static boolean isNoAnswer(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof NoAnswer || t.getMessage() != null && t.getMessage().startsWith(PREFIX)) {
        return true;
      }
    }
    return false;
  }
}
