package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A fault's words, its checks, what it matches, and how its plays are counted. */
class FaultTest {

  private static final Supplier<OptionalLong> TASK_121 = () -> OptionalLong.of(121);

  @Test
  void itDescribesItselfWithItsScopeAndCount() {
    assertThat(Fault.resultCode("29008").times(1).forTask(121)).hasToString("resultCode 29008 for task 121, 1 time");
    assertThat(Fault.httpError(503).withDelay(Duration.ofMillis(20)).forAppId("a"))
        .hasToString("httpError 503 after 20 ms for appId 'a', until cleared");
    assertThat(Fault.delay(Duration.ofSeconds(2)).times(3)).hasToString("delay 2000 ms, 3 times");
  }

  @Test
  void badSettingsAreRefusedInOneLine() {
    assertThatThrownBy(() -> Fault.resultCode("10000")).hasMessage("a fault answers a failure; 10000 is the success code");
    assertThatThrownBy(() -> Fault.resultCode("29 008")).hasMessageContaining("without spaces");
    assertThatThrownBy(() -> Fault.httpError(200)).hasMessage("a fault's HTTP status is 400 to 599, was 200");
    assertThatThrownBy(() -> Fault.delay(Duration.ZERO)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Fault.noAnswer().times(0)).hasMessageContaining("at least once");
    assertThatThrownBy(() -> Fault.truncated().forPath("edit")).hasMessageContaining("starts with '/'");
    assertThatThrownBy(() -> Fault.connectionReset().withDelay(Duration.ofMillis(-1))).hasMessageContaining("negative");
  }

  @Test
  void itMatchesItsTaskPathAndAppIdOnly() {
    Fault fault = Fault.noAnswer().forTask(121).forPath(MockServer.EDIT_PATH).forAppId("a");

    assertThat(fault.matches(MockServer.EDIT_PATH, "a", TASK_121)).isTrue();
    assertThat(fault.matches(MockServer.EDIT_PATH, "a", () -> OptionalLong.of(122))).isFalse();
    assertThat(fault.matches(MockServer.EDIT_PATH, "a", OptionalLong::empty)).isFalse();
    assertThat(fault.matches(MockServer.PHONE_GROUPS_PATH, "a", TASK_121)).isFalse();
    assertThat(fault.matches(MockServer.EDIT_PATH, "b", TASK_121)).isFalse();
  }

  @Test
  void anUnscopedFaultNeverLooksAtTheTask() {
    AtomicInteger asked = new AtomicInteger();

    assertThat(Fault.truncated().matches(MockServer.EDIT_PATH, null, () -> {
      asked.incrementAndGet();
      return OptionalLong.empty();
    })).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void aCountedFaultIsSpentAfterItsPlaysAndTheNextOnePlays() {
    FaultPlan plan = new FaultPlan();
    Fault first = Fault.resultCode("29008").times(2);
    Fault second = Fault.httpError(502);
    plan.add(first);
    plan.add(second);

    assertThat(plan.take(MockServer.EDIT_PATH, "a", TASK_121)).isSameAs(first);
    assertThat(plan.describe()).containsExactly("resultCode 29008, 1 time", "httpError 502, until cleared");
    assertThat(plan.take(MockServer.EDIT_PATH, "a", TASK_121)).isSameAs(first);
    assertThat(plan.take(MockServer.EDIT_PATH, "a", TASK_121)).isSameAs(second);
    assertThat(plan.take(MockServer.EDIT_PATH, "a", TASK_121)).isSameAs(second);
    assertThat(plan.describe()).containsExactly("httpError 502, until cleared");
  }

  @Test
  void aRequestNoFaultMatchesTakesNone() {
    FaultPlan plan = new FaultPlan();
    plan.add(Fault.noAnswer().forTask(5));

    assertThat(plan.take(MockServer.EDIT_PATH, "a", TASK_121)).isNull();
    plan.clear();
    assertThat(plan.take(MockServer.EDIT_PATH, "a", () -> OptionalLong.of(5))).isNull();
  }
}
