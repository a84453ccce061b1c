package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hostile-traffic probe's burst of mutated bodies: 400 signed edits whose bodies are a valid
 * body with random damage (a character dropped, inserted or doubled, a span repeated, a number
 * made huge, escapes and control characters). Every answer must be JSON in the vendor's envelope
 * with one of the six codes and a bounded message, or a documented {@code {"error"}} answer;
 * never a Java class name. Seeded, so a failure repeats.
 */
class MutatedBodiesIT {

  private static final int BURST = 400;
  private static final long SEED = 20261124L;
  private static final Set<String> CODES = Set.of("10000", "10001", "10002", "20001", "29002", "29008");
  private static final String[] INSERTS = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\\udc00",
      "\u0000", "\u001f", "\n", "null", "-", "1e99999", "0x1F", "'", "😀", "\uFEFF", "\u00e9", "99999999999999999999"};

  @RegisterExtension
  static final MockExtension MOCK = new MockExtension();

  @Test
  void everyAnswerToAMutatedBodyIsTheVendorsEnvelopeOrADocumentedError() {
    Random random = new Random(SEED);
    String valid = MockFixture.notStartedBody(MockFixture.NOT_STARTED, "变异").toString();
    int refused = 0;
    for (int i = 0; i < BURST; i++) {
      String body = mutate(valid, random);
      MockFixture.Reply reply = MockFixture.edit(MOCK.server(), body);

      assertThat(RawHttp.leaksInternals(reply.text())).as("#%d %s -> %s", i, body, reply.text()).isFalse();
      JsonElement json = JsonParser.parseString(reply.text());
      JsonObject answer = json.getAsJsonObject();
      if (reply.status() == 200) {
        assertThat(answer.keySet()).as(reply.text()).containsExactly("code", "message", "data");
        assertThat(CODES).contains(answer.get("code").getAsString());
        assertThat(answer.get("code").getAsString()).as("#%d %s", i, body).isNotEqualTo("29008");
        assertThat(answer.get("message").getAsString().length()).isLessThanOrEqualTo(Answer.MAX_MESSAGE_CHARS);
        if (!answer.get("code").getAsString().equals("10000")) {
          refused++;
        }
      } else {
        assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
        assertThat(answer.keySet()).containsExactly("error");
      }
    }
    assertThat(refused).as("the mutations break bodies").isGreaterThan(BURST / 2);
    assertThat(MockFixture.edit(MOCK.server(), valid).code()).isEqualTo("10000");
  }

  private static String mutate(String body, Random random) {
    StringBuilder text = new StringBuilder(body);
    int damage = 1 + random.nextInt(3);
    for (int d = 0; d < damage; d++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(5)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 2 -> text.insert(at, text.charAt(at));
        case 3 -> {
          int end = Math.min(text.length(), at + 1 + random.nextInt(40));
          text.insert(at, text.substring(at, end).repeat(1 + random.nextInt(20)));
        }
        default -> {
          int digit = indexOfDigit(text, at);
          if (digit >= 0) {
            text.insert(digit, "9".repeat(1 + random.nextInt(400)));
          }
        }
      }
    }
    return text.toString();
  }

  private static int indexOfDigit(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
