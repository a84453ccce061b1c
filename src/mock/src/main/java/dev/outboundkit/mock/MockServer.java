package dev.outboundkit.mock;

import com.google.gson.JsonObject;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A faithful, stateful mock of the vendor's endpoint 编辑自动外呼任务 and its read-back
 * 查询名单批次, on Jetty's HTTP server: it checks signatures, holds tasks, and refuses what
 * the vendor refuses with the vendor's result codes. Limits come from the spec it is given
 * ({@link Builder#spec(Path)}; the bundled one by default).
 *
 * <pre>{@code
 * try (MockServer server = MockServer.builder()
 *     .tenant("my-app", publicKey)
 *     .build()
 *     .start()) {
 *   String baseUrl = server.baseUrl();   // http://127.0.0.1:<free port>
 *   ...
 *   Task task = server.task(121);        // the whole task, as last edited
 *   JsonElement acw = task.field("acw").orElseThrow();
 *   server.verify(1, RequestPattern.editsOf(121));        // the journal: exactly one edit of task 121
 *   server.inject(Fault.resultCode("29008").times(1));   // the next request is answered 29008
 * }
 * }</pre>
 *
 * <p><b>Tenants.</b> Each tenant has tasks of its own, every tenant's starting from the same
 * fixtures: a tenant's request for another's task finds nothing, as for an id no task has. The
 * methods that name no tenant ({@link #task(long)}, {@link #tasks()}, {@link #seed(Task)}...)
 * work when the mock has one tenant (or none); with several, name it ({@link #task(String, long)}).
 *
 * <p><b>The journal</b> ({@link #requests()}) keeps the last {@link Builder#journalSize(int)}
 * requests to the vendor's paths and to unknown ones (not the control API), in the order they
 * were read; {@link #verify(int, RequestPattern)} counts them. <b>Faults</b> ({@link #inject(Fault)})
 * make it fail as the vendor or the network can. A {@code 10001} carries the signature doctor's
 * finding in the journal and in the answer header {@code X-Outboundkit-Diagnosis}.
 *
 * <p>Thread-safe. See {@code docs/mock.md} and {@code docs/testing.md}.
 */
public final class MockServer implements AutoCloseable {

  /** The edit operation's path in the bundled spec (a mock routes by the paths of its own spec). */
  public static final String EDIT_PATH = ApiSpec.bundled().path("editTask");
  /** The read-back operation's path in the bundled spec. */
  public static final String PHONE_GROUPS_PATH = ApiSpec.bundled().path("getPhoneGroups");
  /** Prefix of the control API, answered only when it is enabled. */
  public static final String CONTROL_PREFIX = "/__control/";
  /** The largest request body read, 1 MiB; a larger one is refused with 29002. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** The default timestamp window, 5 minutes either side of the mock's clock. */
  public static final Duration DEFAULT_TIMESTAMP_WINDOW = Readings.defaults().timestampWindow();

  /** The default deadline for a request line and its headers, 5 seconds. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(5);
  /** The default deadline for a body, from the end of the headers, 5 seconds. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(5);
  /** The default idle timeout of a connection (no byte either way), 30 seconds. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The default bound on open connections; more wait in the accept queue. */
  public static final int DEFAULT_MAX_CONNECTIONS = 1024;
  /** The default number of verified signatures remembered ({@link Builder#verifiedSignCache}). */
  public static final int DEFAULT_VERIFIED_SIGN_CACHE = 4096;
  /** The default number of requests the journal keeps ({@link Builder#journalSize}). */
  public static final int DEFAULT_JOURNAL_SIZE = 1000;

  /** The header that names the tenant, in the bundled spec. */
  static final String APP_ID_HEADER = ApiSpec.bundled().signing().appIdHeader();

  private static final Logger LOG = LoggerFactory.getLogger(MockServer.class);

  private final ApiSpec spec;
  private final TaskJson taskJson;
  private final Tenants tenants;
  private final Journal journal;
  private final FaultPlan faults;
  private final Reception reception;
  private final JettyTransport.Settings settings;
  private final int maxBodyBytes;

  private final Object lifecycle = new Object();
  private JettyTransport server;
  private boolean closed;

  private MockServer(Builder builder) {
    this.spec = builder.spec;
    Authenticator authenticator = new Authenticator(spec.signing(), builder.tenants, builder.verifiedSignCache,
        builder.clock, builder.readings);
    this.taskJson = new TaskJson(new SchemaValidator(spec));
    this.tenants = new Tenants(builder.tenants.keySet(), builder.fixtures, taskJson, builder.readings);
    this.journal = new Journal(builder.journalSize);
    this.faults = new FaultPlan();
    VendorApi vendorApi = new VendorApi(authenticator, tenants, builder.readings, builder.maxBodyBytes);
    ControlApi controlApi = builder.controlApi ? new ControlApi(tenants, taskJson, builder.maxBodyBytes, journal, faults)
        : null;
    SignatureDoctor doctor = new SignatureDoctor(spec.signing(), builder.tenants, builder.publicKeys, builder.clock,
        builder.readings.timestampWindow());
    this.reception = new Reception(vendorApi, controlApi, spec.path("editTask"), spec.path("getPhoneGroups"), faults,
        doctor, journal, builder.clock, builder.readings, spec.signing().appIdHeader(), spec.signing().signHeader());
    this.settings = new JettyTransport.Settings(builder.host, builder.port, builder.threads,
        builder.headerTimeout, builder.bodyTimeout, builder.idleTimeout, builder.maxConnections);
    this.maxBodyBytes = builder.maxBodyBytes;
  }

  /** @return a builder: no tenant, default fixtures, system clock, bundled spec, free port */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts answering.
   *
   * @return this
   * @throws MockSetupException when the port cannot be bound (e.g. already in use)
   * @throws IllegalStateException when started twice or after {@link #close()}
   */
  public MockServer start() {
    synchronized (lifecycle) {
      if (server != null || closed) {
        throw new IllegalStateException(closed ? "the mock is closed" : "the mock is already started");
      }
      server = JettyTransport.start(settings, deadlines -> new MockHandler(reception, maxBodyBytes, deadlines));
      LOG.debug("mock listening on {}", baseUrl());
      return this;
    }
  }

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  public String baseUrl() {
    String address = settings.host().isAnyLocalAddress() ? "127.0.0.1" : settings.host().getHostAddress();
    if (address.contains(":")) {
      address = "[" + address + "]";
    }
    return "http://" + address + ":" + port();
  }

  /** @return the port the mock listens on */
  public int port() {
    synchronized (lifecycle) {
      if (server == null) {
        throw new IllegalStateException("the mock is not started");
      }
      return server.port();
    }
  }

  /** Stops answering and frees the port; idempotent. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      if (server != null) {
        server.stop();
        server = null;
      }
    }
  }

  // ------------------------------------------------------------------ tasks

  /**
   * @return the whole task as it is now, of the mock's one tenant
   * @throws NoSuchElementException when the mock has no task with this id
   * @throws IllegalStateException when the mock has several tenants: name one, {@link #task(String, long)}
   */
  public Task task(long id) {
    return task(only("task(appId, id)"), id);
  }

  /**
   * @return the whole task as it is now, of that tenant
   * @throws NoSuchElementException when the tenant has no task with this id
   * @throws IllegalArgumentException when the mock has no such tenant
   */
  public Task task(String appId, long id) {
    return task(tenants.named(appId), id);
  }

  private static Task task(Tenants.Tenant tenant, long id) {
    return tenant.store().task(id).orElseThrow(() -> new NoSuchElementException("the mock has no task " + id
        + (tenant.appId() == null ? "" : " for appId " + Answer.quote(tenant.appId()))));
  }

  /** @return the task as it is now, if the mock's one tenant has it; see {@link #task(long)} */
  public Optional<Task> findTask(long id) {
    return only("findTask(appId, id)").store().task(id);
  }

  /** @return the task as it is now, if that tenant has it */
  public Optional<Task> findTask(String appId, long id) {
    return tenants.named(appId).store().task(id);
  }

  /**
   * @return the task in the mock's JSON form, as fixtures files and the control API have it:
   *     {@code id}, {@code status}, every field of the spec's not-started edit body (JSON null
   *     when unset), {@code customerCount} and {@code agentCount}; a copy, free to change
   */
  public JsonObject toJson(Task task) {
    return taskJson.toJson(Objects.requireNonNull(task, "task"));
  }

  /** @return every task of the mock's one tenant, by id; see {@link #task(long)} */
  public List<Task> tasks() {
    return only("tasks(appId)").store().tasks();
  }

  /** @return every task of that tenant, by id */
  public List<Task> tasks(String appId) {
    return tenants.named(appId).store().tasks();
  }

  /** Every tenant's tasks back to the fixtures it was built with. */
  public void reset() {
    tenants.all().forEach(tenant -> tenant.store().reset());
  }

  /** That tenant's tasks back to the fixtures; the other tenants' stay as they are. */
  public void reset(String appId) {
    tenants.named(appId).store().reset();
  }

  /**
   * Adds a task to the mock's one tenant, or replaces the one with its id; see {@link #task(long)}.
   *
   * @throws IllegalArgumentException when the task breaks the spec, names an unknown skill set
   *     or number group, or has another task's name
   */
  public void seed(Task task) {
    only("seed(appId, task)").rules().seed(task);
  }

  /** As {@link #seed(Task)}, for that tenant. */
  public void seed(String appId, Task task) {
    tenants.named(appId).rules().seed(task);
  }

  /** @return the fixtures it was built with, which every tenant starts from */
  public Fixtures fixtures() {
    return tenants.all().iterator().next().store().fixtures();
  }

  /** @return the appIds that have a public key: the tenants, in the order they were added */
  public Set<String> appIds() {
    return tenants.appIds();
  }

  private Tenants.Tenant only(String how) {
    return tenants.only(how);
  }

  /** @return what answers a request once its body is read, for the journal's benchmark */
  Reception reception() {
    return reception;
  }

  // ------------------------------------------------------------------ journal

  /**
   * @return the requests the mock received, in the order it read them: the last
   *     {@link Builder#journalSize(int)} since the last {@link #clearRequests()}
   * @throws IllegalStateException when the journal is off (journal size 0)
   */
  public List<RecordedRequest> requests() {
    requireJournal();
    return journal.all();
  }

  /** @return the requests the pattern matches, in the order the mock read them; see {@link #requests()} */
  public List<RecordedRequest> requests(RequestPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return requests().stream().filter(pattern).toList();
  }

  /** Empties the journal. */
  public void clearRequests() {
    journal.clear();
  }

  /**
   * Checks that exactly {@code count} recorded requests match the pattern.
   *
   * @throws AssertionError naming the pattern, the count found and the requests recorded
   * @throws IllegalStateException when the journal is off
   */
  public void verify(int count, RequestPattern pattern) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is 0 or more, was " + count);
    }
    List<RecordedRequest> all = requests();
    List<RecordedRequest> matching = all.stream().filter(Objects.requireNonNull(pattern, "pattern")).toList();
    if (matching.size() == count) {
      return;
    }
    StringBuilder message = new StringBuilder("expected ").append(count).append(count == 1 ? " request" : " requests")
        .append(" that ").append(count == 1 ? "is " : "are ").append(pattern).append(", found ")
        .append(matching.size()).append(" among the ").append(all.size()).append(" recorded");
    long dropped = journal.dropped();
    if (dropped > 0) {
      message.append(" (").append(dropped).append(" older ones fell out of the journal, which keeps ")
          .append(journal.capacity()).append(": raise journalSize)");
    }
    message.append(all.isEmpty() ? "" : ":");
    all.forEach(request -> message.append("\n  ").append(pattern.test(request) ? "* " : "  ").append(request));
    throw new AssertionError(message.toString());
  }

  private void requireJournal() {
    if (!journal.on()) {
      throw new IllegalStateException("the journal is off: build the mock with journalSize(n), n > 0");
    }
  }

  // ------------------------------------------------------------------ faults

  /** Arms a fault: it plays on the requests it matches, as {@link Fault} says. */
  public void inject(Fault fault) {
    faults.add(Objects.requireNonNull(fault, "fault"));
  }

  /** Disarms every fault; a request already being delayed or held is not changed. */
  public void clearFaults() {
    faults.clear();
  }

  /** @return the spec the mock checks against; the project's own tests read limits from it */
  ApiSpec spec() {
    return spec;
  }

  /** Configures a {@link MockServer}. */
  public static final class Builder {
    private final Map<String, Verifier> tenants = new LinkedHashMap<>();
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
    private Fixtures fixtures;
    private Path fixturesFile;
    private Clock clock = Clock.systemUTC();
    private boolean controlApi;
    private ApiSpec spec;
    private InetAddress host = InetAddress.getLoopbackAddress();
    private int port;
    private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Readings readings = Readings.defaults();
    private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int verifiedSignCache = DEFAULT_VERIFIED_SIGN_CACHE;
    private int journalSize = DEFAULT_JOURNAL_SIZE;

    private Builder() {
    }

    /**
     * Which result code refuses what the page leaves open (a missing or completed task, a
     * duplicate name, an unknown skill set or number group); default 20001 for each.
     *
     * @param code one of {@link Readings#REFUSAL_CODES}
     */
    public Builder refusalCode(Readings.Refusal refusal, String code) {
      readings = readings.refusalCode(refusal, code);
      return this;
    }

    /**
     * Every reading of what the page leaves open at once (the timestamp window included); default
     * {@link Readings#defaults()}. Replaces what {@link #refusalCode}, {@link #failureData},
     * {@link #timestampWindow} and {@link #allowMissingContentType} set before.
     */
    public Builder readings(Readings value) {
      readings = Objects.requireNonNull(value, "readings");
      return this;
    }

    /** The {@code data} of the refusals of the API; default false for an edit, null for a read-back. */
    public Builder failureData(Readings.FailureData value) {
      readings = readings.failureData(value);
      return this;
    }

    /**
     * A tenant: an appId and the RSA public key its requests are verified with. Its tasks are its
     * own, starting from the fixtures.
     */
    public Builder tenant(String appId, PublicKey publicKey) {
      tenant(appId, new RSAVerifier(publicKey));
      publicKeys.put(appId, publicKey);
      return this;
    }

    /**
     * A tenant with its own verifier. The signature doctor cannot show its key's fingerprint.
     */
    public Builder tenant(String appId, Verifier verifier) {
      if (appId == null || appId.isBlank()) {
        throw new IllegalArgumentException("appId must not be blank");
      }
      tenants.put(appId, Objects.requireNonNull(verifier, "verifier"));
      publicKeys.remove(appId);
      return this;
    }

    /** What the mock holds at start and after {@link MockServer#reset()}; default {@link Fixtures#defaults()}. */
    public Builder fixtures(Fixtures value) {
      fixtures = Objects.requireNonNull(value, "fixtures");
      fixturesFile = null;
      return this;
    }

    /**
     * Fixtures from a JSON file ({@code docs/mock.md} shows the form), held to the mock's spec
     * when the mock is built.
     *
     * @param file the fixtures file
     */
    public Builder fixtures(Path file) {
      fixturesFile = Objects.requireNonNull(file, "file");
      fixtures = null;
      return this;
    }

    /** The clock timestamps are checked against; default the system clock. */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** How far a timestamp may be from the clock, either side; default 5 minutes. A single reading. */
    public Builder timestampWindow(Duration value) {
      readings = readings.timestampWindow(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Whether to answer the control API under {@value #CONTROL_PREFIX}; default off. */
    public Builder controlApi(boolean value) {
      controlApi = value;
      return this;
    }

    /**
     * The spec every check reads its limits from, e.g. a copy of {@code api/openapi.yaml} with a
     * changed limit; default the one bundled with this library.
     *
     * @param file an OpenAPI document in YAML or JSON
     * @throws IllegalArgumentException naming the file when it cannot be read or is not a spec
     */
    public Builder spec(Path file) {
      return spec(ApiSpec.load(Objects.requireNonNull(file, "file")));
    }

    /** A spec already loaded, for this package's tests. */
    Builder spec(ApiSpec value) {
      spec = Objects.requireNonNull(value, "spec");
      return this;
    }

    /** The address to listen on; default the loopback address. */
    public Builder host(InetAddress value) {
      host = Objects.requireNonNull(value, "host");
      return this;
    }

    /** The port; default 0, a free port. */
    public Builder port(int value) {
      if (value < 0 || value > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, was " + value);
      }
      port = value;
      return this;
    }

    /** Handler threads; default twice the processors, at least 4. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      threads = value;
      return this;
    }

    /** The largest body read; default 1 MiB. */
    public Builder maxBodyBytes(int value) {
      if (value < 1 || value == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("maxBodyBytes must be 1 to " + (Integer.MAX_VALUE - 1));
      }
      maxBodyBytes = value;
      return this;
    }

    /**
     * How long a client may take to send a request line and its headers; default 5 s. A started
     * request is answered 408 and its connection closed one to two of these after its first byte
     * (connections are looked at once per timeout); a connection where no request has begun is
     * left to the {@link #idleTimeout idle timeout}.
     */
    public Builder headerTimeout(Duration value) {
      headerTimeout = positive(value, "headerTimeout");
      return this;
    }

    /** How long a client may take to send a body, from the end of its headers; default 5 s, then 408. */
    public Builder bodyTimeout(Duration value) {
      bodyTimeout = positive(value, "bodyTimeout");
      return this;
    }

    /** How long a connection may stay without a byte either way; default 30 s. */
    public Builder idleTimeout(Duration value) {
      idleTimeout = positive(value, "idleTimeout");
      return this;
    }

    /** The most connections open at once; default 1024. More wait to be accepted. */
    public Builder maxConnections(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1");
      }
      maxConnections = value;
      return this;
    }

    /**
     * Whether an edit without a {@code Content-Type} header is accepted; default false (refused
     * with 29002). A single reading ({@link Readings.Silence#CONTENT_TYPE_MISSING}); another type
     * is read by {@link Readings.Silence#CONTENT_TYPE_OTHER}. For clients that send no type.
     */
    public Builder allowMissingContentType(boolean value) {
      readings = readings.with(Readings.Silence.CONTENT_TYPE_MISSING,
          value ? Readings.ACCEPTED : Readings.Silence.CONTENT_TYPE_MISSING.mockDefault());
      return this;
    }

    /**
     * How many verified {@code (appId, timestamp, sign)} triples to remember per tenant, so that
     * a reused sign is not verified again; default {@value #DEFAULT_VERIFIED_SIGN_CACHE}, 0 to
     * verify every request. Safe: the sign covers exactly those three, and the timestamp window
     * is checked on every request.
     */
    public Builder verifiedSignCache(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("verifiedSignCache must be 0 or more");
      }
      verifiedSignCache = value;
      return this;
    }

    /**
     * How many requests the journal keeps ({@link MockServer#requests()}), the oldest dropped
     * first; default {@value #DEFAULT_JOURNAL_SIZE}, 0 to keep none (the journal then costs
     * nothing). Each kept request holds its header fields and its body as received (a body of
     * more than {@value RecordedRequest#MAX_BODY_CHARS} bytes as text, cut at as many characters).
     */
    public Builder journalSize(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("journalSize must be 0 or more");
      }
      journalSize = value;
      return this;
    }

    private static Duration positive(Duration value, String name) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }

    /**
     * @return a mock, not started
     * @throws IllegalArgumentException when a fixture task breaks the spec
     * @throws MockSetupException when the fixtures file cannot be read or is not valid, naming it
     */
    public MockServer build() {
      if (spec == null) {
        spec = ApiSpec.bundled();
      }
      if (fixturesFile != null) {
        fixtures = Fixtures.load(fixturesFile, spec);
      } else if (fixtures == null) {
        fixtures = Fixtures.defaults();
      }
      return new MockServer(this);
    }
  }
}
