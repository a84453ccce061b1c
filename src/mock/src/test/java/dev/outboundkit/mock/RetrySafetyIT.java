package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outboundkit.client.ApiResult;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.testing.PageExamples;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why the client may retry an edit, shown on the mock: an edit whose answer was lost after the
 * mock applied it is sent again, the second attempt is accepted (the duplicate-name check leaves
 * the task itself out), and the task ends as one edit leaves it.
 */
class RetrySafetyIT {

  private static OutboundClient client(MockServer mock) {
    return OutboundClient.builder().baseUrl(mock.baseUrl()).appId(MockFixture.APP_ID)
        .privateKey(MockFixture.PRIVATE_KEY).clock(MockFixture.CLOCK)
        .readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofMillis(500)).maxRetries(2).build();
  }

  /** The page's body for task 121 under a name no task has yet: the rename is what a retry could trip on. */
  private static NotStartedTaskEdit rename(long taskId) {
    return PageExamples.notStarted().taskId(taskId).taskName("重试也只改一次");
  }

  private static void appliedOnceThenAccepted(MockServer mock, ApiResult<Boolean> result) {
    assertThat(result.code()).isEqualTo("10000");
    try (MockServer once = MockFixture.startMock()) {
      client(once).editNotStartedTask(rename(NOT_STARTED));
      assertThat(mock.task(NOT_STARTED)).isEqualTo(once.task(NOT_STARTED));
    }
    List<RecordedRequest> edits = mock.requests(RequestPattern.editsOf(NOT_STARTED));
    assertThat(edits).hasSize(2);
    assertThat(edits.get(0).fault()).contains("noAnswer: the answer (HTTP 200, 10000) was held back");
    assertThat(edits.get(1).resultCode()).isEqualTo("10000");
    assertThat(edits.get(1).fault()).isEmpty();
    assertThat(edits.get(1).body()).isEqualTo(edits.get(0).body());
  }

  @Test
  void anEditAppliedWhoseAnswerWasLostIsRetriedAndLeavesTheTaskAsOneEditDoes() {
    try (MockServer mock = MockFixture.startMock()) {
      mock.inject(Fault.noAnswer().times(1));

      appliedOnceThenAccepted(mock, client(mock).editNotStartedTask(rename(NOT_STARTED)));
    }
  }

  @Test
  void theSameHoldsForAnAsynchronousEdit() throws Exception {
    try (MockServer mock = MockFixture.startMock()) {
      mock.inject(Fault.noAnswer().times(1));

      appliedOnceThenAccepted(mock, client(mock).editNotStartedTaskAsync(rename(NOT_STARTED)).get());
    }
  }

  @Test
  void theDuplicateNameCheckStillRefusesAnotherTasksName() {
    try (MockServer mock = MockFixture.startMock()) {
      client(mock).editNotStartedTask(rename(NOT_STARTED));

      RequestFailedException refused = catchThrowableOfType(RequestFailedException.class,
          () -> client(mock).editNotStartedTask(rename(NOT_STARTED_2)));

      assertThat(refused.code()).isEqualTo("20001");
      mock.verify(1, RequestPattern.editsOf(NOT_STARTED_2));
    }
  }
}
