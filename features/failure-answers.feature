# Source: the page gives data only for a success ("data | boolean | 是否编辑成功", 返回结果示例
# "data": true) and says nothing of what a refusal carries. Servers answer data null, false, []
# or none at all: each is a reading the page allows (refusal-data.edit, refusal-data.read-back).
# These scenarios take the target's reading; every other refusal of the run is held to the same
# four (anything else fits no reading of the page).
@area:failure-answers
Feature: What a refusal carries in data

  @rule:FA-DATA-SHAPE @inferred
  Scenario: A refused edit carries data null, false, [] or none
    Given a valid not-started edit for the missing task
    When the edit is sent
    Then the edit is refused
    And the refusal's data is taken as the reading of "refusal-data.edit"

  @rule:FA-DATA-SHAPE @inferred
  Scenario: A refused read-back carries data null, false, [] or none
    When the missing task is read back
    Then the read-back is refused
    And the refusal's data is taken as the reading of "refusal-data.read-back"
