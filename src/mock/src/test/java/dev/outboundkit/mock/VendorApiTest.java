package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.outboundkit.auth.RSAVerifier;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order of an edit's checks, in the one class that owns it: the method, authentication,
 * Content-Type, size, JSON, then the rules. A request that breaks every check is mended one check
 * at a time, and each time the next check is the one that answers.
 */
class VendorApiTest {

  private static final int MAX_BODY_BYTES = 1024;

  private final VendorApi api;

  VendorApiTest() {
    ApiSpec spec = ApiSpec.bundled();
    TaskJson taskJson = new TaskJson(new SchemaValidator(spec));
    TaskStore store = new TaskStore(Fixtures.defaults());
    Authenticator authenticator = new Authenticator(spec.signing(),
        Map.of(MockFixture.APP_ID, new RSAVerifier(MockFixture.PUBLIC_KEY)), 0, MockFixture.CLOCK,
        Duration.ofMinutes(5));
    api = new VendorApi(authenticator, new EditRules(taskJson, store, Readings.defaults()), Readings.defaults(),
        MAX_BODY_BYTES, false);
  }

  @Test
  void theFirstCheckThatRefusesAnswersAnEdit() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain");
    String tooLarge = "{\"taskId\": " + MockFixture.MISSING + ", \"x\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";

    assertThat(api.edit("PUT", headers(headers), body(tooLarge)).status).isEqualTo(405);
    assertThat(api.edit("POST", headers(headers), body(tooLarge)).code).isEqualTo(ResultCode.AUTHENTICATION_FAILED);

    headers.putAll(MockFixture.signedHeaders());
    assertThat(message(api.edit("POST", headers(headers), body(tooLarge)))).contains("Content-Type must be");

    headers.put("Content-Type", "application/json");
    assertThat(message(api.edit("POST", headers(headers), body(tooLarge)))).contains("larger than");
    assertThat(message(api.edit("POST", headers(headers), body("{\"taskId\": 1,")))).contains("not valid JSON");

    Answer rules = api.edit("POST", headers(headers), body("{\"taskId\": " + MockFixture.MISSING + "}"));
    assertThat(rules.code).isEqualTo(ResultCode.REQUEST_FAILED);
    assertThat(message(rules)).contains("does not exist");
  }

  @Test
  void aReadBackIsAuthenticatedBeforeItsTaskIdIsRead() {
    assertThat(api.phoneGroups("GET", headers(Map.of()), "taskId=abc").code)
        .isEqualTo(ResultCode.AUTHENTICATION_FAILED);
    assertThat(api.phoneGroups("GET", headers(MockFixture.signedHeaders()), "taskId=abc").code)
        .isEqualTo(ResultCode.PARAMETER_ERROR);
  }

  /** Header names in any letter case, as on the wire. */
  private static Headers headers(Map<String, String> sent) {
    Map<String, String> byName = new LinkedHashMap<>();
    sent.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
    return name -> {
      String value = byName.get(name.toLowerCase(Locale.ROOT));
      return value == null ? List.of() : List.of(value);
    };
  }

  private static BodyReader.Body body(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return bytes.length > MAX_BODY_BYTES ? new BodyReader.Body(null, 0, true) : new BodyReader.Body(bytes, bytes.length, false);
  }

  private static String message(Answer answer) {
    JsonObject json = JsonParser.parseString(new String(answer.body, StandardCharsets.UTF_8)).getAsJsonObject();
    return json.get("message").getAsString();
  }
}
