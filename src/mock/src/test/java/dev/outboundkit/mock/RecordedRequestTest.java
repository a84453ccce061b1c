package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A journal entry as a test reads it: the body's text and the headers, the sign shortened, made
 * from what was received when first asked for, and only then.
 */
class RecordedRequestTest {

  private final AtomicInteger headerReads = new AtomicInteger();

  private RecordedRequest recorded(Map<String, List<String>> headers, BodyReader.Body body) {
    Reception.Received received = new Reception.Received("POST", MockServer.EDIT_PATH, null, name -> List.of(),
        () -> {
          headerReads.incrementAndGet();
          return new LinkedHashMap<>(headers);
        }, body);
    return new RecordedRequest(Instant.EPOCH, received, "sign", RecordedRequest.Kind.EDIT, 200, "10000", null, null);
  }

  private RecordedRequest recorded(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return recorded(Map.of(), new BodyReader.Body(bytes, bytes.length, false));
  }

  @Test
  void theHeadersAreReadOnceAndOnlyWhenAsked() {
    RecordedRequest request = recorded(Map.of("appId", List.of("app")), new BodyReader.Body(new byte[0], 0, false));
    assertThat(headerReads).hasValue(0);

    assertThat(request.header("APPID")).contains("app");
    assertThat(request.headers()).containsEntry("appId", List.of("app"));
    assertThat(headerReads).hasValue(1);
  }

  @Test
  void everySignIsShortenedWhateverTheLetterCaseOfItsName() {
    String sign = "QmFzZTY0" + "x".repeat(336);
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("Sign", List.of(sign, "abcd"));
    sent.put("timestamp", List.of("1764000000000"));

    RecordedRequest request = recorded(sent, new BodyReader.Body(new byte[0], 0, false));

    assertThat(request.headers()).containsExactly(
        Map.entry("Sign", List.of("QmFzZTY0…(344 characters)", "ab…(4 characters)")),
        Map.entry("timestamp", List.of("1764000000000")));
  }

  @Test
  void aChunkedBodyIsWhatArrivedNotTheReadersWholeBuffer() {
    byte[] buffer = new byte[8192];
    byte[] sent = "{\"taskId\":121}".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(sent, 0, buffer, 0, sent.length);

    RecordedRequest request = recorded(Map.of(), new BodyReader.Body(buffer, sent.length, false));

    assertThat(request.body()).isEqualTo("{\"taskId\":121}");
    assertThat(request.taskId()).hasValue(121);
  }

  @Test
  void aBodyOfMoreCharactersThanKeptIsCutAndSaysItsLength() {
    String body = "a".repeat(RecordedRequest.MAX_BODY_CHARS + 10);

    assertThat(recorded(body).body())
        .isEqualTo("a".repeat(RecordedRequest.MAX_BODY_CHARS) + "… (" + body.length() + " characters)");
  }

  @Test
  void aBodyOverTheBoundInBytesButNotInCharactersIsKeptWhole() {
    String body = "外".repeat(RecordedRequest.MAX_BODY_CHARS / 2); // three bytes each

    assertThat(recorded(body).body()).isEqualTo(body);
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharacters() {
    byte[] bytes = {'{', (byte) 0xC3, '}'};

    assertThat(recorded(Map.of(), new BodyReader.Body(bytes, bytes.length, false)).body()).isEqualTo("{\uFFFD}");
  }

  @Test
  void aBodyTooLargeToReadIsNotKept() {
    assertThat(recorded(Map.of(), new BodyReader.Body(null, 0, true)).body())
        .isEqualTo("(larger than the mock reads; not kept)");
  }
}
