package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.mock.junit5.MockServerExtension;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.testing.PageExamples;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The JUnit 5 extension, as an application's tests use it: the sample classes below are run
 * through JUnit's launcher, as a build tool runs them, and report what they saw.
 */
class MockServerExtensionIT {

  /** What each sample test saw, by sample: the mocks' base URLs, in the order the tests ran. */
  static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

  static void saw(String sample, MockServer mock) {
    SEEN.computeIfAbsent(sample, key -> new CopyOnWriteArrayList<>()).add(mock.baseUrl());
  }

  private static NotStartedTaskEdit rename(String name) {
    return PageExamples.notStarted().taskId(MockFixture.NOT_STARTED).taskName(name);
  }

  private static TestExecutionSummary run(Map<String, String> configuration, DiscoverySelector... classes) {
    SEEN.clear();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(classes)
        .configurationParameters(configuration).build(), listener);
    return listener.getSummary();
  }

  private static TestExecutionSummary run(Class<?>... classes) {
    return run(Map.of(), Arrays.stream(classes).map(type -> selectClass(type)).toArray(DiscoverySelector[]::new));
  }

  private static void allPassed(TestExecutionSummary summary, long tests) {
    assertThat(summary.getFailures()).as("failures").extracting(failure -> failure.getTestIdentifier().getDisplayName()
        + ": " + failure.getException()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(tests);
  }

  // ------------------------------------------------------------------ the samples

  /** The defaults: one mock per class, reset before each test; parameters. */
  @ExtendWith(MockServerExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ParametersSample {
    @Test
    @Order(1)
    void editsThroughTheWiredClient(MockServer mock, OutboundClient client, KeyPair keys) {
      saw("parameters", mock);
      assertThat(mock.appIds()).singleElement().asString().startsWith("test-");
      assertThat(keys.getPublic().getAlgorithm()).isEqualTo("RSA");
      client.editNotStartedTask(rename("第一个测试改的"));
      mock.verify(1, RequestPattern.editsOf(MockFixture.NOT_STARTED));
      mock.inject(Fault.resultCode("29008"));
    }

    @Test
    @Order(2)
    void seesTheFixturesAnEmptyJournalAndNoFault(MockServer mock, OutboundClient client) {
      saw("parameters", mock);
      assertThat(mock.task(MockFixture.NOT_STARTED)).isEqualTo(mock.fixtures().task(MockFixture.NOT_STARTED).orElseThrow());
      mock.verify(0, RequestPattern.anyRequest());
      assertThat(client.getPhoneGroups(MockFixture.NOT_STARTED).code()).isEqualTo("10000");
    }
  }

  /** Fields of the injected types are set before each test; a @BeforeEach sees them. */
  @ExtendWith(MockServerExtension.class)
  static class FieldsSample {
    MockServer mock;
    OutboundClient client;
    KeyPair keys;
    String seenInBeforeEach;

    @BeforeEach
    void before() {
      seenInBeforeEach = mock.baseUrl();
    }

    @Test
    void fieldsAreSet() {
      saw("fields", mock);
      assertThat(seenInBeforeEach).isEqualTo(mock.baseUrl());
      assertThat(keys).isNotNull();
      assertThat(client.editNotStartedTask(rename("字段")).code()).isEqualTo("10000");
    }
  }

  /** perTest(): each test its own mock; and the builder's settings reach the mock. */
  static class PerTestSample {
    @RegisterExtension
    static final MockServerExtension MOCK = MockServerExtension.builder()
        .fixtures(MockFixture.FIXTURES_EXAMPLE).journalSize(5).perTest().build();

    @Test
    void one(MockServer mock) {
      saw("per test", mock);
      assertThat(mock.fixtures()).isEqualTo(Fixtures.load(MockFixture.FIXTURES_EXAMPLE, ApiSpec.bundled()));
    }

    @Test
    void two(MockServer mock) {
      saw("per test", mock);
    }
  }

  /** Tests of one class run at the same time: each gets a mock of its own. */
  @ExtendWith(MockServerExtension.class)
  @Execution(ExecutionMode.CONCURRENT)
  static class ConcurrentSample {
    static final int TESTS = 3;
    static final CyclicBarrier TOGETHER = new CyclicBarrier(TESTS);

    void editAloneAmongOthers(MockServer mock, OutboundClient client, String name) throws Exception {
      saw("concurrent", mock);
      client.editNotStartedTask(rename(name));
      TOGETHER.await(10, TimeUnit.SECONDS); // every test has edited before any looks
      mock.verify(1, RequestPattern.edits());
      assertThat(mock.task(MockFixture.NOT_STARTED).taskName()).isEqualTo(name);
    }

    @Test
    void a(MockServer mock, OutboundClient client) throws Exception {
      editAloneAmongOthers(mock, client, "并行 a");
    }

    @Test
    void b(MockServer mock, OutboundClient client) throws Exception {
      editAloneAmongOthers(mock, client, "并行 b");
    }

    @Test
    void c(MockServer mock, OutboundClient client) throws Exception {
      editAloneAmongOthers(mock, client, "并行 c");
    }
  }

  /** A setting that cannot work fails the test with one line naming it. */
  static class BrokenSample {
    @RegisterExtension
    static final MockServerExtension MOCK = MockServerExtension.builder()
        .fixtures(Path.of("no-such-fixtures.json")).build();

    @Test
    void needsTheMock(MockServer mock) {
      saw("broken", mock);
    }
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void oneMockServesAClassAndIsResetBeforeEachTest() {
    allPassed(run(ParametersSample.class), 2);

    assertThat(SEEN.get("parameters")).hasSize(2).containsOnly(SEEN.get("parameters").get(0));
  }

  @Test
  void fieldsOfTheInjectedTypesAreSet() {
    allPassed(run(FieldsSample.class), 1);
  }

  @Test
  void perTestGivesEachTestItsOwnMockBuiltAsConfigured() {
    allPassed(run(PerTestSample.class), 2);

    assertThat(Set.copyOf(SEEN.get("per test"))).hasSize(2);
  }

  @Test
  void testsRunConcurrentlyEachGetAMockOfTheirOwn() {
    TestExecutionSummary summary = run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"), selectClass(ConcurrentSample.class));

    allPassed(summary, ConcurrentSample.TESTS);
    assertThat(Set.copyOf(SEEN.get("concurrent"))).hasSize(ConcurrentSample.TESTS);
  }

  @Test
  void classesRunInParallelNeverShareAMock() {
    TestExecutionSummary summary = run(Map.of("junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
        selectClass(ParametersSample.class), selectClass(FieldsSample.class));

    allPassed(summary, 3);
    assertThat(SEEN.get("parameters")).doesNotContainAnyElementsOf(SEEN.get("fields"));
  }

  @Test
  void aBrokenSettingFailsTheTestNamingIt() {
    TestExecutionSummary summary = run(BrokenSample.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    Throwable failure = summary.getFailures().get(0).getException();
    assertThat(failure).isInstanceOf(MockSetupException.class);
    assertThat(failure.getMessage()).isEqualTo("fixtures no-such-fixtures.json: file not found");
    assertThat(SEEN).doesNotContainKey("broken");
  }
}
