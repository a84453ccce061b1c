package dev.outboundkit.conformance.targets;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.Task;
import dev.outboundkit.mock.TaskStatus;

/**
 * The tasks a conformance run (the scenarios and the generated run) works on, named as the
 * feature files name them. A target gives one task id per role (the profile keys {@code task.*}).
 */
public enum TaskRole {
  NOT_STARTED("not-started task", "task.notStarted"),
  NOT_STARTED_2("second not-started task", "task.notStarted2"),
  IN_PROGRESS("in-progress task", "task.inProgress"),
  PAUSED("paused task", "task.paused"),
  COMPLETED("completed task", "task.completed"),
  MISSING("missing task", "task.missing");

  /** The words of the feature files, for Cucumber's parameter type. */
  public static final String REGEX =
      "not-started task|second not-started task|in-progress task|paused task|completed task|missing task";

  /** How far above the fixtures' highest id the missing task's id lies. */
  private static final long MISSING_OFFSET = 9_000_000L;

  private final String words;
  private final String profileKey;

  TaskRole(String words, String profileKey) {
    this.words = words;
    this.profileKey = profileKey;
  }

  /** @return e.g. {@code in-progress task} */
  public String words() {
    return words;
  }

  /** @return the key of a target profile that holds this task's id */
  public String profileKey() {
    return profileKey;
  }

  /** @return the page's table for a task in this role, null when the page gives none */
  public Variant variant() {
    return switch (this) {
      case NOT_STARTED, NOT_STARTED_2 -> Variant.NOT_STARTED;
      case IN_PROGRESS, PAUSED -> Variant.IN_PROGRESS;
      case COMPLETED, MISSING -> null;
    };
  }

  /** @return whether the page's first table (未开始) applies to the task */
  public boolean isNotStarted() {
    return variant() == Variant.NOT_STARTED;
  }

  /** @return the other not-started task, for name collisions; null for the other roles */
  public TaskRole otherNotStarted() {
    return switch (this) {
      case NOT_STARTED -> NOT_STARTED_2;
      case NOT_STARTED_2 -> NOT_STARTED;
      default -> null;
    };
  }

  /** @return the id of the task the profile names for this role */
  public long taskId(TargetProfile profile) {
    return switch (this) {
      case NOT_STARTED -> profile.taskNotStarted();
      case NOT_STARTED_2 -> profile.taskNotStarted2();
      case IN_PROGRESS -> profile.taskInProgress();
      case PAUSED -> profile.taskPaused();
      case COMPLETED -> profile.taskCompleted();
      case MISSING -> profile.taskMissing();
    };
  }

  /**
   * The roles played by a mock's fixture tasks: the first (and second) task of each status, and
   * an id no task has.
   */
  public static Map<TaskRole, Long> taskIds(Fixtures fixtures) {
    Map<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
    List<Task> notStarted = fixtures.tasks(TaskStatus.NOT_STARTED);
    ids.put(NOT_STARTED, id(notStarted, 0, "two not-started tasks"));
    ids.put(NOT_STARTED_2, id(notStarted, 1, "two not-started tasks"));
    ids.put(IN_PROGRESS, id(fixtures.tasks(TaskStatus.IN_PROGRESS), 0, "an in-progress task"));
    ids.put(PAUSED, id(fixtures.tasks(TaskStatus.PAUSED), 0, "a paused task"));
    ids.put(COMPLETED, id(fixtures.tasks(TaskStatus.COMPLETED), 0, "a completed task"));
    ids.put(MISSING, fixtures.tasks().stream().mapToLong(Task::id).max().orElse(0) + MISSING_OFFSET);
    return ids;
  }

  private static long id(List<Task> tasks, int index, String needed) {
    if (tasks.size() <= index) {
      throw new IllegalStateException("the mock's fixtures must hold " + needed);
    }
    return tasks.get(index).id();
  }

  public static TaskRole of(String words) {
    return Arrays.stream(values()).filter(role -> role.words.equals(words)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no task role '" + words + "'; use one of " + REGEX));
  }
}
