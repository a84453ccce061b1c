# Source: the page covers only 未开始 and 进行中、暂停 ("不同任务状态下修改的任务信息不同"); it says
# nothing of a completed task (已完成, named on the vendor's other pages) or of an id no task has.
# Both must be refused (the page's tables give no field a completed task may change, and an
# edit of no task can change nothing); which code they get is a reading.
@area:not-editable
Feature: Tasks that cannot be edited: completed, or not there at all

  @rule:NE-COMPLETED @inferred
  Scenario Outline: A completed task is not edited by a <variant> body (<channel>)
    Given a valid <variant> edit for the completed task
    When the edit is sent <channel>
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.completed-task"

    Examples:
      | variant     | channel                 |
      | not-started | as raw JSON             |
      | in-progress | as raw JSON             |
      | not-started | through the Java client |
      | in-progress | through the generated client |

  @rule:NE-MISSING @inferred
  Scenario Outline: An id no task has is refused with a <variant> body (<channel>)
    Given a valid <variant> edit for the missing task
    When the edit is sent <channel>
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.missing-task"

    Examples:
      | variant     | channel                 |
      | not-started | as raw JSON             |
      | in-progress | as raw JSON             |
      | in-progress | through the Java client |

  @rule:NE-MISSING @inferred
  Scenario: Reading back an id no task has is refused
    When the missing task is read back
    Then the read-back is refused
    And the refusal's code is noted as the reading of "refusal-code.read-back-missing-task"
