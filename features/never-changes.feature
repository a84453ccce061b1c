# Source: 服务描述 rule 2 ("不能编辑任务名单和坐席分配名单数量,如需有需求详见'外呼任务-删除外呼名单'和
# '外呼任务-追加外呼名单'") and rule 1 ("不同任务状态下修改的任务信息不同"): an edit never changes
# a task's call list or how many agents it has, and a task in progress or paused takes only the
# second table's fields.
@area:never-changes
Feature: What an edit must never change

  @rule:NC-STATUS-SCOPE @documented
  Scenario Outline: A task name sent to the <task> is not applied (only the second table's fields are)
    Given a fresh name that no task has
    And a valid edit for the <task>
    And "taskName" is that fresh name
    When the edit is sent
    Then the edit may be accepted or refused
    And the not-started task can take that fresh name

    Examples:
      | task             |
      | in-progress task |
      | paused task      |

  @rule:NC-STATUS-SCOPE @documented @whole-task
  Scenario Outline: An edit of the <task> carrying the first table's fields changes none of them
    Given a valid not-started edit for the <task>
    And "acw" is set to 33
    And "maxRingingDuration" is set to 33
    When the edit is sent
    Then the edit may be accepted or refused
    And the task's fields outside the in-progress table are as they were

    Examples:
      | task             |
      | in-progress task |
      | paused task      |

  @rule:NC-CALL-LIST @documented @whole-task
  Scenario Outline: An accepted edit of the <task> leaves its customers, agents and status as they were
    Given a valid edit for the <task>
    When the edit is sent
    Then the edit is accepted
    And the task's status, customer count and agent count are as they were

    Examples:
      | task             |
      | not-started task |
      | in-progress task |
      | paused task      |

  @rule:NC-REFUSED-NOTHING @documented @whole-task
  Scenario Outline: A refused edit of the <task> leaves every field as it was
    Given a valid edit for the <task>
    And "outboundPhoneGroups" holds 2 entries
    When the edit is sent
    Then the edit is refused with code "29002"
    And every field of the task is as it was

    Examples:
      | task             |
      | not-started task |
      | in-progress task |

  @rule:NC-OTHER-TASKS @inferred
  Scenario Outline: An edit of the <task> changes no other task
    Given the batches of every task have been read
    And a valid edit for the <task>
    When the edit is sent
    Then the edit is accepted
    And the batches of the other tasks are as they were

    Examples:
      | task             |
      | not-started task |
      | in-progress task |
