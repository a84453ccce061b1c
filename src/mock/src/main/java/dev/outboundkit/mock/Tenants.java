package dev.outboundkit.mock;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mock's tenants, each with a store of its own: the vendor's tasks belong to the tenant whose
 * app created them, so tenant B's request for tenant A's task id finds nothing, exactly as for an
 * id no task has. Every store starts from the same fixtures (a copy each: one tenant's edits are
 * not another's). A mock without tenants has one unnamed store, so that its tasks can still be
 * read and seeded.
 */
final class Tenants {

  /** One tenant's tasks and the rules over them; {@code appId} is null for the unnamed store. */
  record Tenant(String appId, TaskStore store, EditRules rules) {
  }

  private final Map<String, Tenant> byAppId;
  /** The store of a mock built without tenants; null when it has some. */
  private final Tenant unnamed;

  /**
   * @param appIds the tenants, in the order they were added
   * @throws IllegalArgumentException when a task of the fixtures breaks the spec
   */
  Tenants(Collection<String> appIds, Fixtures fixtures, TaskJson taskJson, Readings readings) {
    Map<String, Tenant> tenants = new LinkedHashMap<>();
    for (String appId : appIds) {
      tenants.put(appId, tenant(appId, fixtures, taskJson, readings));
    }
    this.byAppId = Collections.unmodifiableMap(tenants);
    this.unnamed = tenants.isEmpty() ? tenant(null, fixtures, taskJson, readings) : null;
  }

  private static Tenant tenant(String appId, Fixtures fixtures, TaskJson taskJson, Readings readings) {
    TaskStore store = new TaskStore(fixtures);
    return new Tenant(appId, store, new EditRules(taskJson, store, readings));
  }

  /** @return the tenant with this appId, or null when there is none */
  Tenant find(String appId) {
    return appId == null ? null : byAppId.get(appId);
  }

  /**
   * @return the tenant with this appId
   * @throws IllegalArgumentException naming the tenants there are, when none has it
   */
  Tenant named(String appId) {
    Objects.requireNonNull(appId, "appId");
    Tenant tenant = byAppId.get(appId);
    if (tenant == null) {
      throw new IllegalArgumentException("the mock has no tenant " + Answer.quote(appId) + "; its tenants: "
          + words());
    }
    return tenant;
  }

  /**
   * @param how what the caller should use instead, for the message, e.g. {@code task(appId, id)}
   * @return the one tenant (or the unnamed store of a mock without tenants)
   * @throws IllegalStateException when there are several: which one is meant must be said
   */
  Tenant only(String how) {
    if (unnamed != null) {
      return unnamed;
    }
    if (byAppId.size() > 1) {
      throw new IllegalStateException("the mock has " + byAppId.size() + " tenants (" + words()
          + "), each with tasks of its own: name one, " + how);
    }
    return byAppId.values().iterator().next();
  }

  /** @return every store: each tenant's, or the unnamed one */
  Collection<Tenant> all() {
    return unnamed != null ? List.of(unnamed) : byAppId.values();
  }

  /** @return the appIds, in the order they were added */
  Set<String> appIds() {
    return byAppId.keySet();
  }

  /** @return e.g. {@code 'a', 'b'} */
  String words() {
    return String.join(", ", byAppId.keySet().stream().map(Answer::quote).toList());
  }
}
