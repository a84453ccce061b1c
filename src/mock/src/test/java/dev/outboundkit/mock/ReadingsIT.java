package dev.outboundkit.mock;

import static dev.outboundkit.mock.MockFixture.COMPLETED;
import static dev.outboundkit.mock.MockFixture.MISSING;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED;
import static dev.outboundkit.mock.MockFixture.NOT_STARTED_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** The mock's switches for what the page leaves open, on the wire: refusal codes and a refusal's data. */
class ReadingsIT {

  @Test
  void eachSilentRefusalTakesTheCodeItWasGiven() {
    try (MockServer mock = MockFixture.builder()
        .refusalCode(Readings.Refusal.MISSING_TASK, "29002")
        .refusalCode(Readings.Refusal.DUPLICATE_NAME, "29002")
        .build().start()) {
      String otherName = mock.task(NOT_STARTED_2).taskName();

      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(MISSING, "x")).code()).isEqualTo("29002");
      assertThat(MockFixture.phoneGroups(mock, "?taskId=" + MISSING).code()).isEqualTo("29002");
      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(NOT_STARTED, otherName)).code()).isEqualTo("29002");
      assertThat(MockFixture.edit(mock, MockFixture.notStartedBody(COMPLETED, "y")).code())
          .as("completed-task keeps the default").isEqualTo("20001");
    }
  }

  @Test
  void aRefusalCarriesTheDataItWasGiven() {
    for (Map.Entry<Readings.FailureData, String> reading : Map.of(
        Readings.FailureData.DEFAULT, "false", Readings.FailureData.NULL, "null",
        Readings.FailureData.EMPTY_ARRAY, "[]", Readings.FailureData.ABSENT, "(none)").entrySet()) {
      try (MockServer mock = MockFixture.builder().failureData(reading.getKey()).build().start()) {
        JsonObject answer = MockFixture.edit(mock, MockFixture.notStartedBody(MISSING, "x")).json();
        assertThat(answer.has("data") ? answer.get("data").toString() : "(none)").as(reading.getKey().name())
            .isEqualTo(reading.getValue());
      }
    }
  }
}
