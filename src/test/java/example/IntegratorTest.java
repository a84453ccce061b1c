package example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.security.KeyPair;
import java.util.Optional;

import com.google.gson.JsonPrimitive;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.RequestFailedException;
import dev.outboundkit.exception.RequestValidationException;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.testing.PageExamples;

/**
 * An application's test as {@code docs/java-api.md} shows it, outside the library's packages:
 * it sees only public types, so it compiles only while the public surface is enough for one.
 */
class IntegratorTest {
  private static final String APP_ID = "my-app";
  private static final KeyPair KEYS = RSAKeyPairs.generate();
  private static MockServer mock;

  private OutboundClient client;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().tenant(APP_ID, KEYS.getPublic()).build().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
    client = OutboundClient.builder().baseUrl(mock.baseUrl()).appId(APP_ID).privateKey(KEYS.getPrivate()).build();
  }

  @Test
  void anEditSentByTheClientIsWhatTheMockHolds() {
    client.editNotStartedTask(PageExamples.notStarted().taskName("新名称"));

    assertThat(mock.task(121).taskName()).isEqualTo("新名称");
  }

  @Test
  void aBodyThatBreaksTheSpecIsRefusedWithItsRuleBeforeSending() {
    assertThatThrownBy(() -> client.editNotStartedTask(PageExamples.notStarted().acw(181)))
        .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::rule).contains(tuple("acw", "maximum")));
    assertThat(mock.task(121).field("acw")).isNotEqualTo(Optional.of(new JsonPrimitive(181)));
  }

  @Test
  void aRefusalOfTheVendorIsAnExceptionCarryingItsCode() {
    assertThatThrownBy(() -> client.editInProgressTask(PageExamples.inProgress().taskId(125L)))
        .isInstanceOfSatisfying(RequestFailedException.class, e -> assertThat(e.code()).isEqualTo("20001"));
  }
}
