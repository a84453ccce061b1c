package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.edit;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ControlApiIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension(() -> MockFixture.builder().controlApi(true).build().start());

  private static MockFixture.Reply control(String method, String route, String body) {
    return method.equals("GET") ? MockFixture.get(MOCK.server(), "/__control/" + route, Map.of())
        : MockFixture.post(MOCK.server(), "/__control/" + route, body, Map.of());
  }

  private static JsonObject newTaskJson(long id, String name) {
    JsonObject task = MOCK.server().toJson(MOCK.server().task(NOT_STARTED));
    task.addProperty("id", id);
    task.addProperty("taskName", name);
    task.addProperty("status", "PAUSED");
    task.addProperty("customerCount", 42);
    return task;
  }

  @Test
  void readingATaskGivesItWhole() {
    MockFixture.Reply reply = control("GET", "tasks/" + NOT_STARTED, null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(MOCK.server().toJson(MOCK.server().task(NOT_STARTED)));
    assertThat(reply.json().keySet()).contains("id", "status", "taskName", "acw", "customerCount", "agentCount",
        "outboundPhoneGroups");
  }

  @Test
  void readingAnUnknownTaskIs404() {
    assertThat(control("GET", "tasks/4242", null).status()).isEqualTo(404);
  }

  @Test
  void readingEveryTaskListsThemById() {
    MockFixture.Reply reply = control("GET", "tasks", null);

    assertThat(reply.json().getAsJsonArray("tasks")).hasSize(MOCK.server().tasks().size());
  }

  @Test
  void aSeededTaskCanBeEditedAndRead() {
    MockFixture.Reply seeded = control("POST", "tasks", newTaskJson(777, "注入的任务").toString());

    assertThat(seeded.status()).as(seeded.text()).isEqualTo(200);
    assertThat(MOCK.server().task(777).status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(MOCK.server().task(777).customerCount()).isEqualTo(42);
    assertThat(edit(MOCK.server(), MockFixture.inProgressBody(777)).code()).isEqualTo("10000");
  }

  @Test
  void aSeededTaskThatBreaksTheSpecIsRefusedWith400NamingTheField() {
    JsonObject task = newTaskJson(778, "坏任务");
    task.addProperty("acw", 100_000);

    MockFixture.Reply reply = control("POST", "tasks", task.toString());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(JsonParser.parseString(reply.text()).getAsJsonObject().get("error").getAsString()).contains("acw");
    assertThat(MOCK.server().findTask(778)).isEmpty();
  }

  @Test
  void aSeededTaskWithAnotherTasksNameIsRefused() {
    assertThat(control("POST", "tasks", newTaskJson(779, "年末回访").toString()).status()).isEqualTo(400);
  }

  @Test
  void resetRestoresTheFixtures() {
    assertThat(edit(MOCK.server(), notStartedBody(NOT_STARTED, "改过了")).code()).isEqualTo("10000");
    control("POST", "tasks", newTaskJson(780, "多余的任务").toString());

    assertThat(control("POST", "reset", "").status()).isEqualTo(200);

    assertThat(MOCK.server().tasks()).containsExactlyInAnyOrderElementsOf(MOCK.server().fixtures().tasks());
  }

  @Test
  void anUnknownControlRouteIs404() {
    assertThat(control("GET", "nothing", null).status()).isEqualTo(404);
  }
}
