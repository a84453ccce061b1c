package dev.outboundkit.conformance.glue;

import org.opentest4j.TestAbortedException;

/**
 * A step that only prepares a scenario (a set-up rename, the read-back before an edit, the other
 * tasks' batches) failed for a reason outside the scenario's rule. Cucumber reports the
 * scenario as skipped; the run's report says "blocked" and why, and does not count it as a
 * failure of the scenario's rule.
 */
public final class Precondition extends TestAbortedException {
  private static final long serialVersionUID = 1L;
  static final String PREFIX = "precondition failed, the rule was not judged: ";

  private Precondition(String message, Throwable cause) {
    super(PREFIX + message, cause);
  }

  /** @throws Precondition with the message */
  static Precondition failed(String message) {
    return new Precondition(message, null);
  }

  /** Runs a preparing step; an AssertionError from it becomes a precondition failure. */
  static <T> T check(String what, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (AssertionError e) {
      throw new Precondition(what + ": " + e.getMessage(), e);
    }
  }

  /** @return whether the error is a failed precondition: the scenario is blocked, its rule not judged */
  public static boolean isPrecondition(Throwable error) {
    return error != null && error.getMessage() != null && error.getMessage().startsWith(PREFIX);
  }
}
