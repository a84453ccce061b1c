package dev.outboundkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.outboundkit.generated.invoker.JSON;
import dev.outboundkit.generated.model.InProgressTaskEdit;
import dev.outboundkit.generated.model.NotStartedTaskEdit;

/**
 * The tests' one fixture for valid edit bodies: the vendor page's two request bodies
 * ({@code src/test/resources/page-examples}), as JSON and as the generated models. A test that
 * needs another body takes a fresh copy from here and changes what it is about.
 */
public final class PageExamples {
  public static final String NOT_STARTED = "not-started.json";
  public static final String IN_PROGRESS = "in-progress.json";

  private PageExamples() {
  }

  /** @return the page's not-started body, a fresh model */
  public static NotStartedTaskEdit notStarted() {
    return JSON.getGson().fromJson(notStartedJson(), NotStartedTaskEdit.class);
  }

  /** @return the page's in-progress (and paused) body, a fresh model */
  public static InProgressTaskEdit inProgress() {
    return JSON.getGson().fromJson(inProgressJson(), InProgressTaskEdit.class);
  }

  /** @return the page's not-started body as the spec decides it, a fresh copy */
  public static JsonObject notStartedJson() {
    return pageJsonAsSpecified(NOT_STARTED);
  }

  /** @return the page's in-progress (and paused) body as the spec decides it, a fresh copy */
  public static JsonObject inProgressJson() {
    return pageJsonAsSpecified(IN_PROGRESS);
  }

  /** The page's body byte for byte, {@code "strategyDisplaySwitch":1} included. */
  public static String pageJson(String name) {
    try (InputStream in = PageExamples.class.getResourceAsStream("/page-examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's body as the spec decides it: the Boolean sent as {@code true}, not {@code 1}. */
  public static JsonObject pageJsonAsSpecified(String name) {
    JsonObject json = JsonParser.parseString(pageJson(name)).getAsJsonObject();
    if (json.get("strategyDisplaySwitch").getAsInt() != 1) {
      throw new IllegalStateException("the page's example changed");
    }
    json.add("strategyDisplaySwitch", new JsonPrimitive(true));
    return json;
  }
}
