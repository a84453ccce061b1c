package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.MISSING;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.TS;
import static dev.outboundkit.mock.MockFixture.notStartedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.testing.TestKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tenants, each with tasks of its own: neither reads nor edits the other's, and another
 * tenant's task answers exactly as a task that does not exist.
 */
class TenantsIT {

  private static final String B = "tenant-b";
  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock = MockFixture.builder().tenant(B, PublicKeys.load(TestKeys.path(TestKeys.SECOND_PUBLIC_PEM)))
        .controlApi(true).build().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  /** Tenant B's signed headers. */
  private static Map<String, String> asB() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("appId", B);
    headers.put("timestamp", Long.toString(TS));
    headers.put("sign", RequestSigning.sign(new RSASigner(MockFixture.OTHER_PRIVATE_KEY), B, Long.toString(TS)));
    return headers;
  }

  private static MockFixture.Reply editAsB(JsonObject body) {
    return MockFixture.post(mock, MockServer.EDIT_PATH, body.toString(), asB());
  }

  private static MockFixture.Reply readAsB(long taskId) {
    return MockFixture.get(mock, MockServer.PHONE_GROUPS_PATH + "?taskId=" + taskId, asB());
  }

  @Test
  void anEditOfOneTenantIsNotSeenByTheOther() {
    JsonObject body = notStartedBody(NOT_STARTED, "A 的任务");
    body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject().addProperty("name", "A 的批次");

    assertThat(MockFixture.edit(mock, body).code()).isEqualTo("10000");

    assertThat(mock.task(APP_ID, NOT_STARTED).taskName()).isEqualTo("A 的任务");
    assertThat(mock.task(B, NOT_STARTED)).isEqualTo(mock.fixtures().task(NOT_STARTED).orElseThrow());
    assertThat(readAsB(NOT_STARTED).text()).doesNotContain("A 的批次");
  }

  @Test
  void anEditOfTheOtherTenantLeavesTheFirstTenantsTaskAlone() {
    assertThat(editAsB(notStartedBody(NOT_STARTED, "B 改的")).code()).isEqualTo("10000");

    assertThat(mock.task(APP_ID, NOT_STARTED)).isEqualTo(mock.fixtures().task(NOT_STARTED).orElseThrow());
    assertThat(mock.task(B, NOT_STARTED).taskName()).isEqualTo("B 改的");
  }

  @Test
  void anotherTenantsTaskAnswersExactlyAsAMissingTask() {
    long onlyA = 500;
    mock.seed(APP_ID, mock.task(APP_ID, NOT_STARTED).toBuilder().id(onlyA).set("taskName", "只属于 A").build());

    String editOfA = editAsB(notStartedBody(onlyA, "越权")).text();
    String editOfNone = editAsB(notStartedBody(MISSING, "越权")).text();
    String readOfA = readAsB(onlyA).text();
    String readOfNone = readAsB(MISSING).text();

    assertThat(editOfA).isEqualTo(editOfNone.replace(Long.toString(MISSING), Long.toString(onlyA)));
    assertThat(readOfA).isEqualTo(readOfNone.replace(Long.toString(MISSING), Long.toString(onlyA)));
    assertThat(editOfA).contains("\"code\":\"20001\"", "task 500 does not exist");
    assertThat(mock.findTask(B, onlyA)).isEmpty();
  }

  @Test
  void theJavaApiNamesTheTenantWhenThereAreSeveral() {
    assertThatThrownBy(() -> mock.task(NOT_STARTED)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the mock has 2 tenants ('" + APP_ID + "', '" + B + "'), each with tasks of its own: name one,"
            + " task(appId, id)");
    assertThatThrownBy(() -> mock.task("nobody", NOT_STARTED)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no tenant 'nobody'");
    assertThat(mock.appIds()).containsExactly(APP_ID, B);
    assertThat(mock.tasks(B)).hasSameSizeAs(mock.fixtures().tasks());
  }

  @Test
  void resettingOneTenantLeavesTheOtherAlone() {
    MockFixture.edit(mock, notStartedBody(NOT_STARTED, "A 保留"));
    editAsB(notStartedBody(NOT_STARTED, "B 复原"));

    mock.reset(B);

    assertThat(mock.task(APP_ID, NOT_STARTED).taskName()).isEqualTo("A 保留");
    assertThat(mock.task(B, NOT_STARTED)).isEqualTo(mock.fixtures().task(NOT_STARTED).orElseThrow());
  }

  @Test
  void theControlApiNamesTheTenantWhoseTasksItShows() {
    editAsB(notStartedBody(NOT_STARTED, "B 的名字"));

    MockFixture.Reply unnamed = MockFixture.get(mock, "/__control/tasks/" + NOT_STARTED, Map.of());
    MockFixture.Reply ofB = MockFixture.get(mock, "/__control/tasks/" + NOT_STARTED + "?appId=" + B, Map.of());
    MockFixture.Reply listOfB = MockFixture.get(mock, "/__control/tasks?appId=" + B, Map.of());
    MockFixture.Reply nobody = MockFixture.get(mock, "/__control/tasks?appId=nobody", Map.of());

    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().get("error").getAsString()).contains("2 tenants", "?appId=");
    assertThat(ofB.json().get("taskName").getAsString()).isEqualTo("B 的名字");
    assertThat(listOfB.json().get("appId").getAsString()).isEqualTo(B);
    assertThat(nobody.status()).isEqualTo(404);
  }
}
