package dev.outboundkit.conformance;

import java.util.Arrays;

/**
 * The tasks a conformance run works on, named as the feature files name them. A target gives
 * one task id per role (the profile keys {@code task.*}).
 */
public enum TaskRole {
  NOT_STARTED("not-started task", "task.notStarted", true),
  NOT_STARTED_2("second not-started task", "task.notStarted2", true),
  IN_PROGRESS("in-progress task", "task.inProgress", false),
  PAUSED("paused task", "task.paused", false),
  COMPLETED("completed task", "task.completed", false),
  MISSING("missing task", "task.missing", false);

  /** The words of the feature files, for Cucumber's parameter type. */
  public static final String REGEX =
      "not-started task|second not-started task|in-progress task|paused task|completed task|missing task";

  private final String words;
  private final String profileKey;
  private final boolean notStarted;

  TaskRole(String words, String profileKey, boolean notStarted) {
    this.words = words;
    this.profileKey = profileKey;
    this.notStarted = notStarted;
  }

  /** @return e.g. {@code in-progress task} */
  public String words() {
    return words;
  }

  /** @return the key of a target profile that holds this task's id */
  public String profileKey() {
    return profileKey;
  }

  /** @return whether the page's first table (未开始) applies to the task */
  public boolean isNotStarted() {
    return notStarted;
  }

  /** @return whether the page's second table (进行中、暂停) applies to the task */
  public boolean isInProgressOrPaused() {
    return this == IN_PROGRESS || this == PAUSED;
  }

  public static TaskRole of(String words) {
    return Arrays.stream(values()).filter(role -> role.words.equals(words)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no task role '" + words + "'; use one of " + REGEX));
  }
}
