package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The control API under {@value MockServer#CONTROL_PREFIX} (docs/mock.md, "The control API"):
 * reset, seed a task, read one task or all, each for a tenant ({@code ?appId=}, needed when the
 * mock has several); read and clear the journal; inject and clear faults. No signature: it is for
 * tests on one's own machine, and is answered only when the mock is built with it.
 */
final class ControlApi {

  /** The query parameter that names a tenant. */
  static final String APP_ID = "appId";

  private final Tenants tenants;
  private final TaskJson taskJson;
  private final int maxBodyBytes;
  private final Journal journal;
  private final FaultPlan faults;

  /** @param maxBodyBytes the largest body read, for the refusal's message */
  ControlApi(Tenants tenants, TaskJson taskJson, int maxBodyBytes, Journal journal, FaultPlan faults) {
    this.tenants = Objects.requireNonNull(tenants, "tenants");
    this.taskJson = Objects.requireNonNull(taskJson, "taskJson");
    this.maxBodyBytes = maxBodyBytes;
    this.journal = Objects.requireNonNull(journal, "journal");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /**
   * @param route the path after {@value MockServer#CONTROL_PREFIX}, e.g. {@code tasks/121}
   * @param query the raw query, or null
   */
  Answer answer(String method, String route, String query, BodyReader.Body body) {
    String appId = VendorApi.queryParameter(query, APP_ID);
    return switch (route) {
      case "reset" -> reset(method, appId);
      case "tasks" -> "GET".equals(method) ? tasks(appId) : seed(method, appId, body);
      case "requests" -> requests(method, appId);
      case "faults" -> faults(method, body);
      default -> route.startsWith("tasks/") ? task(method, appId, route.substring("tasks/".length()))
          : Answer.error(404, "no such control route: " + Answer.quote(MockServer.CONTROL_PREFIX + route));
    };
  }

  private Answer reset(String method, String appId) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "POST");
    }
    if (appId == null) {
      tenants.all().forEach(tenant -> tenant.store().reset());
    } else {
      Tenants.Tenant tenant = tenants.find(appId);
      if (tenant == null) {
        return noSuchTenant(appId);
      }
      tenant.store().reset();
    }
    JsonObject done = new JsonObject();
    done.addProperty("reset", true);
    return Answer.http(200, done);
  }

  private Answer tasks(String appId) {
    return withTenant(appId, tenant -> {
      JsonArray all = new JsonArray();
      tenant.store().tasks().forEach(task -> all.add(taskJson.toJson(task)));
      JsonObject json = new JsonObject();
      json.addProperty(APP_ID, tenant.appId());
      json.add("tasks", all);
      return Answer.http(200, json);
    });
  }

  private Answer seed(String method, String appId, BodyReader.Body body) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "GET, POST");
    }
    if (body.tooLarge()) {
      return Answer.error(413, "the body is larger than " + maxBodyBytes + " bytes");
    }
    return withTenant(appId, tenant -> {
      try {
        JsonElement json = StrictJson.parse(body.bytes(), body.length());
        Task task = taskJson.fromJson(json, "task");
        tenant.rules().seed(task);
        return Answer.http(200, taskJson.toJson(task));
      } catch (StrictJson.NotJsonException | IllegalArgumentException e) {
        return Answer.error(400, Answer.bound(e.getMessage()));
      }
    });
  }

  private Answer task(String method, String appId, String idText) {
    if (!"GET".equals(method)) {
      return Answer.methodNotAllowed(method, "GET");
    }
    long id;
    try {
      id = Long.parseLong(idText);
    } catch (NumberFormatException e) {
      return Answer.error(400, "the task id must be an integer, was " + Answer.quote(idText));
    }
    return withTenant(appId, tenant -> tenant.store().task(id).<Answer>map(task -> Answer.http(200, taskJson.toJson(task)))
        .orElseGet(() -> Answer.error(404, "the mock has no task " + id
            + (tenant.appId() == null ? "" : " for appId " + Answer.quote(tenant.appId())))));
  }

  private Answer requests(String method, String appId) {
    if ("DELETE".equals(method)) {
      journal.clear();
      JsonObject done = new JsonObject();
      done.addProperty("cleared", true);
      return Answer.http(200, done);
    }
    if (!"GET".equals(method)) {
      return Answer.methodNotAllowed(method, "GET, DELETE");
    }
    if (!journal.on()) {
      return Answer.error(409, "the journal is off (journal size 0): start the mock with --journal-size N");
    }
    List<RecordedRequest> recorded = journal.all();
    RequestPattern from = appId == null ? RequestPattern.anyRequest() : RequestPattern.anyRequest().from(appId);
    JsonArray all = new JsonArray();
    recorded.stream().filter(from).forEach(request -> all.add(ControlJson.toJson(request)));
    JsonObject json = new JsonObject();
    json.add("requests", all);
    json.addProperty("dropped", journal.dropped());
    return Answer.http(200, json);
  }

  private Answer faults(String method, BodyReader.Body body) {
    switch (method) {
      case "GET":
        return faultList();
      case "DELETE":
        faults.clear();
        return faultList();
      case "POST":
        if (body.tooLarge()) {
          return Answer.error(413, "the body is larger than " + maxBodyBytes + " bytes");
        }
        try {
          faults.add(ControlJson.fault(StrictJson.parse(body.bytes(), body.length())));
        } catch (StrictJson.NotJsonException | IllegalArgumentException e) {
          return Answer.error(400, Answer.bound(e.getMessage()));
        }
        return faultList();
      default:
        return Answer.methodNotAllowed(method, "GET, POST, DELETE");
    }
  }

  private Answer faultList() {
    JsonArray armed = new JsonArray();
    faults.describe().forEach(armed::add);
    JsonObject json = new JsonObject();
    json.add("faults", armed);
    return Answer.http(200, json);
  }

  /** Runs the step with the tenant the query names, or the only one; else the error that says which to name. */
  private Answer withTenant(String appId, Function<Tenants.Tenant, Answer> step) {
    Tenants.Tenant tenant;
    if (appId != null) {
      tenant = tenants.find(appId);
      if (tenant == null) {
        return noSuchTenant(appId);
      }
    } else {
      try {
        tenant = tenants.only("with ?" + APP_ID + "=");
      } catch (IllegalStateException several) {
        return Answer.error(400, several.getMessage());
      }
    }
    return step.apply(tenant);
  }

  private Answer noSuchTenant(String appId) {
    return Answer.error(404, "the mock has no tenant " + Answer.quote(appId) + "; its tenants: " + tenants.words());
  }
}
