package dev.outboundkit.mock;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * What the mock holds: its tasks, and the skill sets and number groups that exist. Knows no
 * rule; {@link EditRules} decides what may change.
 *
 * <p>Concurrency: tasks are immutable snapshots in a concurrent map, read without locking. Every
 * change (an edit, a seed, a reset) runs alone under one lock ({@link #change}), so that the
 * checks that depend on other tasks or on the reference sets are made in the same step as the
 * change: a refused change changes nothing, and two changes never interleave.
 */
final class TaskStore {

  private final Fixtures fixtures;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentHashMap<Long, Task> tasks = new ConcurrentHashMap<>();
  /** Guarded by lock. */
  private final Map<String, Long> idByName = new HashMap<>();
  /** Replaced under lock. */
  private volatile Set<String> skillSets = Set.of();
  private volatile Set<String> numberGroups = Set.of();
  private final Change change = new Change();

  /** @param fixtures what it holds at first and after each {@link #reset()} */
  TaskStore(Fixtures fixtures) {
    this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
    reset();
  }

  Fixtures fixtures() {
    return fixtures;
  }

  Optional<Task> task(long id) {
    return Optional.ofNullable(tasks.get(id));
  }

  /** @return every task, by id */
  List<Task> tasks() {
    return tasks.values().stream().sorted(Comparator.comparingLong(Task::id)).toList();
  }

  /** Back to the fixtures: their tasks, skill sets and number groups, nothing else. */
  void reset() {
    lock.lock();
    try {
      tasks.clear();
      idByName.clear();
      skillSets = Set.copyOf(fixtures.skillSetIds());
      numberGroups = Set.copyOf(fixtures.outboundNumberGroupIds());
      for (Task task : fixtures.tasks()) {
        tasks.put(task.id(), task);
        idByName.put(task.taskName(), task.id());
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs a change alone: no other change (nor a reset) runs meanwhile.
   *
   * @param step reads what it checks and puts what it changes through the {@link Change} it is
   *     given, which is valid during the call only
   * @return what the step returns
   */
  <T> T change(Function<Change, T> step) {
    lock.lock();
    try {
      return step.apply(change);
    } finally {
      lock.unlock();
    }
  }

  /** The store as one change sees it, under the lock. */
  final class Change {

    private Change() {
    }

    /** @return the task with this id, or null */
    Task task(long id) {
      return tasks.get(id);
    }

    boolean skillSetExists(String id) {
      return skillSets.contains(id);
    }

    boolean numberGroupExists(String id) {
      return numberGroups.contains(id);
    }

    /** @return the id of the task that has this name, or null */
    Long nameHolder(String taskName) {
      return idByName.get(taskName);
    }

    /** Puts the task in the place of the one with its id, if any. */
    void put(Task task) {
      Task old = tasks.get(task.id());
      if (old != null) {
        idByName.remove(old.taskName());
      }
      idByName.put(task.taskName(), task.id());
      tasks.put(task.id(), task);
    }
  }
}
