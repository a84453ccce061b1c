package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.conformance.targets.Wire;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;

/**
 * Every answer checked whole, the one way for every scenario: the page's envelope (a JSON
 * object), {@code code} a JSON string and one of the page's six codes, {@code message} present and
 * a string; for a success, {@code data} as the page gives it ({@code true} for an edit, the list
 * of batches for a read-back, held to the spec's {@code PhoneGroupVo}); for a refusal, {@code data}
 * one of the readings of the one refusal-data silence (null, false, [] or none). An answer that
 * fits none of this fits no reading of the page.
 */
final class AnswerCheck {

  /** The two vendor operations, by what their answers must be. */
  enum Operation {
    EDIT("edit", "CommunicateBaseVo", Readings.Silence.REFUSAL_DATA_EDIT),
    READ_BACK("getPhoneGroups", "PhoneGroupListVo", Readings.Silence.REFUSAL_DATA_READ_BACK);

    final String words;
    final String schema;
    final Readings.Silence refusalData;

    Operation(String words, String schema, Readings.Silence refusalData) {
      this.words = words;
      this.schema = schema;
      this.refusalData = refusalData;
    }

    /** @return the operation a URL of the target names; null for another URL (a control API's) */
    static Operation of(String url) {
      String path = url.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?.*$", "");
      return path.endsWith(Wire.EDIT_PATH) ? EDIT : path.endsWith(Wire.PHONE_GROUPS_PATH) ? READ_BACK : null;
    }
  }

  /** The page's result codes, in the order of its table. */
  static final List<String> CODES = Arrays.stream(ResultCode.values()).map(ResultCode::getValue).toList();

  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());

  private AnswerCheck() {
  }

  /** @return what is wrong with the answer; empty when it fits the page */
  static List<String> problems(Answer answer, Operation operation) {
    List<String> problems = new ArrayList<>();
    JsonElement json = answer.json();
    if (json == null || !json.isJsonObject()) {
      problems.add("the answer is not the page's envelope (a JSON object with code, message and data): "
          + answer.abbreviated());
      return problems;
    }
    JsonObject object = json.getAsJsonObject();
    JsonElement code = object.get("code");
    if (code == null || !code.isJsonPrimitive() || !code.getAsJsonPrimitive().isString()) {
      problems.add("code must be a JSON string (结果码 String), was " + code);
    } else if (!CODES.contains(code.getAsString())) {
      problems.add("code " + code.getAsString() + " is none of the page's codes (" + String.join(", ", CODES) + ")");
    }
    JsonElement message = object.get("message");
    if (message == null || !message.isJsonPrimitive() || !message.getAsJsonPrimitive().isString()) {
      problems.add("message must be present and a JSON string (结果描述), was " + message);
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (answer.is(ResultCode.SUCCESS)) {
      if (operation == Operation.EDIT && !answer.dataIsTrue()) {
        problems.add("a success must carry data true (是否编辑成功), was " + object.get("data"));
      }
      for (Violation violation : VALIDATOR.validate(json, operation.schema, ValidationMode.CLIENT)) {
        problems.add(violation.message());
      }
    } else if (refusalData(answer) == null) {
      problems.add("a refusal's data must say nothing: null, false, [] or none (" + operation.refusalData.key()
          + "), was " + object.get("data"));
    }
    return problems;
  }

  /**
   * Holds the answer to the page, whole.
   *
   * @throws AssertionError naming every problem of the answer
   */
  static void whole(Answer answer, Operation operation) {
    List<String> problems = problems(answer, operation);
    if (!problems.isEmpty()) {
      throw new AssertionError("the " + operation.words + " answer fits no reading of the page: "
          + String.join("; ", problems) + "\nanswer: " + answer);
    }
  }

  /**
   * @return the refusal's data as a reading of {@link Readings.Silence#REFUSAL_DATA_EDIT} (or its
   *     read-back twin): {@code null}, {@code false}, {@code empty-array} or {@code absent}; null when
   *     it is none of them
   */
  static String refusalData(Answer answer) {
    if (answer.json() == null || !answer.json().isJsonObject()) {
      return null;
    }
    if (!answer.json().getAsJsonObject().has("data")) {
      return "absent";
    }
    JsonElement data = answer.data();
    if (data.isJsonNull()) {
      return "null";
    }
    if (data.isJsonPrimitive() && data.getAsJsonPrimitive().isBoolean() && !data.getAsBoolean()) {
      return "false";
    }
    if (data.isJsonArray() && data.getAsJsonArray().isEmpty()) {
      return "empty-array";
    }
    return null;
  }

  /** @return the codes as the page lists them, for messages */
  static String codes() {
    return CODES.stream().collect(Collectors.joining(", "));
  }
}
