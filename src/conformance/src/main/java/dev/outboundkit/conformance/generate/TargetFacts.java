package dev.outboundkit.conformance.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.conformance.TaskRole;

/**
 * What a run may use on a target: one task id per role, and a skill set and an outbound number
 * group that exist there.
 */
public record TargetFacts(Map<TaskRole, Long> taskIds, String skillSetId, String outboundNumberGroupId) {

  public TargetFacts {
    Objects.requireNonNull(skillSetId, "skillSetId");
    Objects.requireNonNull(outboundNumberGroupId, "outboundNumberGroupId");
    EnumMap<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
    ids.putAll(taskIds);
    for (TaskRole role : TaskRole.values()) {
      if (!ids.containsKey(role)) {
        throw new IllegalArgumentException("no task id for the role " + role + " (" + role.profileKey() + ")");
      }
    }
    taskIds = Map.copyOf(ids);
  }

  /** @return the id of the task playing the role */
  public long taskId(TaskRole role) {
    return taskIds.get(role);
  }
}
