package dev.outboundkit.conformance.glue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Catalogue;
import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.mock.Readings;

/**
 * One run of the suite against one target, chosen by whoever starts the run (a Maven runner's
 * {@code @BeforeSuite}, the {@code conformance} command) before Cucumber starts. Scenario state
 * lives in {@link World}, which picocontainer makes per scenario and hands this run to through
 * {@link RunProvider}.
 *
 * <p>The run that is going on is the one thing kept in a static field: Cucumber makes the glue
 * itself, so the starter cannot pass the run in by hand. Scenarios run one after another.
 *
 * <p>A run does not own its target: whoever opened the target closes it, after the run.
 */
public final class ConformanceRun implements AutoCloseable {

  /**
   * How a run was asked for, beyond its target: whether a reading that differs from the page's
   * implied one fails ({@code --strict}), and what names the target again for a report's rerun
   * line.
   *
   * @param strict whether a reading that differs from the one the page's text implies fails
   * @param profile the target's profile; null for the built-in mock
   * @param mockReadings the built-in mock's readings file; null for its defaults
   * @param mockSpec the built-in mock's spec; null for the bundled one
   */
  public record Settings(boolean strict, java.nio.file.Path profile, java.nio.file.Path mockReadings,
      java.nio.file.Path mockSpec) {
    /** The built-in mock as built by default, not strict. */
    public static final Settings DEFAULT = new Settings(false, null, null, null);
  }

  private static final Object LOCK = new Object();
  private static ConformanceRun active;

  private final Target target;
  private final Settings settings;
  private final TakenReadings readings = new TakenReadings();
  private final String skipReason;
  private final String runId = newRunId();
  private final AtomicLong sequence = new AtomicLong();
  /**
   * The last read-back of each task that the suite saw and that no unverified change followed:
   * an edit's "before" is taken from here when present, which saves a request per scenario.
   * Every change the suite cannot vouch for (a set-up rename, an edit whose verdict was not
   * reached, a failed scenario) forgets the task.
   */
  private final Map<Long, Answer> knownReadBacks = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();
  private RecordingWire wire;

  private ConformanceRun(Target target, Settings settings, String skipReason) {
    this.target = target;
    this.settings = settings;
    this.skipReason = skipReason;
  }

  /**
   * Starts a run against a target, ending a run still going on in this JVM.
   *
   * @return the run; closing it ends it and leaves the target open
   */
  public static ConformanceRun begin(Target target) {
    return begin(target, Settings.DEFAULT);
  }

  /** As {@link #begin(Target)}, asked for as the settings say. */
  public static ConformanceRun begin(Target target, Settings settings) {
    return install(new ConformanceRun(Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(settings, "settings"), null));
  }

  /** Starts a run whose every scenario is skipped, with the reason (a runner without a target). */
  public static ConformanceRun skipped(String reason) {
    return install(new ConformanceRun(null, Settings.DEFAULT, Objects.requireNonNull(reason, "reason")));
  }

  /** @return how the run was asked for */
  public Settings settings() {
    return settings;
  }

  /** @return the readings the run took so far */
  public TakenReadings readings() {
    return readings;
  }

  /**
   * Takes what an answer showed of a silence.
   *
   * @param probe whether the scenario exists to read this silence
   * @throws AssertionError with {@code --strict}, when the reading differs from the one the page implies
   */
  void take(Readings.Silence silence, String value, World world, String evidence, boolean probe) {
    readings.take(silence, value, world.scenarioTitle(), evidence, probe);
    Catalogue catalogue = Catalogue.bundled();
    if (settings.strict() && catalogue.differsFromThePage(silence, value)) {
      throw new AssertionError("--strict: the target reads " + silence.key() + " as " + value + ", where the page"
          + " implies " + catalogue.implied(silence) + " (docs/conformance-rules.md, \"Silences of the page\")");
    }
  }

  private static ConformanceRun install(ConformanceRun run) {
    synchronized (LOCK) {
      if (active != null) {
        active.close();
      }
      active = run;
      return run;
    }
  }

  /**
   * @return the run going on; when none was started (a feature file run from an IDE, a scenario
   *     run alone under PIT), a run against the in-process mock, stopped when the JVM exits
   */
  static ConformanceRun active() {
    synchronized (LOCK) {
      if (active == null) {
        Target mock = MockTarget.start();
        ConformanceRun run = begin(mock);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          run.close();
          mock.close();
        }, "conformance-default-run"));
      }
      return active;
    }
  }

  /** @return the run going on, or null */
  public static ConformanceRun current() {
    synchronized (LOCK) {
      return active;
    }
  }

  /** Ends the run if it is the one going on (idempotent); the target stays open. */
  @Override
  public void close() {
    synchronized (LOCK) {
      if (active == this) {
        active = null;
      }
    }
    knownReadBacks.clear();
  }

  /** @return why every scenario of the run is skipped, or null when it has a target */
  public String skipReason() {
    return skipReason;
  }

  Target target() {
    if (target == null) {
      throw new IllegalStateException(skipReason);
    }
    return target;
  }

  /** @return the wire to the target as the scenarios use it, made on first use */
  synchronized RecordingWire wire() {
    if (wire == null) {
      wire = new RecordingWire(target(), clock);
    }
    return wire;
  }

  /** @return a one-line description of the target, for reports */
  public String description() {
    return target != null ? target.description() : "none (" + skipReason + ")";
  }

  Answer knownReadBack(long taskId) {
    return knownReadBacks.get(taskId);
  }

  void rememberReadBack(long taskId, Answer answer) {
    knownReadBacks.put(taskId, answer);
  }

  void forgetReadBack(long taskId) {
    knownReadBacks.remove(taskId);
  }

  void forgetAllReadBacks() {
    knownReadBacks.clear();
  }

  /** @return a short id unique to this run, e.g. {@code mx3k9z4q}, used in names it sets */
  String runId() {
    return runId;
  }

  /** @return a name no task of the target has yet: {@code ok-<run>-<n>}, ASCII, under 50 characters */
  String freshName(String what) {
    return what + "-" + runId + "-" + sequence.incrementAndGet();
  }

  private static String newRunId() {
    long seconds = System.currentTimeMillis() / 1000;
    int random = new SecureRandom().nextInt(36 * 36);
    return (Long.toString(seconds, 36) + Integer.toString(random + 36 * 36, 36).substring(1))
        .toLowerCase(Locale.ROOT);
  }
}
