package dev.outboundkit.conformance.targets;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.Fixtures;

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

  /** @return what a mock built with these fixtures offers: its first skill set and number group, tasks by role */
  public static TargetFacts of(Fixtures fixtures) {
    return new TargetFacts(TaskRole.taskIds(fixtures), fixtures.skillSetIds().get(0),
        fixtures.outboundNumberGroupIds().get(0));
  }

  /** @return what the profile names */
  public static TargetFacts of(TargetProfile profile) {
    Map<TaskRole, Long> ids = new EnumMap<>(TaskRole.class);
    for (TaskRole role : TaskRole.values()) {
      ids.put(role, role.taskId(profile));
    }
    return new TargetFacts(ids, profile.skillSetId(), profile.outboundNumberGroupId());
  }

  /** @return the id of the task playing the role */
  public long taskId(TaskRole role) {
    return taskIds.get(role);
  }
}
