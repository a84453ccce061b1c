package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * The control API under {@value MockServer#CONTROL_PREFIX} (docs/mock.md, "The control API"):
 * reset, seed a task, read one task or all. No signature: it is for tests on one's own machine,
 * and is answered only when the mock is built with it.
 */
final class ControlApi {

  private final TaskStore store;
  private final EditRules rules;
  private final TaskJson taskJson;
  private final int maxBodyBytes;

  /** @param maxBodyBytes the largest body read, for the refusal's message */
  ControlApi(TaskStore store, EditRules rules, TaskJson taskJson, int maxBodyBytes) {
    this.store = Objects.requireNonNull(store, "store");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.taskJson = Objects.requireNonNull(taskJson, "taskJson");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** @param route the path after {@value MockServer#CONTROL_PREFIX}, e.g. {@code tasks/121} */
  Answer answer(String method, String route, BodyReader.Body body) {
    if (route.equals("reset")) {
      return reset(method);
    }
    if (route.equals("tasks")) {
      return "GET".equals(method) ? tasks() : seed(method, body);
    }
    if (route.startsWith("tasks/")) {
      return task(method, route.substring("tasks/".length()));
    }
    return Answer.error(404, "no such control route: " + Answer.quote(MockServer.CONTROL_PREFIX + route));
  }

  private Answer reset(String method) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "POST");
    }
    store.reset();
    JsonObject done = new JsonObject();
    done.addProperty("reset", true);
    return Answer.http(200, done);
  }

  private Answer tasks() {
    JsonArray all = new JsonArray();
    store.tasks().forEach(task -> all.add(taskJson.toJson(task)));
    JsonObject json = new JsonObject();
    json.add("tasks", all);
    return Answer.http(200, json);
  }

  private Answer seed(String method, BodyReader.Body body) {
    if (!"POST".equals(method)) {
      return Answer.methodNotAllowed(method, "GET, POST");
    }
    if (body.tooLarge()) {
      return Answer.error(413, "the body is larger than " + maxBodyBytes + " bytes");
    }
    try {
      JsonElement json = StrictJson.parse(body.bytes(), body.length());
      Task task = taskJson.fromJson(json, "task");
      rules.seed(task);
      return Answer.http(200, taskJson.toJson(task));
    } catch (StrictJson.NotJsonException | IllegalArgumentException e) {
      return Answer.error(400, Answer.bound(e.getMessage()));
    }
  }

  private Answer task(String method, String idText) {
    if (!"GET".equals(method)) {
      return Answer.methodNotAllowed(method, "GET");
    }
    long id;
    try {
      id = Long.parseLong(idText);
    } catch (NumberFormatException e) {
      return Answer.error(400, "the task id must be an integer, was " + Answer.quote(idText));
    }
    return store.task(id).<Answer>map(task -> Answer.http(200, taskJson.toJson(task)))
        .orElseGet(() -> Answer.error(404, "the mock has no task " + id));
  }
}
