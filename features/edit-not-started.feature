# Source: "请求参数(任务状态:未开始)" — the page's first table, and rule 1 of 服务描述
# ("不同任务状态下修改的任务信息不同,详见案例说明").
@area:not-started
Feature: Editing a task that has not started (未开始)
  A task that has not started takes the page's first table: every setting may change.
  Required (是否必填 Y): taskId, taskName, taskExecStartDate, taskExecEndDate, taskExecTimes,
  skillSetId, outboundNumberGroupId, strategyDisplaySwitch, sendNumberStrategy,
  outboundPhoneGroups, maxRingingDuration, acw. Optional (N): taskDesc.

  @rule:NS-EDIT @documented
  Scenario Outline: A full edit of a not-started task is accepted and read back (<channel>)
    Given a valid edit for the <task>
    When the edit is sent <channel>
    Then the edit is accepted

    Examples:
      | task                        | channel                      |
      | not-started task            | as raw JSON                  |
      | not-started task            | through the generated client |
      | not-started task            | through the Java client      |
      | second not-started task     | as raw JSON                  |
      | second not-started task     | through the Java client      |

  @rule:NS-EDIT @documented
  Scenario Outline: A not-started task can switch to predictive dialling (<channel>)
    Given a valid edit for the not-started task
    And "sendNumberStrategy" is set to 1
    And "abandonmentRate" is set to 3
    And "multiplyPower" is removed
    And "strategyDisplaySwitch" is set to true
    When the edit is sent <channel>
    Then the edit is accepted

    Examples:
      | channel                      |
      | as raw JSON                  |
      | through the generated client |
      | through the Java client      |

  @rule:NS-EDIT @documented
  Scenario: A not-started task can turn redial off
    Given a valid edit for the not-started task
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 0
    And "outboundPhoneGroups[0].autoOutboundInterval" is removed
    And "outboundPhoneGroups[0].autoOutboundTimes" is removed
    When the edit is sent through the Java client
    Then the edit is accepted

  @rule:NS-OPTIONAL-DESC @documented
  Scenario Outline: taskDesc (是否必填 N) may be left out (<channel>)
    Given a valid edit for the not-started task
    And "taskDesc" is removed
    When the edit is sent <channel>
    Then the edit is accepted

    Examples:
      | channel                 |
      | as raw JSON             |
      | through the Java client |

  @rule:NS-OPTIONAL-DESC @documented
  Scenario: taskDesc (是否必填 N) may be null
    Given a valid edit for the not-started task
    And "taskDesc" is set to null
    When the edit is sent
    Then the edit is accepted

  @rule:NS-REQUIRED @documented
  Scenario Outline: A not-started edit without <field> is refused with 29002
    Given a valid edit for the not-started task
    And "<field>" is removed
    When the edit is sent
    Then the edit is refused with code "29002"

    Examples: the first table's required fields
      | field                 |
      | taskId                |
      | taskName              |
      | taskExecStartDate     |
      | taskExecEndDate       |
      | taskExecTimes         |
      | skillSetId            |
      | outboundNumberGroupId |
      | strategyDisplaySwitch |
      | sendNumberStrategy    |
      | outboundPhoneGroups   |
      | maxRingingDuration    |
      | acw                   |

    Examples: ExecTimeOpenDto's required fields
      | field                                 |
      | taskExecTimes[0].taskExecTimeStartStr |
      | taskExecTimes[0].taskExecTimeEndStr   |

    Examples: PhoneGroupDto's required fields
      | field                                    |
      | outboundPhoneGroups[0].name              |
      | outboundPhoneGroups[0].identify          |
      | outboundPhoneGroups[0].autoOutboundSwitch |

  @rule:NS-REQUIRED @documented
  Scenario Outline: A not-started edit whose <field> is null is refused with 29002
    Given a valid edit for the not-started task
    And "<field>" is set to null
    When the edit is sent
    Then the edit is refused with code "29002"

    Examples:
      | field                 |
      | taskName              |
      | skillSetId            |
      | maxRingingDuration    |
      | acw                   |

  @rule:NS-REQUIRED @documented
  Scenario Outline: The in-progress table's body is not enough for a not-started task (<channel>)
    Given a valid in-progress edit for the not-started task
    When the edit is sent <channel>
    Then the edit is refused with code "29002"

    Examples:
      | channel                 |
      | as raw JSON             |
      | through the Java client |

  @rule:NS-NAME-OWN @documented
  Scenario: A task may keep its own name (the rule is about other tasks' names: 不能与其它任务名称重复)
    Given the not-started task has been renamed to a fresh name
    And a valid edit for the not-started task
    And "taskName" is that fresh name
    When the edit is sent
    Then the edit is accepted

  @rule:NS-NAME-FREED @documented
  Scenario: A name another task no longer has is free (不能与其它任务名称重复: other tasks' names as they are now)
    Given the second not-started task has been renamed to a fresh name
    And the second not-started task has been renamed to another fresh name
    And a valid edit for the not-started task
    And "taskName" is the first of those fresh names
    When the edit is sent
    Then the edit is accepted

  @rule:NS-NAME-DUPLICATE @inferred
  Scenario Outline: Another task's name is refused (<channel>)
    Given the second not-started task has been renamed to a fresh name
    And a valid edit for the not-started task
    And "taskName" is that fresh name
    When the edit is sent <channel>
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.duplicate-name"

    Examples:
      | channel                 |
      | as raw JSON             |
      | through the Java client |

  @rule:NS-UNKNOWN-SKILL-SET @inferred
  Scenario: A skill set the target does not know is refused
    Given a valid edit for the not-started task
    And "skillSetId" is an id the target does not know
    When the edit is sent
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.unknown-skill-set"

  @rule:REF-UNKNOWN-NUMBER-GROUP @inferred
  Scenario Outline: An outbound number group the target does not know is refused (<task>)
    Given a valid edit for the <task>
    And "outboundNumberGroupId" is an id the target does not know
    When the edit is sent
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.unknown-number-group"

    Examples:
      | task             |
      | not-started task |
      | in-progress task |
      | paused task      |

  # A member neither of the page's tables lists: ignoring it (the edit must then show) and
  # refusing the edit (nothing may change) are both readings.
  @rule:REQ-UNKNOWN-FIELD @inferred
  Scenario: An edit with a member the page does not list shows how the target reads unknown fields
    Given a valid edit for the not-started task
    And "outboundkitProbe" is set to 1
    When the edit is sent
    Then the target's reading of "unknown-field" is taken
