package dev.outboundkit.mock.junit5;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * JUnit 5 (Jupiter) support for an application's tests: a started {@link MockServer} with a tenant
 * of its own, an {@link OutboundClient} wired to it with that tenant's key, and the tenant's
 * {@link KeyPair}, as test parameters, or in the test instance's fields of those types.
 *
 * <pre>{@code
 * @ExtendWith(MockServerExtension.class)
 * class TaskServiceTest {
 *   @Test
 *   void editsOnce(MockServer mock, OutboundClient client) {
 *     new TaskService(client).rename(121, "新名称");
 *     mock.verify(1, RequestPattern.editsOf(121));
 *   }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> One mock per test class, started when first needed and stopped after the
 * class; before each test its tasks go back to the fixtures, its journal is emptied and its faults
 * are cleared. {@link Builder#perTest()} gives each test a mock of its own instead. A test that
 * JUnit runs concurrently with the other tests of its class ({@link ExecutionMode#CONCURRENT})
 * always gets its own mock: one mock reset before each test cannot serve tests running at the same
 * time. Test classes never share a mock, so classes run in parallel are kept apart too.
 *
 * <p><b>What is injected.</b> Parameters of type {@code MockServer}, {@code OutboundClient} and
 * {@code KeyPair}, in test methods, {@code @BeforeEach}/{@code @AfterEach} methods (the test's
 * mock) and {@code @BeforeAll} methods (the class's mock); and, before each test, every non-static,
 * non-final field of one of those types in the test instance (a {@code @BeforeEach} method may
 * still replace it). The tenant is {@code mock.appIds()}'s one appId, with a fresh RSA-2048 key pair
 * per test class. The client's timeouts suit a mock on this machine: 1 s to connect, 2 s per
 * attempt (connect to last byte) and per read; its retries are the client's own (2).
 *
 * <p><b>Configuration</b>, through a registered extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MockServerExtension MOCK = MockServerExtension.builder()
 *     .fixtures(Path.of("src/test/resources/tasks.json"))
 *     .timestampWindow(Duration.ofSeconds(30))
 *     .perTest()
 *     .build();
 * }</pre>
 *
 * <p>JUnit is an optional dependency of the mock's artifact: a project that uses this extension
 * has JUnit 5 among its test dependencies already.
 */
public final class MockServerExtension implements BeforeEachCallback, AfterEachCallback, AfterAllCallback,
    ParameterResolver {

  /** The client's connect timeout. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  /** The client's read timeout and the limit on each attempt of a call. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

  private static final String CLASS_MOCK = "class mock";
  private static final String TEST_MOCK = "test mock";
  private static final String KEYS = "tenant keys";
  private static final List<Class<?>> INJECTED = List.of(MockServer.class, OutboundClient.class, KeyPair.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<Consumer<MockServer.Builder>> server;
  private final List<Consumer<OutboundClient.Builder>> client;
  private final Clock clock;
  private final boolean perTest;
  private final ExtensionContext.Namespace namespace;

  /** The extension with the mock's defaults, as {@code @ExtendWith(MockServerExtension.class)} makes it. */
  public MockServerExtension() {
    this(builder());
  }

  private MockServerExtension(Builder builder) {
    this.server = List.copyOf(builder.server);
    this.client = List.copyOf(builder.client);
    this.clock = builder.clock;
    this.perTest = builder.perTest;
    this.namespace = ExtensionContext.Namespace.create(MockServerExtension.class, this);
  }

  /** @return a builder of an extension to register with {@code @RegisterExtension} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Mock mock = mockFor(context);
    if (mock.shared) {
      mock.server.reset();
      mock.server.clearRequests();
      mock.server.clearFaults();
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      inject(instance, mock);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mock mock = context.getStore(namespace).remove(TEST_MOCK, Mock.class);
    if (mock != null) {
      mock.close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Mock mock = context.getStore(namespace).remove(CLASS_MOCK, Mock.class);
    if (mock != null) {
      mock.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Mock mock;
    try {
      mock = context.getTestMethod().isPresent() ? mockFor(context) : classMock(context);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException("cannot start the mock: " + e.getMessage(), e);
    }
    return mock.value(parameter.getParameter().getType());
  }

  /** @return the mock of the test the context runs: its own, or its class's */
  private Mock mockFor(ExtensionContext context) {
    if (perTest || context.getExecutionMode() == ExecutionMode.CONCURRENT) {
      return context.getStore(namespace).getOrComputeIfAbsent(TEST_MOCK, key -> start(context, false), Mock.class);
    }
    return classMock(context);
  }

  private Mock classMock(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(namespace).getOrComputeIfAbsent(CLASS_MOCK, key -> start(classContext, true),
        Mock.class);
  }

  /** @return the context of the test class (the innermost, for a nested class) */
  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    if (current.getTestClass().isEmpty()) {
      throw new ExtensionContextException("MockServerExtension serves test classes and their tests only");
    }
    return current;
  }

  private Mock start(ExtensionContext context, boolean shared) {
    KeyPair keys = classContext(context).getStore(namespace)
        .getOrComputeIfAbsent(KEYS, key -> RSAKeyPairs.generate(), KeyPair.class);
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    String appId = "test-" + HexFormat.of().formatHex(id);
    MockServer.Builder builder = MockServer.builder();
    server.forEach(step -> step.accept(builder));
    MockServer mock = builder.tenant(appId, keys.getPublic()).clock(clock).build().start();
    try {
      OutboundClient.Builder wired = OutboundClient.builder().baseUrl(mock.baseUrl()).appId(appId)
          .privateKey(keys.getPrivate()).clock(clock)
          .connectTimeout(CONNECT_TIMEOUT).readTimeout(CALL_TIMEOUT).callTimeout(CALL_TIMEOUT);
      client.forEach(step -> step.accept(wired));
      return new Mock(mock, wired.build(), keys, shared);
    } catch (RuntimeException e) {
      mock.close();
      throw e;
    }
  }

  /** Sets every non-static, non-final field of an injected type, in the class and its superclasses. */
  private static void inject(Object instance, Mock mock) {
    for (Class<?> type = instance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || !INJECTED.contains(field.getType())) {
          continue;
        }
        try {
          field.setAccessible(true);
          field.set(instance, mock.value(field.getType()));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new ExtensionContextException("cannot set the field " + type.getSimpleName() + "." + field.getName()
              + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** A started mock, the client wired to it and its tenant's keys. */
  private static final class Mock implements AutoCloseable {
    final MockServer server;
    final OutboundClient client;
    final KeyPair keys;
    /** Whether the tests of a class share it (then it is reset before each). */
    final boolean shared;

    Mock(MockServer server, OutboundClient client, KeyPair keys, boolean shared) {
      this.server = server;
      this.client = client;
      this.keys = keys;
      this.shared = shared;
    }

    Object value(Class<?> type) {
      return type == MockServer.class ? server : type == OutboundClient.class ? client : keys;
    }

    @Override
    public void close() {
      server.close();
    }
  }

  /**
   * Configures a {@link MockServerExtension}. Every setting is checked when it is made, so that a
   * wrong one fails the test class at once.
   */
  public static final class Builder {
    private final List<Consumer<MockServer.Builder>> server = new ArrayList<>();
    private final List<Consumer<OutboundClient.Builder>> client = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private boolean perTest;

    private Builder() {
    }

    /** What each mock holds at first and before each test; default {@link Fixtures#defaults()}. */
    public Builder fixtures(Fixtures fixtures) {
      Objects.requireNonNull(fixtures, "fixtures");
      return server(builder -> builder.fixtures(fixtures));
    }

    /** Fixtures from a JSON file (docs/mock.md), read when a mock starts. */
    public Builder fixtures(Path file) {
      Objects.requireNonNull(file, "file");
      return server(builder -> builder.fixtures(file));
    }

    /** How the mock reads what the vendor's page leaves open; default {@link Readings#defaults()}. */
    public Builder readings(Readings readings) {
      Objects.requireNonNull(readings, "readings");
      return server(builder -> builder.readings(readings));
    }

    /** The spec whose limits the mock enforces, e.g. a changed copy; default the bundled one. */
    public Builder spec(Path file) {
      Objects.requireNonNull(file, "file");
      MockServer.builder().spec(file); // read now: a broken spec fails here, not in every test
      return server(builder -> builder.spec(file));
    }

    /** How far a timestamp may be from the mock's clock, either side; default 5 minutes. */
    public Builder timestampWindow(Duration window) {
      MockServer.builder().timestampWindow(window); // refuses a negative window now
      return server(builder -> builder.timestampWindow(window));
    }

    /** How many requests the journal keeps; default {@link MockServer#DEFAULT_JOURNAL_SIZE}. */
    public Builder journalSize(int size) {
      MockServer.builder().journalSize(size);
      return server(builder -> builder.journalSize(size));
    }

    /** The clock of the mock and of the client's timestamps; default the system clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Gives each test a mock of its own, instead of one per class reset before each test. */
    public Builder perTest() {
      this.perTest = true;
      return this;
    }

    /**
     * Any other setting of the mock's builder (the control API, a refusal code, limits), applied
     * before the extension adds its tenant and clock.
     */
    public Builder server(Consumer<MockServer.Builder> step) {
      server.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    /**
     * Any setting of the client's builder (timeouts, {@code maxRetries}), applied after the
     * extension's own (base URL, tenant, key, clock, timeouts).
     */
    public Builder client(Consumer<OutboundClient.Builder> step) {
      client.add(Objects.requireNonNull(step, "step"));
      return this;
    }

    public MockServerExtension build() {
      return new MockServerExtension(this);
    }
  }
}
