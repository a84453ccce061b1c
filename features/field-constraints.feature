# Source: the 说明 column of the page's tables. Every range and length is tried at its edges:
# the last valid and the first invalid value on each side. The numbers are written out because
# they document the page; FieldConstraintsSpecTest checks every one of them against
# api/openapi.yaml, so a limit changed in the spec and not here fails the build.
@area:field-constraints
Feature: Field constraints of the edit body

  # ------------------------------------------------------------------ taskName

  @rule:FC-TASKNAME-LENGTH @documented
  Scenario Outline: A task name of <count> × "<char>" is <outcome> (长度:1至50)
    Given a valid edit for the not-started task
    And "taskName" is <count> times "<char>"
    When the edit is sent
    Then the edit is <outcome>

    Examples: Latin letters
      | count | char | outcome                   |
      | 0     | a    | refused with code "29002" |
      | 1     | a    | accepted                  |
      | 50    | a    | accepted                  |
      | 51    | a    | refused with code "29002" |

    Examples: Chinese characters count one each
      | count | char | outcome                   |
      | 1     | 任   | accepted                  |
      | 50    | 任   | accepted                  |
      | 51    | 任   | refused with code "29002" |

  # How "长度:1至50" counts a character outside the BMP is a reading: 50 emoji are 50 code points,
  # or 100 UTF-16 units. 51 are too many either way.
  @rule:FC-TASKNAME-EMOJI @inferred
  Scenario: A task name of 50 × "😀" shows what the target's length counts
    Given a valid edit for the not-started task
    And "taskName" is 50 times "😀"
    When the edit is sent
    Then the target's reading of "task-name.length-unit" is taken

  @rule:FC-TASKNAME-EMOJI @inferred
  Scenario: A task name of 51 × "😀" (characters outside the BMP) is refused
    Given a valid edit for the not-started task
    And "taskName" is 51 times "😀"
    When the edit is sent
    Then the edit is refused

  # ------------------------------------------------------------------ dates

  @rule:FC-DATE-FORMAT @documented
  Scenario Outline: Start date "<start>" and end date "<end>" are <outcome> (yyyy-MM-dd)
    Given a valid edit for the not-started task
    And "taskExecStartDate" is set to "<start>"
    And "taskExecEndDate" is set to "<end>"
    When the edit is sent
    Then the edit is <outcome>

    Examples: real days written yyyy-MM-dd
      | start      | end        | outcome  |
      | 2030-01-01 | 2030-12-31 | accepted |
      | 2028-02-29 | 2028-03-01 | accepted |

    Examples: another format for the start date
      | start               | end        | outcome                   |
      | 2030/01/01          | 2030-12-31 | refused with code "29002" |
      | 20300101            | 2030-12-31 | refused with code "29002" |
      | 2030-1-1            | 2030-12-31 | refused with code "29002" |
      | 01-01-2030          | 2030-12-31 | refused with code "29002" |
      | 2030-01-01 09:00:00 | 2030-12-31 | refused with code "29002" |
      | 2030-01-01T00:00:00 | 2030-12-31 | refused with code "29002" |
      |                     | 2030-12-31 | refused with code "29002" |

    Examples: another format for the end date
      | start      | end        | outcome                   |
      | 2030-01-01 | 2030.12.31 | refused with code "29002" |
      | 2030-01-01 | 2030-12-1  | refused with code "29002" |
      | 2030-01-01 | 31/12/2030 | refused with code "29002" |

    Examples: well-formed days that do not exist
      | start      | end        | outcome                   |
      | 2021-02-30 | 2030-12-31 | refused with code "29002" |
      | 2027-02-29 | 2030-12-31 | refused with code "29002" |
      | 2030-13-01 | 2030-12-31 | refused with code "29002" |
      | 2030-00-10 | 2030-12-31 | refused with code "29002" |
      | 2030-01-32 | 2030-12-31 | refused with code "29002" |
      | 2030-01-01 | 2030-04-31 | refused with code "29002" |
      | 2030-01-01 | 2030-02-29 | refused with code "29002" |

  @rule:FC-DATE-ONE-DAY @documented
  Scenario: A task may run on one day: end date equal to start date (as in the page's example)
    Given a valid edit for the not-started task
    And "taskExecStartDate" is set to "2030-06-01"
    And "taskExecEndDate" is set to "2030-06-01"
    When the edit is sent
    Then the edit is accepted

  @rule:FC-DATE-ORDER @inferred
  Scenario Outline: An end date before the start date is refused (<start> to <end>)
    Given a valid edit for the not-started task
    And "taskExecStartDate" is set to "<start>"
    And "taskExecEndDate" is set to "<end>"
    When the edit is sent
    Then the edit is refused

    Examples:
      | start      | end        |
      | 2030-06-02 | 2030-06-01 |
      | 2031-01-01 | 2030-12-31 |

  # ------------------------------------------------------------------ calling windows

  @rule:FC-TIME-FORMAT @documented
  Scenario Outline: A calling window from "<start>" to "<end>" is <outcome> (HH:mm:ss)
    Given a valid edit for the not-started task
    And "taskExecTimes[0].taskExecTimeStartStr" is set to "<start>"
    And "taskExecTimes[0].taskExecTimeEndStr" is set to "<end>"
    When the edit is sent
    Then the edit is <outcome>

    Examples: times of day written HH:mm:ss
      | start    | end      | outcome  |
      | 00:00:00 | 23:59:59 | accepted |
      | 11:36:00 | 12:35:00 | accepted |
      | 09:00:00 | 09:00:01 | accepted |

    Examples: other formats
      | start        | end      | outcome                   |
      | 9:00:00      | 18:00:00 | refused with code "29002" |
      | 09:00        | 18:00:00 | refused with code "29002" |
      | 09:00:00.000 | 18:00:00 | refused with code "29002" |
      | 09-00-00     | 18:00:00 | refused with code "29002" |
      | 9:00 AM      | 18:00:00 | refused with code "29002" |
      |              | 18:00:00 | refused with code "29002" |
      | 09:00:00     | 1800     | refused with code "29002" |

    Examples: well-formed times that do not exist
      | start    | end      | outcome                   |
      | 09:00:00 | 24:00:00 | refused with code "29002" |
      | 09:00:00 | 23:60:00 | refused with code "29002" |
      | 09:00:00 | 23:59:60 | refused with code "29002" |
      | 25:00:00 | 23:00:00 | refused with code "29002" |

  @rule:FC-TIME-ORDER @inferred
  Scenario Outline: A calling window that does not end after it starts is refused (<start> to <end>)
    Given a valid edit for the not-started task
    And "taskExecTimes[0].taskExecTimeStartStr" is set to "<start>"
    And "taskExecTimes[0].taskExecTimeEndStr" is set to "<end>"
    When the edit is sent
    Then the edit is refused

    Examples:
      | start    | end      |
      | 18:00:00 | 09:00:00 |
      | 12:00:00 | 12:00:00 |
      | 12:00:01 | 12:00:00 |

  @rule:FC-EXEC-TIMES @documented
  Scenario Outline: A task with <count> calling windows is <outcome> (taskExecTimes, Y, a list)
    Given a valid edit for the not-started task
    And "taskExecTimes" holds <count> entries
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | count | outcome                   |
      | 0     | refused with code "29002" |
      | 1     | accepted                  |

  @rule:FC-EXEC-TIMES @documented
  Scenario: A task may call in two windows a day (List<ExecTimeOpenDto>)
    Given a valid edit for the not-started task
    And "taskExecTimes" is set to [{"taskExecTimeStartStr": "09:00:00", "taskExecTimeEndStr": "12:00:00"}, {"taskExecTimeStartStr": "13:30:00", "taskExecTimeEndStr": "18:00:00"}]
    When the edit is sent
    Then the edit is accepted

  # ------------------------------------------------------------------ the not-started table's numbers

  @rule:FC-MAX-RINGING @documented
  Scenario Outline: maxRingingDuration <value> s is <outcome> (最小值20s,最大值50s)
    Given a valid edit for the not-started task
    And "maxRingingDuration" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | value | outcome                   |
      | 19    | refused with code "29002" |
      | 20    | accepted                  |
      | 50    | accepted                  |
      | 51    | refused with code "29002" |

  @rule:FC-ACW @documented
  Scenario Outline: acw <value> s is <outcome> (话后时长 1s-180s)
    Given a valid edit for the not-started task
    And "acw" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | value | outcome                   |
      | 0     | refused with code "29002" |
      | 1     | accepted                  |
      | 180   | accepted                  |
      | 181   | refused with code "29002" |

  # ------------------------------------------------------------------ fields of both tables

  @rule:FC-MULTIPLY-POWER @documented
  Scenario Outline: multiplyPower <value> with sendNumberStrategy 0 is <outcome> (<task>; 大于0)
    Given a valid edit for the <task>
    And "sendNumberStrategy" is set to 0
    And "multiplyPower" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value      | outcome                   |
      | not-started task | 0          | refused with code "29002" |
      | not-started task | 1          | accepted                  |
      | not-started task | 2147483647 | accepted                  |
      | in-progress task | 0          | refused with code "29002" |
      | in-progress task | 1          | accepted                  |
      | in-progress task | 2147483647 | accepted                  |

  @rule:FC-MULTIPLY-POWER-INT32 @inferred
  Scenario Outline: multiplyPower <value>, past the Integer type, is refused (<task>)
    Given a valid edit for the <task>
    And "sendNumberStrategy" is set to 0
    And "multiplyPower" is set to <value>
    When the edit is sent
    Then the edit is refused

    Examples:
      | task             | value      |
      | not-started task | 2147483648 |
      | in-progress task | 2147483648 |

  @rule:FC-ABANDONMENT-RATE @documented
  Scenario Outline: abandonmentRate <value> with predictive dialling is <outcome> (<task>; 1 至 5)
    Given a valid edit for the <task>
    And "sendNumberStrategy" is set to 1
    And "abandonmentRate" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value | outcome                   |
      | not-started task | 0     | refused with code "29002" |
      | not-started task | 1     | accepted                  |
      | not-started task | 5     | accepted                  |
      | not-started task | 6     | refused with code "29002" |
      | in-progress task | 0     | refused with code "29002" |
      | in-progress task | 1     | accepted                  |
      | in-progress task | 5     | accepted                  |
      | in-progress task | 6     | refused with code "29002" |

  @rule:FC-AUTO-INTERVAL @documented
  Scenario Outline: autoOutboundInterval <value> min with redial on is <outcome> (<task>; 5 至 2880)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 1
    And "outboundPhoneGroups[0].autoOutboundInterval" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value | outcome                   |
      | not-started task | 4     | refused with code "29002" |
      | not-started task | 5     | accepted                  |
      | not-started task | 2880  | accepted                  |
      | not-started task | 2881  | refused with code "29002" |
      | in-progress task | 4     | refused with code "29002" |
      | in-progress task | 5     | accepted                  |
      | in-progress task | 2880  | accepted                  |
      | in-progress task | 2881  | refused with code "29002" |

  @rule:FC-AUTO-TIMES @documented
  Scenario Outline: autoOutboundTimes <value> with redial on is <outcome> (<task>; 1 至 3)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 1
    And "outboundPhoneGroups[0].autoOutboundTimes" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value | outcome                   |
      | not-started task | 0     | refused with code "29002" |
      | not-started task | 1     | accepted                  |
      | not-started task | 3     | accepted                  |
      | not-started task | 4     | refused with code "29002" |
      | in-progress task | 0     | refused with code "29002" |
      | in-progress task | 1     | accepted                  |
      | in-progress task | 3     | accepted                  |
      | in-progress task | 4     | refused with code "29002" |

  @rule:FC-ONE-BATCH @documented
  Scenario Outline: <count> number batches are <outcome> (<task>; 目前只支持1个号码组)
    Given a valid edit for the <task>
    And "outboundPhoneGroups" holds <count> entries
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | count | outcome                   |
      | not-started task | 0     | refused with code "29002" |
      | not-started task | 1     | accepted                  |
      | not-started task | 2     | refused with code "29002" |
      | in-progress task | 0     | refused with code "29002" |
      | in-progress task | 1     | accepted                  |
      | in-progress task | 2     | refused with code "29002" |
      | paused task      | 2     | refused with code "29002" |

  # ------------------------------------------------------------------ enumerations

  @rule:FC-SEND-STRATEGY @documented
  Scenario Outline: sendNumberStrategy <value> is <outcome> (<task>; 0-按倍率值计算 ; 1-预测式外呼)
    Given a valid edit for the <task>
    And "multiplyPower" is set to 2
    And "abandonmentRate" is set to 2
    And "sendNumberStrategy" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value | outcome                   |
      | not-started task | -1    | refused with code "29002" |
      | not-started task | 0     | accepted                  |
      | not-started task | 1     | accepted                  |
      | not-started task | 2     | refused with code "29002" |
      | in-progress task | -1    | refused with code "29002" |
      | in-progress task | 0     | accepted                  |
      | in-progress task | 1     | accepted                  |
      | in-progress task | 2     | refused with code "29002" |

  @rule:FC-REDIAL-SWITCH @documented
  Scenario Outline: autoOutboundSwitch <value> is <outcome> (<task>; 0-关闭;1-开启)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to <value>
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | value | outcome                   |
      | not-started task | -1    | refused with code "29002" |
      | not-started task | 0     | accepted                  |
      | not-started task | 1     | accepted                  |
      | not-started task | 2     | refused with code "29002" |
      | in-progress task | -1    | refused with code "29002" |
      | in-progress task | 0     | accepted                  |
      | in-progress task | 1     | accepted                  |
      | in-progress task | 2     | refused with code "29002" |

  @rule:FC-DISPLAY-SWITCH @documented
  Scenario Outline: strategyDisplaySwitch <value> is accepted (<task>; true-开启 false-关闭, and the page's own 1)
    Given a valid edit for the <task>
    And "strategyDisplaySwitch" is set to <value>
    When the edit is sent
    Then the edit is accepted

    Examples:
      | task             | value |
      | not-started task | true  |
      | not-started task | false |
      | not-started task | 1     |
      | in-progress task | true  |
      | in-progress task | false |
      | in-progress task | 1     |

  @rule:FC-DISPLAY-SWITCH-OTHER @inferred
  Scenario Outline: strategyDisplaySwitch <value> is refused (<task>)
    Given a valid edit for the <task>
    And "strategyDisplaySwitch" is set to <value>
    When the edit is sent
    Then the edit is refused

    Examples:
      | task             | value |
      | not-started task | 2     |
      | not-started task | "yes" |
      | in-progress task | 2     |
      | in-progress task | "yes" |

  # ------------------------------------------------------------------ conditional requirements

  @rule:FC-COND-STRATEGY @documented
  Scenario Outline: sendNumberStrategy <strategy> without <field> is <outcome> (<task>; 送号策略=0:Y / 送号策略=1:Y)
    Given a valid edit for the <task>
    And "multiplyPower" is set to 2
    And "abandonmentRate" is set to 2
    And "sendNumberStrategy" is set to <strategy>
    And "<field>" is removed
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | strategy | field           | outcome                   |
      | not-started task | 0        | multiplyPower   | refused with code "29002" |
      | not-started task | 0        | abandonmentRate | accepted                  |
      | not-started task | 1        | abandonmentRate | refused with code "29002" |
      | not-started task | 1        | multiplyPower   | accepted                  |
      | in-progress task | 0        | multiplyPower   | refused with code "29002" |
      | in-progress task | 0        | abandonmentRate | accepted                  |
      | in-progress task | 1        | abandonmentRate | refused with code "29002" |
      | in-progress task | 1        | multiplyPower   | accepted                  |
      | paused task      | 0        | multiplyPower   | refused with code "29002" |
      | paused task      | 1        | abandonmentRate | refused with code "29002" |

  @rule:FC-COND-STRATEGY @documented
  Scenario Outline: sendNumberStrategy <strategy> with <field> null is <outcome> (<task>; null is no value)
    Given a valid edit for the <task>
    And "multiplyPower" is set to 2
    And "abandonmentRate" is set to 2
    And "sendNumberStrategy" is set to <strategy>
    And "<field>" is set to null
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | strategy | field           | outcome                   |
      | not-started task | 0        | abandonmentRate | accepted                  |
      | not-started task | 0        | multiplyPower   | refused with code "29002" |
      | in-progress task | 1        | multiplyPower   | accepted                  |
      | in-progress task | 1        | abandonmentRate | refused with code "29002" |

  @rule:FC-COND-REDIAL @documented
  Scenario Outline: autoOutboundSwitch <switch> without <field> is <outcome> (<task>; 自动重呼开启:Y)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to <switch>
    And "outboundPhoneGroups[0].<field>" is removed
    When the edit is sent
    Then the edit is <outcome>

    Examples:
      | task             | switch | field                | outcome                   |
      | not-started task | 1      | autoOutboundInterval | refused with code "29002" |
      | not-started task | 1      | autoOutboundTimes    | refused with code "29002" |
      | not-started task | 0      | autoOutboundInterval | accepted                  |
      | not-started task | 0      | autoOutboundTimes    | accepted                  |
      | in-progress task | 1      | autoOutboundInterval | refused with code "29002" |
      | in-progress task | 1      | autoOutboundTimes    | refused with code "29002" |
      | in-progress task | 0      | autoOutboundInterval | accepted                  |
      | in-progress task | 0      | autoOutboundTimes    | accepted                  |

  @rule:FC-COND-REDIAL @documented
  Scenario Outline: Redial off needs neither interval nor times (<task>)
    Given a valid edit for the <task>
    And "outboundPhoneGroups[0].autoOutboundSwitch" is set to 0
    And "outboundPhoneGroups[0].autoOutboundInterval" is removed
    And "outboundPhoneGroups[0].autoOutboundTimes" is removed
    When the edit is sent
    Then the edit is accepted

    Examples:
      | task             |
      | not-started task |
      | paused task      |

  # ------------------------------------------------------------------ JSON types

  @rule:FC-TYPES @documented
  Scenario Outline: <field> sent as <value>, not the page's <type>, is refused with 29002 (<task>)
    Given a valid edit for the <task>
    And "<field>" is set to <value>
    When the edit is sent
    Then the edit is refused with code "29002"

    Examples:
      | task             | field                                     | value               | type                  |
      | not-started task | acw                                       | "ten"               | Integer               |
      | not-started task | maxRingingDuration                        | [45]                | Integer               |
      | not-started task | taskName                                  | ["a"]               | String                |
      | not-started task | taskExecTimes                             | "09:00:00-18:00:00" | List<ExecTimeOpenDto> |
      | not-started task | taskExecTimes                             | [null]              | List<ExecTimeOpenDto> |
      | not-started task | taskExecTimes[0]                          | "09:00:00"          | ExecTimeOpenDto       |
      | not-started task | sendNumberStrategy                        | [0]                 | Integer               |
      | in-progress task | outboundPhoneGroups                       | {"name": "x"}       | List<PhoneGroupVo>    |
      | in-progress task | outboundPhoneGroups                       | [null]              | List<PhoneGroupVo>    |
      | in-progress task | outboundPhoneGroups[0].autoOutboundTimes  | [1]                 | Integer               |
      | in-progress task | outboundPhoneGroups[0].autoOutboundSwitch | [1]                 | Integer               |
      | in-progress task | sendNumberStrategy                        | "predictive"        | Integer               |

  @rule:FC-TYPES-LENIENT @inferred
  Scenario Outline: <field> sent as <value>, which some JSON readers coerce, is refused (<task>)
    Given a valid edit for the <task>
    And "<field>" is set to <value>
    When the edit is sent
    Then the edit is refused

    Examples:
      | task             | field              | value      |
      | not-started task | acw                | 10.5       |
      | not-started task | maxRingingDuration | true       |
      | not-started task | taskId             | "the task" |
      | in-progress task | multiplyPower      | 2.5        |
