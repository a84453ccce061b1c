package dev.outboundkit.conformance;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.outboundkit.conformance.generate.MockEditTarget;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The whole task, read through the mock's control API ({@code GET <controlApi>tasks/<id>}), over
 * HTTP: the same for the mock in this JVM and for one started with {@code --control-api}.
 */
final class ControlApiInspector implements Target.TaskInspector {
  private final String baseUrl;
  private final OkHttpClient http = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(10))
      .readTimeout(Duration.ofSeconds(30))
      .build();

  /** @param baseUrl the control API's base URL, e.g. {@code http://127.0.0.1:8080/__control/} */
  ControlApiInspector(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** @return the task in the mock's JSON form, {@code id} named {@code taskId} as in the edit body; null for a 404 */
  @Override
  public JsonObject task(long id) {
    Request request = new Request.Builder().url(baseUrl + "tasks/" + id).get().build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (response.code() == 404) {
        return null;
      }
      if (response.code() != 200) {
        throw new AssertionError("precondition: the control API answered " + request.url() + " with HTTP "
            + response.code() + ": " + text);
      }
      return MockEditTarget.suiteForm(JsonParser.parseString(text).getAsJsonObject());
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new AssertionError("precondition: no task from the control API at " + request.url() + ": " + e, e);
    }
  }

  @Override
  public String description() {
    return "the control API at " + baseUrl;
  }
}
