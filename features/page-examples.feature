# Source: "请求Body(任务状态:未开始)" and "请求Body(任务状态:进行中、暂停)" — the page's two example
# bodies, and "返回结果示例" ({"code": "10000", "message": "请求成功", "data": true}).
# They are sent as the page shows them, "strategyDisplaySwitch":1 included; only the ids come
# from the target (taskId, skillSetId, outboundNumberGroupId).
@area:examples
Feature: The page's own examples

  @rule:EX-NOT-STARTED @documented
  Scenario: The page's not-started example is accepted as the page shows it
    Given the page's example body for the not-started task:
      """
      {
      "taskId": 121,
      "taskName": "自动外呼任务名称",
      "taskExecStartDate": "2020-09-27",
      "taskExecEndDate": "2020-09-27",
      "taskExecTimes": [
      {
      "taskExecTimeStartStr": "11:36:00",
      "taskExecTimeEndStr": "12:35:00"
      }
      ],
      "taskDesc": "自动外呼描述",
      "skillSetId": "1462016331580064",
      "outboundNumberGroupId": "1070678044124225",
      "strategyDisplaySwitch":1,
      "sendNumberStrategy": 0,
      "abandonmentRate": 2,
      "multiplyPower": 2,
      "maxRingingDuration": 20,
      "acw": 10,
      "outboundPhoneGroups":[
      {
      "name":"外呼任务号码批次名称,如:本人、亲属、朋友",
      "identify":"default",
      "autoOutboundSwitch": 1,
      "autoOutboundInterval": 5,
      "autoOutboundTimes": 1
      }
      ]
      }
      """
    When the edit is sent
    Then the edit is accepted
    And the answer's code is the JSON string "10000" and its data is the JSON boolean true

  @rule:EX-NOT-STARTED @documented
  Scenario: The page's not-started example, as the Java client sends it (strategyDisplaySwitch true)
    Given the page's example body for the not-started task:
      """
      {
      "taskId": 121,
      "taskName": "自动外呼任务名称",
      "taskExecStartDate": "2020-09-27",
      "taskExecEndDate": "2020-09-27",
      "taskExecTimes": [{"taskExecTimeStartStr": "11:36:00", "taskExecTimeEndStr": "12:35:00"}],
      "taskDesc": "自动外呼描述",
      "skillSetId": "1462016331580064",
      "outboundNumberGroupId": "1070678044124225",
      "strategyDisplaySwitch": true,
      "sendNumberStrategy": 0,
      "abandonmentRate": 2,
      "multiplyPower": 2,
      "maxRingingDuration": 20,
      "acw": 10,
      "outboundPhoneGroups": [{"name": "外呼任务号码批次名称,如:本人、亲属、朋友", "identify": "default",
        "autoOutboundSwitch": 1, "autoOutboundInterval": 5, "autoOutboundTimes": 1}]
      }
      """
    When the edit is sent through the Java client
    Then the edit is accepted

  @rule:EX-IN-PROGRESS @documented
  Scenario Outline: The page's in-progress example is accepted as the page shows it (<task>)
    Given the page's example body for the <task>:
      """
      {
      "taskId": 121,
      "outboundNumberGroupId": "1070678044124225",
      "strategyDisplaySwitch":1,
      "sendNumberStrategy": 0,
      "abandonmentRate": 2,
      "multiplyPower": 2,
      "outboundPhoneGroups":[
      {
      "name":"外呼任务号码批次名称,如:本人、亲属、朋友",
      "identify":"default",
      "autoOutboundSwitch": 1,
      "autoOutboundInterval": 5,
      "autoOutboundTimes": 1
      }
      ]
      }
      """
    When the edit is sent
    Then the edit is accepted
    And the answer's code is the JSON string "10000" and its data is the JSON boolean true

    Examples:
      | task             |
      | in-progress task |
      | paused task      |

  @rule:EX-IN-PROGRESS @documented
  Scenario Outline: The page's in-progress example, as the generated client sends it (<task>)
    Given the page's example body for the <task>:
      """
      {"taskId": 121, "outboundNumberGroupId": "1070678044124225", "strategyDisplaySwitch": true,
       "sendNumberStrategy": 0, "abandonmentRate": 2, "multiplyPower": 2,
       "outboundPhoneGroups": [{"name": "外呼任务号码批次名称,如:本人、亲属、朋友", "identify": "default",
         "autoOutboundSwitch": 1, "autoOutboundInterval": 5, "autoOutboundTimes": 1}]}
      """
    When the edit is sent through the generated client
    Then the edit is accepted

    Examples:
      | task             |
      | in-progress task |
      | paused task      |
