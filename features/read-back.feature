# Source: "data | boolean | 是否编辑成功" on the page, and the read-back operation getPhoneGroups
# (外呼任务-号码批次, the vendor's other page; NOTES.md), the only published view of an edit.
# Every "accepted" in this suite reads the batch back; these scenarios do it through each client.
@area:read-back
Feature: Reading an edit back

  @rule:RB-SHOWS-EDIT @documented
  Scenario Outline: After an accepted edit of the <task>, getPhoneGroups <channel> shows the batch that was sent
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].name" is set to "回访批次 2"
    And "outboundPhoneGroups[0].autoOutboundInterval" is set to 45
    And "outboundPhoneGroups[0].autoOutboundTimes" is set to 3
    When the edit is sent
    Then the edit is accepted
    And the read-back <channel> shows the batch that was sent

    Examples:
      | task             | channel                      |
      | not-started task | as raw JSON                  |
      | not-started task | through the generated client |
      | not-started task | through the Java client      |
      | in-progress task | through the generated client |
      | paused task      | through the Java client      |

  @rule:RB-SHOWS-EDIT @documented
  Scenario Outline: A batch with redial off reads back with redial off (<task>)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 0
    And "outboundPhoneGroups[0].autoOutboundInterval" is removed
    And "outboundPhoneGroups[0].autoOutboundTimes" is removed
    When the edit is sent
    Then the edit is accepted
    And the read-back through the Java client shows the batch that was sent

    Examples:
      | task             |
      | not-started task |
      | in-progress task |

  @rule:RB-REFUSED-UNCHANGED @documented
  Scenario Outline: After a refused edit of the <task>, getPhoneGroups <channel> shows the batch as it was
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundTimes" is set to 4
    When the edit is sent
    Then the edit is refused with code "29002"
    And the read-back <channel> shows the batch as it was before the edit

    Examples:
      | task             | channel                      |
      | not-started task | as raw JSON                  |
      | not-started task | through the Java client      |
      | in-progress task | through the generated client |
      | paused task      | through the Java client      |

  @rule:RB-REFUSED-UNCHANGED @documented
  Scenario: An edit refused for its name alone leaves the batch as it was
    Given the second not-started task has been renamed to a fresh name
    And a valid edit for the not-started task
    And "taskName" is that fresh name
    When the edit is sent
    Then the edit is refused
    And the read-back as raw JSON shows the batch as it was before the edit
