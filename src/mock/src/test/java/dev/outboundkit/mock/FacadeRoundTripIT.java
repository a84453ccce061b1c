package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.CLOCK;
import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import dev.outboundkit.client.ApiResult;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.generated.model.SendNumberStrategy;
import dev.outboundkit.testing.PageExamples;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Round trips through the {@link OutboundClient} facade against the mock. */
class FacadeRoundTripIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static OutboundClient client;

  @BeforeAll
  static void connect() {
    client = OutboundClient.builder().baseUrl(MOCK.server().baseUrl()).appId(APP_ID)
        .privateKey(MockFixture.PRIVATE_KEY).clock(CLOCK).build();
  }

  /** The page's not-started body for a task, under a name, its batch renamed. */
  private static NotStartedTaskEdit notStarted(long id, String name) {
    NotStartedTaskEdit body = PageExamples.notStarted().taskId(id).taskName(name).acw(1);
    body.getOutboundPhoneGroups().get(0).name("门面批次");
    return body;
  }

  /** The page's in-progress body for a task, strategy 1 (predictive) with rate 1. */
  private static InProgressTaskEdit inProgress(long id) {
    return PageExamples.inProgress().taskId(id).sendNumberStrategy(SendNumberStrategy.PREDICTIVE).abandonmentRate(1);
  }

  @Test
  void aNotStartedEditThroughTheFacadeIsStoredAndReadBack() {
    ApiResult<Boolean> result = client.editNotStartedTask(notStarted(NOT_STARTED, "门面改名"));

    assertThat(result.code()).isEqualTo("10000");
    assertThat(result.data()).isTrue();
    assertThat(MOCK.server().task(NOT_STARTED).taskName()).isEqualTo("门面改名");
    assertThat(MOCK.server().task(NOT_STARTED).field("acw")).contains(new JsonPrimitive(1));
    ApiResult<List<PhoneGroupVo>> groups = client.getPhoneGroups(NOT_STARTED);
    assertThat(groups.data()).extracting(PhoneGroupVo::getName).containsExactly("门面批次");
  }

  @Test
  void anInProgressEditThroughTheFacadeIsStored() {
    assertThat(client.editInProgressTask(inProgress(IN_PROGRESS)).data()).isTrue();
    assertThat(MOCK.server().task(IN_PROGRESS).field("abandonmentRate")).contains(new JsonPrimitive(1));
  }

  @Test
  void theMocksRefusalsBecomeTheFacadesTypedExceptions() {
    assertThatThrownBy(() -> client.editInProgressTask(inProgress(COMPLETED))).isInstanceOf(RequestFailedException.class);
    assertThatThrownBy(() -> client.editNotStartedTask(notStarted(NOT_STARTED, MOCK.server().task(NOT_STARTED_2).taskName())))
        .isInstanceOf(RequestFailedException.class);
  }

  @Test
  void aFacadeWithAnotherKeyGets10001AsItsException() {
    OutboundClient stranger = OutboundClient.builder().baseUrl(MOCK.server().baseUrl()).appId(APP_ID)
        .privateKey(MockFixture.OTHER_PRIVATE_KEY).clock(CLOCK).build();

    assertThatThrownBy(() -> stranger.getPhoneGroups(NOT_STARTED)).isInstanceOf(AuthenticationFailedException.class);
  }
}
