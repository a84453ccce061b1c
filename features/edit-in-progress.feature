# Source: "请求参数(任务状态:进行中、暂停)" — the page's second table, and rule 1 of 服务描述
# ("不同任务状态下修改的任务信息不同,详见案例说明").
@area:in-progress
Feature: Editing a task in progress (进行中) or paused (暂停)
  A task in progress or paused takes the page's second table: only the outbound number group,
  the strategy and the number batch. Required (Y): taskId, outboundNumberGroupId,
  strategyDisplaySwitch, sendNumberStrategy, outboundPhoneGroups.

  @rule:IP-EDIT @documented
  Scenario Outline: An edit of the <task> is accepted and read back (<channel>)
    Given a valid edit for the <task>
    When the edit is sent <channel>
    Then the edit is accepted

    Examples:
      | task             | channel                      |
      | in-progress task | as raw JSON                  |
      | in-progress task | through the generated client |
      | in-progress task | through the Java client      |
      | paused task      | as raw JSON                  |
      | paused task      | through the generated client |
      | paused task      | through the Java client      |

  @rule:IP-EDIT @documented
  Scenario Outline: The <task> can switch to predictive dialling and turn redial off (<channel>)
    Given a valid edit for the <task>
    And "sendNumberStrategy" is set to 1
    And "abandonmentRate" is set to 5
    And "multiplyPower" is removed
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 0
    And "outboundPhoneGroups[0].autoOutboundInterval" is removed
    And "outboundPhoneGroups[0].autoOutboundTimes" is removed
    When the edit is sent <channel>
    Then the edit is accepted

    Examples:
      | task             | channel                 |
      | in-progress task | as raw JSON             |
      | paused task      | through the Java client |

  @rule:IP-REQUIRED @documented
  Scenario Outline: An edit of the <task> without <field> is refused with 29002
    Given a valid edit for the <task>
    And "<field>" is removed
    When the edit is sent
    Then the edit is refused with code "29002"

    Examples: the second table's required fields
      | task             | field                 |
      | in-progress task | taskId                |
      | in-progress task | outboundNumberGroupId |
      | in-progress task | strategyDisplaySwitch |
      | in-progress task | sendNumberStrategy    |
      | in-progress task | outboundPhoneGroups   |
      | paused task      | outboundNumberGroupId |
      | paused task      | strategyDisplaySwitch |
      | paused task      | sendNumberStrategy    |
      | paused task      | outboundPhoneGroups   |

    Examples: PhoneGroupVo's required fields
      | task             | field                                     |
      | in-progress task | outboundPhoneGroups[0].name               |
      | in-progress task | outboundPhoneGroups[0].identify           |
      | in-progress task | outboundPhoneGroups[0].autoOutboundSwitch |
      | paused task      | outboundPhoneGroups[0].autoOutboundSwitch |
