package dev.outboundkit.conformance.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * A request the suite sent, kept so that it can be sent again days later, signed afresh
 * ({@code outboundkit replay FILE}): what was sent but the signing headers, and how those were made
 * ({@link SigningRecipe}). It holds neither the private key nor the sign; the answer it got then is
 * kept to compare.
 *
 * @param rule the rule of the scenario that sent it
 * @param scenario the scenario, {@code name (features/file:line)}
 * @param method HTTP method
 * @param baseUrl the target's base URL then
 * @param pathAndQuery e.g. {@code /speech/openapi/v1/task/outbound/edit}
 * @param body the body, null for none
 * @param signing how the signing headers (and a Content-Type changed on purpose) were made
 * @param answerStatus the HTTP status it got then, -1 for none
 * @param answerText the answer it got then
 */
public record SavedRequest(String rule, String scenario, String method, String baseUrl, String pathAndQuery,
    String body, SigningRecipe signing, int answerStatus, String answerText) {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  public SavedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    Objects.requireNonNull(signing, "signing");
  }

  /** @return the exchange as a request to save; empty when the suite did not sign it (a control API's GET) */
  public static java.util.Optional<SavedRequest> of(Exchange exchange, String rule, String scenario) {
    if (exchange.signing() == null) {
      return java.util.Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(exchange.url());
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
    String base = uri.getScheme() + "://" + uri.getRawAuthority();
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return java.util.Optional.of(new SavedRequest(rule, scenario, exchange.method(), base, path, exchange.body(),
        exchange.signing(), exchange.answer().status(), exchange.answer().text()));
  }

  /**
   * Sends it again to the target: its base URL, its tenant's appId and key (its second tenant's,
   * when the second tenant sent it), signed afresh now (a timestamp from {@code clock}), changed
   * on purpose as it was then.
   *
   * @throws IllegalStateException when the second tenant sent it and the target names none
   *
   * @return what was sent and the answer (or why none came)
   */
  public Exchange sendAgain(Target target, Clock clock) {
    Objects.requireNonNull(target, "target");
    return target.wire().send(method, pathAndQuery, SignedHeaders.from(signing, clock).build(target, body != null),
        body);
  }

  /** @return the requests as one JSON array, as {@link #listFromJson} reads it */
  public static String toJson(List<SavedRequest> requests) {
    return GSON.toJson(requests);
  }

  /** @return the requests of a JSON array written by {@link #toJson(List)} */
  public static List<SavedRequest> listFromJson(String json) {
    SavedRequest[] requests = GSON.fromJson(json, SavedRequest[].class);
    return requests == null ? List.of() : List.of(requests);
  }

  /** Writes it as JSON. */
  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the request to " + file + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException naming the file when it is missing or not a saved request */
  public static SavedRequest read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": file not found", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read it (" + e.getMessage() + ")", e);
    }
    com.google.gson.JsonElement json;
    try {
      json = com.google.gson.JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(file + ": not a request saved by the conformance suite (not JSON)", e);
    }
    if (!json.isJsonObject()) {
      throw new IllegalArgumentException(file + ": not a request saved by the conformance suite (not a JSON object)");
    }
    for (String member : List.of("method", "baseUrl", "pathAndQuery", "signing")) {
      if (!json.getAsJsonObject().has(member) || json.getAsJsonObject().get(member).isJsonNull()) {
        throw new IllegalArgumentException(file + ": not a request saved by the conformance suite (no " + member + ")");
      }
    }
    try {
      return GSON.fromJson(json, SavedRequest.class);
    } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
      // Gson's messages name Java classes; the records refuse a null where a member is missing
      throw new IllegalArgumentException(file + ": not a request saved by the conformance suite (a member is"
          + " missing or has the wrong type)", e);
    }
  }
}
