package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonElement;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.exception.Violation;
import dev.outboundkit.generated.model.ResultCode;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;

/**
 * Holds every answer to the spec's response schemas: {@code CommunicateBaseVo} for the edit
 * (code a string, message a string, data a boolean or null) and {@code PhoneGroupListVo} for
 * the read-back (data a list of batches or null). A code outside the spec's list is not a
 * shape error (the list may grow: a client keeps such a code); scenarios that expect a
 * documented code check it themselves.
 */
final class ResponseShape {
  static final String EDIT_SCHEMA = "CommunicateBaseVo";
  static final String READ_BACK_SCHEMA = "PhoneGroupListVo";

  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());

  private ResponseShape() {
  }

  /** @return what is wrong with the answer's shape; empty when it fits the schema */
  static List<String> problems(Answer answer, String schema) {
    return problems(answer, schema, false);
  }

  /**
   * @param refusal whether the answer refuses: then {@code data} is left out of the check, as
   *     the page says nothing of a failure's data (rule FA-DATA-SHAPE reports it)
   */
  private static List<String> problems(Answer answer, String schema, boolean refusal) {
    List<String> problems = new ArrayList<>();
    JsonElement json = answer.json();
    if (json == null) {
      problems.add("the answer is not JSON: " + answer.abbreviated());
      return problems;
    }
    for (Violation violation : VALIDATOR.validate(json, schema, ValidationMode.CLIENT)) {
      if (violation.path().equals("code") && violation.rule().equals("enum")) {
        continue;
      }
      if (refusal && (violation.path().equals("data") || violation.path().startsWith("data.")
          || violation.path().startsWith("data["))) {
        continue;
      }
      problems.add(violation.message());
    }
    return problems;
  }

  /**
   * Holds the answer to the schema: all of it for a success ({@link ResultCode#SUCCESS}), all but
   * {@code data} for a refusal.
   *
   * @throws AssertionError naming every problem of the answer's shape
   */
  static void check(Answer answer, String schema, String what) {
    List<String> problems = problems(answer, schema, !answer.is(ResultCode.SUCCESS));
    if (!problems.isEmpty()) {
      throw new AssertionError("the " + what + " answer does not fit the spec's " + schema + ": "
          + String.join("; ", problems) + "\nanswer: " + answer);
    }
  }

  /** @return whether the code is one the spec lists */
  static boolean isKnownCode(String code) {
    return Arrays.stream(ResultCode.values()).anyMatch(known -> known.getValue().equals(code));
  }
}
