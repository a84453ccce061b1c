package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quote of request input in a message is short, whole characters only. */
class MessageBoundsTest {

  @Test
  void quoteKeepsShortTextWholeAndNeverSplitsAPair() {
    assertThat(Answer.quote("abc")).isEqualTo("'abc'");
    String emoji = "😀".repeat(100);
    String quoted = Answer.quote(emoji);
    assertThat(quoted.length()).isLessThanOrEqualTo(Answer.MAX_QUOTE_CHARS + 2);
    assertThat(quoted.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }
}
