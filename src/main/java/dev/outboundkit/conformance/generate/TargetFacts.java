package dev.outboundkit.conformance.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a run may use on a target: one task id per role, and a skill set and an outbound number
 * group that exist there.
 */
public record TargetFacts(Map<Role, Long> taskIds, String skillSetId, String outboundNumberGroupId) {

  public TargetFacts {
    Objects.requireNonNull(skillSetId, "skillSetId");
    Objects.requireNonNull(outboundNumberGroupId, "outboundNumberGroupId");
    EnumMap<Role, Long> ids = new EnumMap<>(Role.class);
    ids.putAll(taskIds);
    for (Role role : Role.values()) {
      if (!ids.containsKey(role)) {
        throw new IllegalArgumentException("no task id for the role " + role + " (" + role.profileKey() + ")");
      }
    }
    taskIds = Map.copyOf(ids);
  }

  /** @return the id of the task playing the role */
  public long taskId(Role role) {
    return taskIds.get(role);
  }
}
