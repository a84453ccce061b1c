package dev.outboundkit.conformance.generate;

/**
 * The tasks a generated run works on: the five a target profile names ({@code task.*}) and an
 * id no task has. (The same roles as the Cucumber suite's {@code TaskRole}, kept here so that
 * the engine depends on nothing in the suite's package.)
 */
public enum Role {
  NOT_STARTED("task.notStarted"),
  NOT_STARTED_2("task.notStarted2"),
  IN_PROGRESS("task.inProgress"),
  PAUSED("task.paused"),
  COMPLETED("task.completed"),
  MISSING("task.missing");

  private final String profileKey;

  Role(String profileKey) {
    this.profileKey = profileKey;
  }

  /** @return the key of a target profile that holds this task's id */
  public String profileKey() {
    return profileKey;
  }

  /** @return the variant of the page this task takes, null when it takes no edit */
  Variant variant() {
    return switch (this) {
      case NOT_STARTED, NOT_STARTED_2 -> Variant.NOT_STARTED;
      case IN_PROGRESS, PAUSED -> Variant.IN_PROGRESS;
      case COMPLETED, MISSING -> null;
    };
  }

  /** @return the other not-started task, for name collisions; null for the other roles */
  Role otherNotStarted() {
    return switch (this) {
      case NOT_STARTED -> NOT_STARTED_2;
      case NOT_STARTED_2 -> NOT_STARTED;
      default -> null;
    };
  }
}
