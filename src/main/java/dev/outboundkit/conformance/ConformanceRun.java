package dev.outboundkit.conformance;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.opentest4j.TestAbortedException;

/**
 * One run of the suite against one target. The runner classes choose the kind of target
 * through {@link RuleSummaryPlugin}'s argument; the plugin is made before any scenario runs,
 * so the target is known, started (the in-process mock) or loaded (a profile) before the first
 * hook. A missing or broken profile stops the run there, with a message naming the key.
 */
public final class ConformanceRun {

  /** Where a run goes. */
  public enum Kind {
    /** The mock, started in this JVM: the default. */
    MOCK,
    /** The server a target profile describes ({@value #PROFILE_PROPERTY} or {@value #PROFILE_ENV}). */
    PROFILE
  }

  /** System property naming the target profile. */
  public static final String PROFILE_PROPERTY = "conformance.profile";
  /** Environment variable naming the target profile, when the property is not set. */
  public static final String PROFILE_ENV = "CONFORMANCE_PROFILE";

  private static final AtomicLong SEQUENCE = new AtomicLong();
  /**
   * The last read-back of each task that the suite saw and that no unverified change followed:
   * an edit's "before" is taken from here when present, which saves a request per scenario.
   * Every change the suite cannot vouch for (a set-up rename, an edit whose verdict was not
   * reached, a failed scenario) forgets the task.
   */
  private static final java.util.Map<Long, Answer> KNOWN_READ_BACKS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Kind kind;
  private static Target target;
  private static String runId;
  private static String skipReason;
  private static Thread warmUp;

  private ConformanceRun() {
  }

  /**
   * Starts a run: closes the target of an earlier run in this JVM and makes the new one.
   *
   * @throws dev.outboundkit.profile.ProfileException when the profile is broken
   */
  static synchronized void begin(Kind newKind) {
    end();
    kind = newKind;
    runId = newRunId();
    skipReason = null;
    if (newKind == Kind.MOCK) {
      target = new InProcessMockTarget(runId);
      warmUp(target);
      return;
    }
    Path profile = profilePath();
    if (profile == null) {
      skipReason = "no target profile given: run with -D" + PROFILE_PROPERTY + "=FILE (or set "
          + PROFILE_ENV + ") to run the conformance suite against a server of your own";
      return;
    }
    target = ProfileTarget.load(profile);
  }

  /** Closes the run's target; idempotent. */
  static synchronized void end() {
    KNOWN_READ_BACKS.clear();
    if (target != null) {
      try {
        target.close();
      } finally {
        target = null;
      }
    }
  }

  /**
   * @return the run's target, starting a default run when no runner chose one (a feature file
   *     run from an IDE: the profile when one is given, else the mock)
   * @throws TestAbortedException when the run has no target (the profile runner without a
   *     profile), so that every scenario is reported as skipped with the reason
   */
  static synchronized Target target() {
    if (kind == null) {
      begin(profilePath() != null ? Kind.PROFILE : Kind.MOCK);
    }
    if (skipReason != null) {
      throw new TestAbortedException(skipReason);
    }
    if (target == null) {
      throw new IllegalStateException("the conformance run has ended");
    }
    awaitWarmUp();
    return target;
  }

  static Answer knownReadBack(long taskId) {
    return KNOWN_READ_BACKS.get(taskId);
  }

  static void rememberReadBack(long taskId, Answer answer) {
    KNOWN_READ_BACKS.put(taskId, answer);
  }

  static void forgetReadBack(long taskId) {
    KNOWN_READ_BACKS.remove(taskId);
  }

  static void forgetAllReadBacks() {
    KNOWN_READ_BACKS.clear();
  }

  /** @return why the run's scenarios are skipped, or null when it has a target */
  static synchronized String skipReason() {
    return skipReason;
  }

  static synchronized Kind kind() {
    return kind;
  }

  /** @return a short id unique to this run, e.g. {@code mx3k9z4q}, used in names it sets */
  static synchronized String runId() {
    if (runId == null) {
      runId = newRunId();
    }
    return runId;
  }

  /** @return a name no task of the target has yet: {@code ok-<run>-<n>}, ASCII, under 50 characters */
  static String freshName(String what) {
    return what + "-" + runId() + "-" + SEQUENCE.incrementAndGet();
  }

  /** @return the profile named by the system property or the environment, or null */
  static Path profilePath() {
    String value = System.getProperty(PROFILE_PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(PROFILE_ENV);
    }
    return value == null || value.isBlank() ? null : Path.of(value.strip());
  }

  /**
   * Loads REST Assured (Groovy), the clients and the signer on the second core while Cucumber
   * loads the glue and parses the features, so that the first scenario does not pay for it. The
   * request it sends is refused at authentication (a bad sign) and changes nothing.
   */
  private static void warmUp(Target target) {
    Thread thread = new Thread(() -> {
      try {
        SignedHeaders headers = new SignedHeaders();
        headers.overrides.put(SignedHeaders.SIGN, "warm-up");
        Wire.to(target).rawEdit("{}", headers);
      } catch (RuntimeException | AssertionError ignored) {
        // only a warm-up: the scenarios report any real problem
      }
    }, "conformance-warm-up");
    thread.setDaemon(true);
    thread.start();
    warmUp = thread;
  }

  /** REST Assured's reused HTTP client serves one request at a time: the warm-up ends first. */
  private static void awaitWarmUp() {
    Thread thread = warmUp;
    if (thread == null) {
      return;
    }
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    warmUp = null;
  }

  private static String newRunId() {
    long seconds = System.currentTimeMillis() / 1000;
    int random = new SecureRandom().nextInt(36 * 36);
    return (Long.toString(seconds, 36) + Integer.toString(random + 36 * 36, 36).substring(1))
        .toLowerCase(Locale.ROOT);
  }
}
