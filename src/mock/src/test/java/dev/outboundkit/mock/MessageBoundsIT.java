package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages quote at most {@link Answer#MAX_QUOTE_CHARS} characters of what was sent, and no
 * message is longer than {@link Answer#MAX_MESSAGE_CHARS}; depth and surrogate refusals say what
 * they are.
 */
class MessageBoundsIT {

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  @Test
  void anUnknownIdIsQuotedShortAndItsLengthSaid() {
    JsonObject body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "长");
    body.addProperty("skillSetId", "9".repeat(10_000));

    MockFixture.Reply reply = MockFixture.edit(MOCK.server(), body);

    assertThat(reply.code()).isEqualTo("20001");
    assertThat(reply.message()).contains("(10000 characters)").contains("does not exist");
    assertThat(reply.message().length()).isLessThan(Answer.MAX_QUOTE_CHARS + 60);
  }

  @Test
  void aHugeNumberIsNotEchoedInFull() {
    MockFixture.Reply reply = MockFixture.edit(MOCK.server(), "{\"taskId\": 1" + "0".repeat(10_000) + "}");

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message().length()).isLessThanOrEqualTo(Answer.MAX_MESSAGE_CHARS);
  }

  @Test
  void aLongUnknownPathIsQuotedShort() {
    MockFixture.Reply reply = MockFixture.get(MOCK.server(), "/" + "p".repeat(5_000), MockFixture.signedHeaders());

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("error").getAsString()).hasSizeLessThan(Answer.MAX_QUOTE_CHARS + 20);
  }

  @Test
  void aBodyNestedTooDeeplyIsRefusedAsSuch() {
    String deep = "{\"taskId\": 121, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    MockFixture.Reply reply = MockFixture.edit(MOCK.server(), deep);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).isEqualTo("参数错误: the body nests arrays and objects deeper than "
        + StrictJson.MAX_DEPTH + " levels");
  }

  @Test
  void aBodyJustWithinTheDepthIsParsed() {
    String deep = "{\"taskId\": 121, \"x\": " + "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1) + "}";

    assertThat(MockFixture.edit(MOCK.server(), deep).message()).doesNotContain("deeper than");
  }

  @Test
  void anUnpairedSurrogateIsRefusedAsSuch() {
    JsonObject body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "x");
    String text = body.toString().replace("\"taskName\":\"x\"", "\"taskName\":\"a\\ud800b\"");

    MockFixture.Reply reply = MockFixture.edit(MOCK.server(), text);

    assertThat(reply.code()).isEqualTo("29002");
    assertThat(reply.message()).contains("unpaired UTF-16 surrogate");
  }

  @Test
  void aPairedSurrogateEscapeIsAccepted() {
    JsonObject body = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "x");
    String text = body.toString().replace("\"taskName\":\"x\"", "\"taskName\":\"\\ud83d\\ude00\"");

    assertThat(MockFixture.edit(MOCK.server(), text).code()).isEqualTo("10000");
    assertThat(MOCK.server().task(MockFixture.NOT_STARTED).taskName()).isEqualTo("😀");
  }
}
