package dev.outboundkit.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CurlLineTest {
  @Test
  void wordsTheShellWouldSplitOrExpandAreQuoted() {
    String line = CurlLine.render(List.of("-sS"), "POST", "http://127.0.0.1:8080/edit?x=1&y=2",
        List.of(Map.entry("appId", "app"), Map.entry("sign", "a+b/c==")), "{\"taskName\":\"it's\"}");

    assertThat(line).isEqualTo("curl -sS -X POST 'http://127.0.0.1:8080/edit?x=1&y=2' -H 'appId: app'"
        + " -H 'sign: a+b/c==' --data-binary '{\"taskName\":\"it'\\''s\"}'");
  }

  @Test
  void aSafeWordStaysAsItIsAndNoDataMeansNoBody() {
    assertThat(CurlLine.render(List.of(), "GET", "https://abc.xyz/p", List.of(), null))
        .isEqualTo("curl -X GET https://abc.xyz/p");
  }
}
