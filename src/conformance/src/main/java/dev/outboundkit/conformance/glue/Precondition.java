package dev.outboundkit.conformance.glue;

import org.opentest4j.TestAbortedException;

/**
 * A step that only prepares a scenario (a set-up rename, the whole task before the edit) failed
 * for a reason outside the scenario's rule: the target's state or set-up does not allow the
 * scenario. Cucumber reports the scenario as skipped; the run's report says BLOCKED, why, and what
 * would unblock it, and does not count it as a failure of the scenario's rule. An outcome that
 * only a broken rule under test explains is a failure, never this; no answer at all is an
 * ERROR ({@link NoAnswer}), never this.
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

  /** Runs a preparing step; an AssertionError from it (but a missing answer) becomes a precondition failure. */
  static <T> T check(String what, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (NoAnswer e) {
      throw e;
    } catch (AssertionError e) {
      throw new Precondition(what + ": " + e.getMessage(), e);
    }
  }

  /** @return whether the error is a failed precondition: the scenario is blocked, its rule not judged */
  public static boolean isPrecondition(Throwable error) {
    return error != null && error.getMessage() != null && error.getMessage().startsWith(PREFIX);
  }
}
