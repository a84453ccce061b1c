package dev.outboundkit.conformance;

import java.util.Objects;

/**
 * Checks a target before the first scenario, so that a wrong profile ends with the key to fix
 * rather than with hundreds of failed scenarios: the base URL answers with the vendor's JSON, a
 * signed getPhoneGroups works for every task the profile names, the missing id is missing, and
 * the control API, when named, answers.
 */
final class Preflight {
  private final Target target;
  private final Wire wire;

  Preflight(Target target) {
    this.target = Objects.requireNonNull(target, "target");
    this.wire = new Wire(target);
  }

  /** @throws ConformanceSetupException naming the profile key at fault */
  void check() {
    for (TaskRole role : TaskRole.values()) {
      long id = target.taskId(role);
      Answer answer = readBack(id);
      String code = answer.code();
      String key = role.profileKey() + "=" + id;
      if (answer.json() == null || code == null) {
        throw new ConformanceSetupException("baseUrl=" + target.baseUrl() + ": getPhoneGroups answered "
            + answer.status() + " " + ResponseShape.abbreviate(answer.text()) + ", not the vendor's JSON; is the URL right?");
      }
      if (code.equals("10001") || code.equals("10002")) {
        throw new ConformanceSetupException("appId=" + target.appId() + ": getPhoneGroups answered " + code
            + " (" + (code.equals("10001") ? "鉴权失败, authentication failed" : "找不到对应的公钥, no public key for the appId")
            + "); is privateKey the key whose public key is uploaded for this appId?");
      }
      if (role == TaskRole.MISSING) {
        if (Verdicts.SUCCESS.equals(code)) {
          throw new ConformanceSetupException(key + ": getPhoneGroups answered 10000, so a task has this id;"
              + " name an id no task has");
        }
      } else if (!Verdicts.SUCCESS.equals(code)) {
        throw new ConformanceSetupException(key + ": getPhoneGroups answered " + code + ", is the id right?");
      }
    }
    target.inspector().ifPresent(inspector -> {
      long id = target.taskId(TaskRole.NOT_STARTED);
      try {
        if (inspector.task(id) == null) {
          throw new ConformanceSetupException(dev.outboundkit.conformance.profile.TargetProfile.CONTROL_API + ": "
              + inspector.description() + " has no task " + id + "; is it the control API of this target?");
        }
      } catch (AssertionError e) {
        throw new ConformanceSetupException(dev.outboundkit.conformance.profile.TargetProfile.CONTROL_API + ": "
            + e.getMessage().replaceFirst("^precondition: ", ""));
      }
    });
  }

  private Answer readBack(long id) {
    try {
      return wire.readBack(id, new SignedHeaders());
    } catch (AssertionError e) {
      String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : "no connection";
      throw new ConformanceSetupException("baseUrl=" + target.baseUrl() + ": no answer (" + why
          + "); is the URL right and the server up?");
    }
  }
}
