package dev.outboundkit.conformance.glue;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import dev.outboundkit.conformance.targets.Keys;
import dev.outboundkit.conformance.targets.SignedHeaders;
import io.cucumber.java.en.Given;

/** Headers changed on purpose: the signing rule and the three headers of the page. */
public class AuthSteps {
  private final World world;

  public AuthSteps(World world) {
    this.world = world;
  }

  /** The page's sample {@code sign}, made by the vendor for another appId and a timestamp of 2020. */
  static final String PAGE_SAMPLE_SIGN = "fo1OWX+JnfeonAFSGau2gwP1GvFa+RTw5czoBWoz+k3AjV8scDl6JnvFRDj8Lgt1nQxLlmcOhIBN4j7pEE/"
      + "NAzYjXUFSGo308f5V9dHBnmGLYsqKmgma4cQZLBqHp9T43IZfRX8Zh2/Hp2HOmfTgos/L8GN6YPA8fQ2d5tbtJZrrkBuwA/LEezjOJxSRRR"
      + "CrcS1ZFVvTZ+cIjYeO4QdC5r5I67LLY/nLbFAFUdQsCzUIytO09vUCLGlKierNhPfCtMzTgZSE9dWO5zJ3L2uCsXM7Od6mPROVpddVafF+"
      + "BueKjtbL10PwDc9f1eBpGTpgmbOy8Bbx3NIyCjDvhc9Mag==";

  private SignedHeaders headers() {
    return world.headers;
  }

  @Given("the request is signed with another key")
  public void signedWithAnotherKey() {
    headers().signWith(Keys.strangerKey());
  }

  @Given("the sign is computed over a timestamp {int} ms earlier than the one sent")
  public void signedOverAnotherTimestamp(int millis) {
    headers().signTimestampShiftedBy(-millis);
  }

  @Given("the sign is computed over another appId")
  public void signedOverAnotherAppId() {
    headers().signAppId(world.target.appId() + "x");
  }

  @Given("the {string} header is {string}")
  public void headerIs(String name, String value) {
    headers().header(name, value);
  }

  @Given("the \"sign\" header is the page's sample signature")
  public void pageSampleSign() {
    headers().header(SignedHeaders.SIGN, PAGE_SAMPLE_SIGN);
  }

  @Given("the {string} header is left out")
  public void headerLeftOut(String name) {
    headers().header(name, null);
  }

  @Given("the appId is one the target does not know, signed with the tenant's key")
  public void unknownAppId() {
    headers().sendAppId("unknown-" + world.run.runId() + "-" + Long.toString(System.nanoTime(), 36));
  }

  @Given("^the timestamp is (\\d+) (second|minute|hour|day)s? in the (past|future), correctly signed$")
  public void timestampOffset(long amount, String unit, String direction) {
    Duration offset = Duration.of(amount, ChronoUnit.valueOf(unit.toUpperCase(java.util.Locale.ROOT) + "S"));
    headers().shiftTimestamp(direction.equals("past") ? offset.negated() : offset);
  }

  @Given("the timestamp is sent in seconds, correctly signed")
  public void timestampInSeconds() {
    headers().timestampInSeconds();
  }

  @Given("the timestamp is {string}, correctly signed")
  public void literalTimestamp(String text) {
    headers().timestamp(text);
  }
}
