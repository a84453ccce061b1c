package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The switches for what the page leaves open take only what the page allows. */
class ReadingsTest {

  @Test
  void onlyThePagesTwoRefusalCodesAreTaken() {
    assertThatThrownBy(() -> Readings.defaults().refusalCode(Readings.Refusal.COMPLETED_TASK, "10000"))
        .hasMessageContaining("20001 or 29002");
    assertThatThrownBy(() -> Readings.parse(Map.of("gone-task", "29002"), null, "--refusal-code"))
        .hasMessage("--refusal-code: 'gone-task' is not one of missing-task, completed-task, duplicate-name,"
            + " unknown-reference");
  }
}
