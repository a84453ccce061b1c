# Source: the page's header rows ("appId | header | String | Y | 应用ID", "timestamp | header |
# String | Y | 时间戳,毫秒", "sign | header | String | Y | 签名", "Content-Type | header | String |
# Y | application/json") and its result-code table (10000 请求成功, 10001 鉴权失败, 10002 找不到对应
# 的公钥,请先上传公钥, 20001 请求失败, 29002 参数错误, 29008 系统异常). The signing rule itself
# (SHA256withRSA over appId + timestamp, Base64) is from the vendor's other pages (NOTES.md).
@area:authentication
Feature: Authentication and result codes
  Every request carries appId, timestamp (epoch milliseconds) and sign, the Base64 of
  SHA256withRSA over appId + timestamp with the tenant's private key. Every answer is a
  CommunicateBaseVo: code (a string), message (a string) and data (whether the task was edited).

  @rule:AUTH-SIGNED @documented
  Scenario: A correctly signed edit is answered 10000 with data true
    Given a valid edit for the not-started task
    When the edit is sent
    Then the edit is accepted
    And the answer's code is the JSON string "10000" and its data is the JSON boolean true

  @rule:AUTH-BAD-SIGNATURE @documented
  Scenario Outline: A signature that does not verify is refused with 10001 (<case>)
    Given a valid edit for the not-started task
    And <tampering>
    When the edit is sent
    Then the edit is refused with code "10001"

    Examples:
      | case                                 | tampering                                                          |
      | signed with another RSA-2048 key     | the request is signed with another key                             |
      | signed over another timestamp        | the sign is computed over a timestamp 1 ms earlier than the one sent |
      | signed over another appId            | the sign is computed over another appId                            |
      | not a signature at all               | the "sign" header is "bm90LWEtc2lnbmF0dXJl"                        |
      | the page's sample sign, replayed     | the "sign" header is the page's sample signature                   |

  @rule:AUTH-UNKNOWN-APPID @documented
  Scenario: An appId with no public key uploaded is refused with 10002
    Given a valid edit for the not-started task
    And the appId is one the target does not know, signed with the tenant's key
    When the edit is sent
    Then the edit is refused with code "10002"

  @rule:AUTH-MISSING-HEADER @inferred
  Scenario Outline: An edit without the <header> header is refused
    Given a valid edit for the not-started task
    And the "<header>" header is left out
    When the edit is sent
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.missing-signing-header"

    Examples:
      | header    |
      | appId     |
      | timestamp |
      | sign      |

  @rule:AUTH-MISSING-HEADER @inferred
  Scenario Outline: An edit with an empty <header> header is refused
    Given a valid edit for the not-started task
    And the "<header>" header is ""
    When the edit is sent
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.missing-signing-header"

    Examples:
      | header    |
      | appId     |
      | timestamp |
      | sign      |

  # The page gives no window for the timestamp: how far it may be from the server's clock is a
  # reading. The window is found with read-backs, which change nothing; the edits below show, each,
  # which side of the window they fall on, and the code of a refusal.
  @rule:AUTH-TIMESTAMP @inferred
  Scenario: The timestamp window, found with read-backs
    When the timestamp window is probed with read-backs of the not-started task
    Then the target's reading of "timestamp-window" is taken

  @rule:AUTH-TIMESTAMP @inferred
  Scenario Outline: A timestamp far from the server's clock, correctly signed, falls outside the window or in it (<offset>)
    Given a valid edit for the not-started task
    And the timestamp is <offset>, correctly signed
    When the edit is sent
    Then the edit is accepted or refused, as the target's timestamp window reads it

    Examples:
      | offset                |
      | 1 hour in the past    |
      | 1 hour in the future  |
      | 1 day in the past     |

  @rule:AUTH-TIMESTAMP @inferred
  Scenario: A timestamp in seconds instead of milliseconds, correctly signed, is read as 1970 by a window
    Given a valid edit for the not-started task
    And the timestamp is sent in seconds, correctly signed
    When the edit is sent
    Then the edit is accepted or refused, as the target's timestamp window reads it

  @rule:AUTH-TIMESTAMP @inferred
  Scenario: A timestamp that is not a number, correctly signed, is no time inside a window
    Given a valid edit for the not-started task
    And the timestamp is "2026-11-24T10:00:00Z", correctly signed
    When the edit is sent
    Then the edit is accepted or refused, as the target's timestamp window reads it

  # The page says nothing of a signing header sent twice: refusing it, or reading the first, the
  # last or either copy, are all readings. Each of the two edits is held to the page all the same.
  @rule:AUTH-DUPLICATE-SIGN @inferred
  Scenario: A sign header sent twice, the valid one first and then last, shows which copy the target reads
    Given a valid edit for the not-started task
    When the edit is sent with the sign header twice, the valid one first, then again with the valid one last
    Then the target's reading of "duplicate-signing-header" is taken

  @rule:AUTH-READ-BACK @inferred
  Scenario: The read-back operation checks the signature too
    When the not-started task is read back with a request signed with another key
    Then the read-back is refused

  @rule:REQ-JSON-BODY @inferred
  Scenario Outline: A body that is not a JSON object is refused (<case>)
    Given a valid edit for the not-started task
    And the body is replaced by the text '<text>'
    When the edit is sent
    Then the edit is refused
    And the refusal's code is noted as the reading of "refusal-code.body-not-object"

    Examples:
      | case              | text                   |
      | cut short         | {"taskId": 121, "task  |
      | a JSON array      | []                     |
      | a JSON string     | "edit"                 |
      | JSON null         | null                   |
      | empty             |                        |

  # The page lists Content-Type: application/json as a header the client sends (Y); what a server
  # does without it, or with another type, it does not say. Accepting (the edit must then show) and
  # refusing (nothing may change) are both readings.
  @rule:REQ-CONTENT-TYPE @inferred
  Scenario Outline: An edit whose Content-Type is not application/json shows how the target reads it (<case>)
    Given a valid edit for the not-started task
    And <change>
    When the edit is sent
    Then the target's reading of "<silence>" is taken

    Examples:
      | case                 | change                                                   | silence              |
      | no Content-Type      | the "Content-Type" header is left out                    | content-type.missing |
      | text/plain           | the "Content-Type" header is "text/plain"                | content-type.other   |
      | bytes                | the "Content-Type" header is "application/octet-stream"  | content-type.other   |
