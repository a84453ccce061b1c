package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page requires {@code Content-Type: application/json} on the edit: a missing or other type is
 * refused with 29002 and nothing changes; {@code allowMissingContentType} lets a request without
 * the header through, never one with another type.
 */
class ContentTypeIT {

  private static MockServer strict;
  private static MockServer lenient;

  @BeforeAll
  static void start() {
    strict = MockFixture.startMock();
    lenient = MockFixture.builder().allowMissingContentType(true).build().start();
  }

  @AfterAll
  static void stop() {
    strict.close();
    lenient.close();
  }

  @BeforeEach
  void reset() {
    strict.reset();
    lenient.reset();
  }

  private static MockFixture.Reply editWithType(MockServer server, String type) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + MockServer.EDIT_PATH))
        .POST(HttpRequest.BodyPublishers.ofString(
            MockFixture.notStartedBody(MockFixture.NOT_STARTED, "类型").toString(), StandardCharsets.UTF_8));
    if (type != null) {
      request.header("Content-Type", type);
    }
    MockFixture.signedHeaders().forEach(request::header);
    return MockFixture.send(request.build());
  }

  private static boolean unchanged(MockServer server) {
    return server.task(MockFixture.NOT_STARTED).equals(server.fixtures().task(MockFixture.NOT_STARTED).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "application/json; charset=utf-8",
      "APPLICATION/JSON", "application/json; charset=\"UTF-8\""})
  void jsonIsAccepted(String type) {
    assertThat(editWithType(strict, type).code()).isEqualTo("10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/jsonp",
      "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x"})
  void anotherTypeIsRefusedWith29002AndChangesNothing(String type) {
    MockFixture.Reply reply = editWithType(strict, type);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("Content-Type must be application/json");
    assertThat(reply.data().getAsBoolean()).isFalse();
    assertThat(unchanged(strict)).isTrue();
    assertThat(editWithType(lenient, type).code()).as("lenient about a missing type only").isEqualTo("29002");
  }

  @Test
  void aMissingTypeIsRefusedWith29002AndChangesNothing() {
    MockFixture.Reply reply = editWithType(strict, null);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("Content-Type header is missing");
    assertThat(unchanged(strict)).isTrue();
  }

  @Test
  void aMissingTypeIsAcceptedWhenAllowed() {
    assertThat(editWithType(lenient, null).code()).isEqualTo("10000");
  }

  @Test
  void authenticationComesFirst() {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(strict.baseUrl() + MockServer.EDIT_PATH))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}"));

    assertThat(MockFixture.send(request.build()).code()).isEqualTo("10001");
  }
}
