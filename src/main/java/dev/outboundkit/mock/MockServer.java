package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.auth.Verifier;
import dev.outboundkit.rules.ApiSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A faithful, stateful mock of the vendor's endpoint 编辑自动外呼任务 and its read-back
 * 查询名单批次, on the JDK's {@link HttpServer}: it checks signatures, holds tasks, and refuses what
 * the vendor refuses with the vendor's result codes. Limits come from the {@link ApiSpec} it is
 * given (the bundled one by default).
 *
 * <pre>{@code
 * try (MockServer server = MockServer.builder()
 *     .tenant("my-app", publicKey)
 *     .build()
 *     .start()) {
 *   String baseUrl = server.baseUrl();   // http://127.0.0.1:<free port>
 *   ...
 *   Task task = server.task(121);        // the whole task, as last edited
 * }
 * }</pre>
 *
 * <p>Thread-safe. See {@code docs/mock.md}.
 */
public final class MockServer implements AutoCloseable {

  /** The edit operation's path. */
  public static final String EDIT_PATH = "/speech/openapi/v1/task/outbound/edit";
  /** The read-back operation's path. */
  public static final String PHONE_GROUPS_PATH = "/speech/openapi/v1/task/outbound/getPhoneGroups";
  /** Prefix of the control API, answered only when it is enabled. */
  public static final String CONTROL_PREFIX = "/__control/";
  /** The largest request body read, 1 MiB; a larger one is refused with 29002. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** The default timestamp window, 5 minutes either side of the mock's clock. */
  public static final Duration DEFAULT_TIMESTAMP_WINDOW = Duration.ofMinutes(5);

  /**
   * How much of a refused, too large body is read and thrown away so that the client gets the
   * answer; beyond it the connection is cut.
   */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(MockServer.class);
  private static final String JSON_TYPE = "application/json;charset=UTF-8";

  static {
    // The JDK server writes headers and body separately: without TCP_NODELAY, Nagle's algorithm
    // and delayed ACKs add ~40 ms to answers on a kept-alive connection. Read once, when the
    // first JDK HttpServer is made; an explicit setting wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final MockApi api;
  private final InetAddress host;
  private final int requestedPort;
  private final boolean controlApi;
  private final int threads;
  private final int maxBodyBytes;

  private final Object lifecycle = new Object();
  private HttpServer server;
  private ThreadPoolExecutor executor;
  private boolean closed;

  private MockServer(Builder builder) {
    Map<String, Verifier> verifiers = new LinkedHashMap<>(builder.tenants);
    this.api = new MockApi(builder.spec, verifiers, builder.clock, builder.timestampWindow,
        builder.fixtures, builder.readings);
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.controlApi = builder.controlApi;
    this.threads = builder.threads;
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
      HttpServer http;
      InetSocketAddress address = new InetSocketAddress(host, requestedPort);
      try {
        http = HttpServer.create(address, 1024);
      } catch (BindException e) {
        throw new MockSetupException("cannot listen on " + host.getHostAddress() + ":" + requestedPort
            + ": " + (requestedPort != 0 ? "the port is already in use or not allowed" : e.getMessage()), e);
      } catch (IOException e) {
        throw new MockSetupException("cannot listen on " + host.getHostAddress() + ":" + requestedPort
            + ": " + e.getMessage(), e);
      }
      executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(4096), new DaemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
      http.setExecutor(executor);
      http.createContext("/", this::handle);
      http.start();
      server = http;
      LOG.debug("mock listening on {}", baseUrl());
      return this;
    }
  }

  /** @return e.g. {@code http://127.0.0.1:41234}, without a trailing slash */
  public String baseUrl() {
    String address = host.isAnyLocalAddress() ? "127.0.0.1" : host.getHostAddress();
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
      return server.getAddress().getPort();
    }
  }

  /** Stops answering and frees the port; idempotent. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      if (server != null) {
        server.stop(0);
        executor.shutdownNow();
        server = null;
      }
    }
  }

  /**
   * @return the whole task as it is now
   * @throws NoSuchElementException when the mock has no task with this id
   */
  public Task task(long id) {
    return api.task(id).orElseThrow(() -> new NoSuchElementException("the mock has no task " + id));
  }

  /** @return the task as it is now, if the mock has it */
  public Optional<Task> findTask(long id) {
    return api.task(id);
  }

  /** @return every task, by id */
  public List<Task> tasks() {
    return api.tasks();
  }

  /** Back to the fixtures it was built with. */
  public void reset() {
    api.reset();
  }

  /**
   * Adds a task or replaces the one with its id.
   *
   * @throws IllegalArgumentException when the task breaks the spec, names an unknown skill set
   *     or number group, or has another task's name
   */
  public void seed(Task task) {
    api.seed(task);
  }

  /** @return the fixtures it was built with */
  public Fixtures fixtures() {
    return api.fixtures();
  }

  /** @return the appIds that have a public key */
  public Set<String> appIds() {
    return api.appIds();
  }

  /** @return the spec the mock checks against */
  public ApiSpec spec() {
    return api.validator().spec();
  }

  // ---------------------------------------------------------------- HTTP

  private void handle(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    try {
      Answer answer;
      if (EDIT_PATH.equals(path)) {
        answer = edit(exchange);
      } else if (PHONE_GROUPS_PATH.equals(path)) {
        answer = phoneGroups(exchange);
      } else if (controlApi && path.startsWith(CONTROL_PREFIX)) {
        answer = control(exchange, path.substring(CONTROL_PREFIX.length()));
      } else {
        answer = Answer.error(404, "no such path: " + path);
      }
      send(exchange, answer);
    } catch (IOException e) {
      LOG.debug("connection problem on {}: {}", path, e.toString());
    } catch (RuntimeException | Error e) {
      // No request data in the log line (a body may hold anything); the stack trace is ours.
      LOG.error("unexpected failure answering {} {}; answered 29008", exchange.getRequestMethod(), path, e);
      try {
        send(exchange, Answer.api(Answer.SYSTEM_ERROR, null,
            PHONE_GROUPS_PATH.equals(path) ? Answer.READ_REFUSED : Answer.EDIT_REFUSED));
      } catch (IOException | RuntimeException ignored) {
        // headers already sent or connection gone: nothing more to say
      }
    } finally {
      exchange.close();
    }
  }

  private Answer edit(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      return methodNotAllowed(exchange, "POST");
    }
    Answer refusal = authenticate(exchange, Answer.EDIT_REFUSED);
    if (refusal != null) {
      return refusal;
    }
    Body body = readBody(exchange);
    if (body.tooLarge) {
      return MockApi.parameterError("the body is larger than " + maxBodyBytes + " bytes",
          Answer.EDIT_REFUSED);
    }
    JsonElement json;
    try {
      json = StrictJson.parse(body.bytes, body.length);
    } catch (StrictJson.NotJsonException e) {
      return MockApi.parameterError(e.getMessage(), Answer.EDIT_REFUSED);
    }
    return api.edit(json);
  }

  private Answer phoneGroups(HttpExchange exchange) {
    if (!"GET".equals(exchange.getRequestMethod())) {
      return methodNotAllowed(exchange, "GET");
    }
    Answer refusal = authenticate(exchange, Answer.READ_REFUSED);
    if (refusal != null) {
      return refusal;
    }
    return api.phoneGroups(queryParameter(exchange.getRequestURI().getRawQuery(), "taskId"));
  }

  private Answer authenticate(HttpExchange exchange, JsonElement refused) {
    Headers headers = exchange.getRequestHeaders();
    return api.authenticate(headers.getFirst("appId"), headers.getFirst("timestamp"),
        headers.getFirst("sign"), refused);
  }

  /** The control API: reset, seed a task, read a task. */
  private Answer control(HttpExchange exchange, String route) throws IOException {
    String method = exchange.getRequestMethod();
    if (route.equals("reset")) {
      if (!"POST".equals(method)) {
        return methodNotAllowed(exchange, "POST");
      }
      api.reset();
      JsonObject done = new JsonObject();
      done.addProperty("reset", true);
      return Answer.http(200, done);
    }
    if (route.equals("tasks")) {
      if ("GET".equals(method)) {
        JsonArray all = new JsonArray();
        api.tasks().forEach(task -> all.add(TaskJson.toJson(task)));
        JsonObject json = new JsonObject();
        json.add("tasks", all);
        return Answer.http(200, json);
      }
      if (!"POST".equals(method)) {
        return methodNotAllowed(exchange, "GET, POST");
      }
      Body body = readBody(exchange);
      if (body.tooLarge) {
        return Answer.error(413, "the body is larger than " + maxBodyBytes + " bytes");
      }
      try {
        JsonElement json = StrictJson.parse(body.bytes, body.length);
        Task task = TaskJson.fromJson(json, api.validator(), "task");
        api.seed(task);
        return Answer.http(200, TaskJson.toJson(task));
      } catch (StrictJson.NotJsonException | IllegalArgumentException e) {
        return Answer.error(400, e.getMessage());
      }
    }
    if (route.startsWith("tasks/")) {
      if (!"GET".equals(method)) {
        return methodNotAllowed(exchange, "GET");
      }
      String idText = route.substring("tasks/".length());
      long id;
      try {
        id = Long.parseLong(idText);
      } catch (NumberFormatException e) {
        return Answer.error(400, "the task id must be an integer, was '" + idText + "'");
      }
      return api.task(id).<Answer>map(task -> Answer.http(200, TaskJson.toJson(task)))
          .orElseGet(() -> Answer.error(404, "the mock has no task " + id));
    }
    return Answer.error(404, "no such control route: " + CONTROL_PREFIX + route);
  }

  private static Answer methodNotAllowed(HttpExchange exchange, String allowed) {
    exchange.getResponseHeaders().set("Allow", allowed);
    return Answer.error(405, exchange.getRequestMethod() + " is not allowed here; use " + allowed);
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
    exchange.sendResponseHeaders(answer.status, answer.body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body);
    }
  }

  /** A request body, kept up to one byte past the limit; {@code tooLarge} when it went past. */
  private record Body(byte[] bytes, int length, boolean tooLarge) {
  }

  /**
   * Reads the body, keeping at most the limit plus one byte. A body over the limit is refused:
   * its rest is read and thrown away (up to {@value #DISCARD_LIMIT} bytes, never kept), so that
   * the client, still sending, gets the answer instead of a reset connection; the answer then
   * closes the connection.
   */
  private Body readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      Body body = readBounded(exchange, in);
      if (body.tooLarge) {
        exchange.getResponseHeaders().set("Connection", "close");
        discard(in);
      }
      return body;
    }
  }

  private Body readBounded(HttpExchange exchange, InputStream in) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    int expected = 0;
    if (declared != null) {
      try {
        long length = Long.parseLong(declared.trim());
        if (length > maxBodyBytes) {
          return new Body(null, 0, true); // refused without keeping a byte of it
        }
        expected = (int) Math.max(0, length);
      } catch (NumberFormatException e) {
        // the JDK server has already refused a malformed Content-Length; read what comes
      }
    }
    byte[] buffer = new byte[expected > 0 ? expected : Math.min(8192, maxBodyBytes + 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > maxBodyBytes) {
          return new Body(null, 0, true);
        }
        buffer = Arrays.copyOf(buffer, Math.min(maxBodyBytes + 1, buffer.length * 2));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        return new Body(buffer, length, false);
      }
      length += read;
      if (length > maxBodyBytes) {
        return new Body(null, 0, true);
      }
    }
  }

  /** Reads and throws away what is left of a refused body, up to {@link #DISCARD_LIMIT}. */
  private static void discard(InputStream in) throws IOException {
    byte[] scratch = new byte[8192];
    long left = DISCARD_LIMIT;
    while (left > 0) {
      int read = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  /** @return the first value of the parameter, URL-decoded; null when absent */
  static String queryParameter(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (decode(key).equals(name)) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a broken %-escape: keep the text, the checks will refuse it
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "outboundkit-mock-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** Configures a {@link MockServer}. */
  public static final class Builder {
    private final Map<String, Verifier> tenants = new LinkedHashMap<>();
    private Fixtures fixtures;
    private Clock clock = Clock.systemUTC();
    private Duration timestampWindow = DEFAULT_TIMESTAMP_WINDOW;
    private boolean controlApi;
    private ApiSpec spec;
    private InetAddress host = InetAddress.getLoopbackAddress();
    private int port;
    private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Readings readings = Readings.defaults();

    private Builder() {
    }

    /**
     * Which result code refuses what the page leaves open (a missing or completed task, a
     * duplicate name, an unknown skill set or number group); default 20001 for each.
     *
     * @param code {@code 20001} or {@code 29002}
     */
    public Builder refusalCode(Readings.Refusal refusal, String code) {
      readings = readings.refusalCode(refusal, code);
      return this;
    }

    /** Every reading of what the page leaves open at once; default {@link Readings#defaults()}. */
    public Builder readings(Readings value) {
      readings = Objects.requireNonNull(value, "readings");
      return this;
    }

    /** The {@code data} of the refusals of the API; default false for an edit, null for a read-back. */
    public Builder failureData(Readings.FailureData value) {
      readings = readings.failureData(value);
      return this;
    }

    /** A tenant: an appId and the RSA public key its requests are verified with. */
    public Builder tenant(String appId, PublicKey publicKey) {
      return tenant(appId, new RSAVerifier(publicKey));
    }

    /** A tenant with its own verifier. */
    public Builder tenant(String appId, Verifier verifier) {
      if (appId == null || appId.isBlank()) {
        throw new IllegalArgumentException("appId must not be blank");
      }
      tenants.put(appId, Objects.requireNonNull(verifier, "verifier"));
      return this;
    }

    /** What the mock holds at start and after {@link MockServer#reset()}; default {@link Fixtures#defaults()}. */
    public Builder fixtures(Fixtures value) {
      fixtures = Objects.requireNonNull(value, "fixtures");
      return this;
    }

    /** The clock timestamps are checked against; default the system clock. */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** How far a timestamp may be from the clock, either side; default 5 minutes. */
    public Builder timestampWindow(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("the timestamp window must not be negative");
      }
      timestampWindow = value;
      return this;
    }

    /** Whether to answer the control API under {@value #CONTROL_PREFIX}; default off. */
    public Builder controlApi(boolean value) {
      controlApi = value;
      return this;
    }

    /** The spec every check reads its limits from; default {@link ApiSpec#bundled()}. */
    public Builder spec(ApiSpec value) {
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
     * @return a mock, not started
     * @throws IllegalArgumentException when a fixture task breaks the spec
     */
    public MockServer build() {
      if (spec == null) {
        spec = ApiSpec.bundled();
      }
      if (fixtures == null) {
        fixtures = Fixtures.defaults();
      }
      return new MockServer(this);
    }
  }
}
