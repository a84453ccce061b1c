package dev.outboundkit.conformance;

import java.time.Clock;
import java.util.Objects;

import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.SignedHeaders;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.generated.model.ResultCode;

/**
 * Checks a target before the first scenario, so that a wrong profile ends with the key to fix
 * rather than with hundreds of failed scenarios: the base URL answers with the vendor's JSON, a
 * signed getPhoneGroups works for every task the profile names, the missing id is missing, and
 * the control API, when named, answers.
 */
final class Preflight {
  private final Target target;
  private final Clock clock;

  Preflight(Target target, Clock clock) {
    this.target = Objects.requireNonNull(target, "target");
    this.clock = Objects.requireNonNull(clock, "clock");
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
            + answer.status() + " " + answer.abbreviated() + ", not the vendor's JSON; is the URL right?");
      }
      if (answer.is(ResultCode.AUTHENTICATION_FAILED) || answer.is(ResultCode.PUBLIC_KEY_NOT_FOUND)) {
        throw new ConformanceSetupException("appId=" + target.appId() + ": getPhoneGroups answered " + code
            + " (" + (answer.is(ResultCode.AUTHENTICATION_FAILED) ? "鉴权失败, authentication failed"
                : "找不到对应的公钥, no public key for the appId")
            + "); is privateKey the key whose public key is uploaded for this appId?");
      }
      if (role == TaskRole.MISSING) {
        if (answer.is(ResultCode.SUCCESS)) {
          throw new ConformanceSetupException(key + ": getPhoneGroups answered " + code + ", so a task has this id;"
              + " name an id no task has");
        }
      } else if (!answer.is(ResultCode.SUCCESS)) {
        throw new ConformanceSetupException(key + ": getPhoneGroups answered " + code + ", is the id right?");
      }
    }
    target.inspector().ifPresent(inspector -> {
      long id = target.taskId(TaskRole.NOT_STARTED);
      try {
        if (inspector.task(id) == null) {
          throw new ConformanceSetupException(TargetProfile.CONTROL_API + ": " + inspector.description()
              + " has no task " + id + "; is it the control API of this target?");
        }
      } catch (AssertionError e) {
        throw new ConformanceSetupException(TargetProfile.CONTROL_API + ": "
            + e.getMessage().replaceFirst("^precondition: ", ""));
      }
    });
  }

  private Answer readBack(long id) {
    Answer answer = target.wire().readBack(id, SignedHeaders.signingEach(clock).build(target, false)).answer();
    if (answer.status() < 0) {
      throw new ConformanceSetupException("baseUrl=" + target.baseUrl() + ": " + answer.text()
          + "; is the URL right and the server up?");
    }
    return answer;
  }
}
