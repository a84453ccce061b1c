package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.APP_ID;
import static dev.outboundkit.mock.MockFixture.CLOCK;
import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.IN_PROGRESS;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static dev.outboundkit.mock.MockFixture.NUMBER_GROUP;
import static dev.outboundkit.mock.MockFixture.SKILL_SET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonPrimitive;
import dev.outboundkit.client.ApiResult;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.AuthenticationFailedException;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.generated.model.AutoOutboundSwitch;
import dev.outboundkit.generated.model.ExecTimeOpenDto;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;
import dev.outboundkit.generated.model.PhoneGroupDto;
import dev.outboundkit.generated.model.PhoneGroupVo;
import dev.outboundkit.generated.model.SendNumberStrategy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Round trips through the {@link OutboundClient} facade against the mock. */
class FacadeRoundTripTest {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  private static OutboundClient client;

  @BeforeAll
  static void connect() {
    client = OutboundClient.builder().baseUrl(MOCK.server().baseUrl()).appId(APP_ID)
        .privateKey(MockFixture.PRIVATE_KEY).clock(CLOCK).build();
  }

  private static PhoneGroupDto batch(String name) {
    return new PhoneGroupDto().name(name).identify("default").autoOutboundSwitch(AutoOutboundSwitch.OFF);
  }

  private static NotStartedTaskEdit notStarted(long id, String name) {
    return new NotStartedTaskEdit()
        .taskId(id)
        .taskName(name)
        .taskExecStartDate(LocalDate.of(2027, 5, 1))
        .taskExecEndDate(LocalDate.of(2027, 5, 2))
        .taskExecTimes(List.of(new ExecTimeOpenDto().taskExecTimeStartStr("09:00:00").taskExecTimeEndStr("09:00:01")))
        .skillSetId(SKILL_SET)
        .outboundNumberGroupId(NUMBER_GROUP)
        .strategyDisplaySwitch(true)
        .sendNumberStrategy(SendNumberStrategy.BY_MULTIPLIER)
        .multiplyPower(1)
        .outboundPhoneGroups(List.of(batch("门面批次")))
        .maxRingingDuration(20)
        .acw(1);
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
    InProgressTaskEdit body = new InProgressTaskEdit().taskId(IN_PROGRESS).outboundNumberGroupId(NUMBER_GROUP)
        .strategyDisplaySwitch(false).sendNumberStrategy(SendNumberStrategy.PREDICTIVE).abandonmentRate(1)
        .outboundPhoneGroups(List.of(batch("门面进行中")));

    assertThat(client.editInProgressTask(body).data()).isTrue();
    assertThat(MOCK.server().task(IN_PROGRESS).field("abandonmentRate")).contains(new JsonPrimitive(1));
  }

  @Test
  void theMocksRefusalsBecomeTheFacadesTypedExceptions() {
    InProgressTaskEdit completed = new InProgressTaskEdit().taskId(COMPLETED).outboundNumberGroupId(NUMBER_GROUP)
        .strategyDisplaySwitch(false).sendNumberStrategy(SendNumberStrategy.PREDICTIVE).abandonmentRate(1)
        .outboundPhoneGroups(List.of(batch("x")));

    assertThatThrownBy(() -> client.editInProgressTask(completed)).isInstanceOf(RequestFailedException.class);
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
