package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The Java API tests use: start on a free port, read tasks, seed, reset, close. */
class MockServerApiIT {

  @Test
  void startPicksAFreePortOnLoopback() {
    try (MockServer server = MockFixture.startMock()) {
      assertThat(server.port()).isPositive();
      assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    }
  }

  @Test
  void closeFreesThePort() throws Exception {
    MockServer server = MockFixture.startMock();
    int port = server.port();
    server.close();

    try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(socket.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void aPortInUseFailsWithAOneLineMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      MockServer server = MockFixture.builder().port(taken.getLocalPort()).build();

      assertThatThrownBy(server::start).isInstanceOf(MockSetupException.class)
          .hasMessageContaining(Integer.toString(taken.getLocalPort())).hasMessageContaining("in use");
    }
  }

  @Test
  void theDefaultFixturesHaveTwoNotStartedTasksAndOneOfEachOtherStatus() {
    Fixtures defaults = Fixtures.defaults();

    assertThat(defaults.tasks(TaskStatus.NOT_STARTED)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(defaults.tasks(TaskStatus.IN_PROGRESS)).isNotEmpty();
    assertThat(defaults.tasks(TaskStatus.PAUSED)).isNotEmpty();
    assertThat(defaults.tasks(TaskStatus.COMPLETED)).isNotEmpty();
    assertThat(defaults.skillSetIds()).contains("1462016331580064");
    assertThat(defaults.outboundNumberGroupIds()).contains("1070678044124225");
  }

  @Test
  void seedAddsATaskTheApiCanEdit() {
    try (MockServer server = MockFixture.startMock()) {
      Task seeded = server.task(NOT_STARTED).toBuilder().id(5000).set("taskName", "种子任务").build();

      server.seed(seeded);

      assertThat(server.task(5000)).isEqualTo(seeded);
      assertThat(edit(server, notStartedBody(5000, "种子任务改名")).code()).isEqualTo("10000");
    }
  }

  @Test
  void seedRefusesATaskThatBreaksTheSpec() {
    try (MockServer server = MockFixture.startMock()) {
      Task broken = server.task(NOT_STARTED).toBuilder().id(5001).set("taskName", "坏的").set("acw", -1).build();

      assertThatThrownBy(() -> server.seed(broken)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("acw");
      assertThat(server.findTask(5001)).isEmpty();
    }
  }

  @Test
  void seedRefusesAnotherTasksName() {
    try (MockServer server = MockFixture.startMock()) {
      Task clash = server.task(NOT_STARTED).toBuilder().id(5002).build();

      assertThatThrownBy(() -> server.seed(clash)).hasMessageContaining("unique");
    }
  }

  @Test
  void resetUndoesEditsAndSeeds() {
    try (MockServer server = MockFixture.startMock()) {
      edit(server, notStartedBody(NOT_STARTED, "改"));
      server.seed(server.task(NOT_STARTED).toBuilder().id(5003).set("taskName", "又一个").build());

      server.reset();

      assertThat(server.tasks()).containsExactlyInAnyOrderElementsOf(server.fixtures().tasks());
    }
  }

  @Test
  void taskOfAnUnknownIdThrows() {
    try (MockServer server = MockFixture.startMock()) {
      assertThatThrownBy(() -> server.task(MockFixture.MISSING)).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void aFixtureThatBreaksTheGivenSpecIsRefusedAtBuild() {
    Task bad = Fixtures.defaults().tasks().get(0).toBuilder().set("acw", 0).build();
    Fixtures fixtures = new Fixtures(java.util.List.of(bad), Fixtures.defaults().skillSetIds(),
        Fixtures.defaults().outboundNumberGroupIds());

    assertThatThrownBy(() -> MockFixture.builder().fixtures(fixtures).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acw");
  }

  @Test
  void startingTwiceIsRefused() {
    try (MockServer server = MockFixture.startMock()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }
}
