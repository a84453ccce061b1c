package dev.outboundkit.conformance.targets;

import java.util.Objects;

import com.google.gson.JsonObject;

/**
 * The whole task, read through the mock's control API ({@code GET <controlApi>tasks/<id>?appId=…}) of a
 * mock started on its own with {@code --control-api}, over the target's wire: the task of the
 * profile's tenant, as a mock with several tenants keeps a store for each.
 */
final class ControlApiInspector implements Target.TaskInspector {
  private final String baseUrl;
  private final String tenantQuery;
  private final Wire wire;

  /**
   * @param baseUrl the control API's base URL, e.g. {@code http://127.0.0.1:8080/__control/}
   * @param appId the tenant whose tasks are read
   */
  ControlApiInspector(String baseUrl, String appId, Wire wire) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.tenantQuery = "?appId=" + java.net.URLEncoder.encode(Objects.requireNonNull(appId, "appId"),
        java.nio.charset.StandardCharsets.UTF_8);
    this.wire = Objects.requireNonNull(wire, "wire");
  }

  /** @return the task in the suite's form; null for a 404 */
  @Override
  public JsonObject task(long id) {
    Exchange exchange = wire.get(baseUrl + "tasks/" + id + tenantQuery);
    Answer answer = exchange.answer();
    if (answer.status() == 404) {
      return null;
    }
    if (answer.status() >= 0 && answer.status() != 200) {
      throw new AssertionError("precondition: the control API answered " + exchange.url() + " with HTTP "
          + answer.status() + ": " + answer.text());
    }
    if (answer.json() == null || !answer.json().isJsonObject()) {
      throw new AssertionError("precondition: no task from the control API at " + exchange.url() + ": " + answer.text());
    }
    return Target.TaskInspector.fromMockForm(answer.json().getAsJsonObject());
  }

  @Override
  public String description() {
    return "the control API at " + baseUrl;
  }
}
