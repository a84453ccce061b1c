# Source: the page gives data only for a success ("data | boolean | 是否编辑成功", 返回结果示例
# "data": true) and says nothing of what a refusal carries. Servers answer data null, false, []
# or none at all: each is a reading the page allows. This rule reports which one the target
# takes; no other rule looks at a refusal's data (they judge a refusal by its code, data not
# true, and the task unchanged).
@area:failure-answers
Feature: What a refusal carries in data

  @rule:FA-DATA-SHAPE @inferred
  Scenario: A refused edit carries data null, false, [] or none
    Given a valid not-started edit for the missing task
    When the edit is sent
    Then the edit is refused
    And the refusal's data is null, false, an empty list or absent

  @rule:FA-DATA-SHAPE @inferred
  Scenario: A refused read-back carries data null, false, [] or none
    When the missing task is read back
    Then the read-back is refused
    And the refusal's data is null, false, an empty list or absent
