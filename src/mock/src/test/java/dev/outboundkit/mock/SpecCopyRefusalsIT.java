package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.client.OutboundClient;
import dev.outboundkit.exception.ParameterErrorException;
import dev.outboundkit.testing.PageExamples;
import dev.outboundkit.testing.SpecCopy;

/**
 * A rule added to a copy of the spec changes what the mock refuses, with the messages the
 * client's checks give for the same copies (the client module's {@code SpecCopyChecksTest});
 * a union the mock cannot serve stops it.
 */
class SpecCopyRefusalsIT {
  private static final String APP_ID = "spec-copy-app";
  private static final KeyPair KEYS = RSAKeyPairs.generate();
  private static final String ACW = "          minimum: 1\n          maximum: 180\n";

  @Test
  void multipleOfChangesWhatTheMockRefuses() {
    String copy = SpecCopy.insertAfter(ACW, "          multipleOf: 5\n");

    expect(copy, 15, null);
    expect(copy, 11, "acw must be a multiple of 5, was 11");
  }

  @Test
  void exclusiveMaximumChangesWhatTheMockRefuses() {
    String copy = SpecCopy.insertAfter(ACW, "          exclusiveMaximum: true\n");

    expect(copy, 179, null);
    expect(copy, 180, "acw must be less than 180, was 180");
  }

  @Test
  void aOneOfBranchStopsTheMock() {
    String copy = SpecCopy.insertAfter(
        "        - $ref: '#/components/schemas/InProgressTaskEdit'\n", "        - type: object\n");

    assertThatThrownBy(() -> MockServer.builder().spec(SpecCopy.write(copy)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oneOf at #/components/schemas/EditTaskRequest")
        .hasMessageContaining("unknown: [#/components/schemas/EditTaskRequest/oneOf/2]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+002020-09-27", "-2020-09-27", "+10000-01-01", "02020-09-27", "2020-9-27", "2021-02-29"})
  void aDateThatIsNotAFullDateIsRefused(String date) throws Exception {
    JsonObject body = PageExamples.notStartedJson();
    body.addProperty("taskExecStartDate", date);

    try (MockServer mock = mock(MockServer.builder())) {
      assertThat(postEdit(mock, body)).contains("\"code\":\"29002\"");
    }
  }

  /** The mock accepts acw, or refuses it with 29002 and the message. */
  private static void expect(String spec, int acw, String refusal) {
    try (MockServer mock = mock(MockServer.builder().spec(SpecCopy.write(spec)))) {
      OutboundClient unchecked = OutboundClient.builder().baseUrl(mock.baseUrl()).appId(APP_ID)
          .privateKey(KEYS.getPrivate()).validateBeforeSending(false).build();
      if (refusal == null) {
        assertThat(unchecked.editNotStartedTask(PageExamples.notStarted().acw(acw)).code()).isEqualTo("10000");
      } else {
        assertThatThrownBy(() -> unchecked.editNotStartedTask(PageExamples.notStarted().acw(acw)))
            .isInstanceOf(ParameterErrorException.class).hasMessageContaining(refusal);
      }
    }
  }

  private static MockServer mock(MockServer.Builder builder) {
    return builder.tenant(APP_ID, KEYS.getPublic()).build().start();
  }

  private static String postEdit(MockServer mock, JsonObject body) throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis());
    HttpRequest request = HttpRequest.newBuilder(URI.create(mock.baseUrl() + MockServer.EDIT_PATH))
        .header("Content-Type", "application/json")
        .header("appId", APP_ID)
        .header("timestamp", timestamp)
        .header("sign", RequestSigning.sign(new RSASigner(KEYS.getPrivate()), APP_ID, timestamp))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
