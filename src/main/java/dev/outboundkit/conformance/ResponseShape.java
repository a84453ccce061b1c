package dev.outboundkit.conformance;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;

import dev.outboundkit.rules.ApiSpec;
import dev.outboundkit.rules.SchemaValidator;
import dev.outboundkit.rules.ValidationMode;
import dev.outboundkit.rules.Violation;

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
    List<String> problems = new ArrayList<>();
    JsonElement json = answer.json();
    if (json == null) {
      problems.add("the answer is not JSON: " + abbreviate(answer.text()));
      return problems;
    }
    for (Violation violation : VALIDATOR.validate(json, schema, ValidationMode.CLIENT)) {
      if (violation.path().equals("code") && violation.rule().equals("enum")) {
        continue;
      }
      problems.add(violation.message());
    }
    return problems;
  }

  /** @throws AssertionError naming every problem of the answer's shape */
  static void check(Answer answer, String schema, String what) {
    List<String> problems = problems(answer, schema);
    if (!problems.isEmpty()) {
      throw new AssertionError("the " + what + " answer does not fit the spec's " + schema + ": "
          + String.join("; ", problems) + "\nanswer: " + answer);
    }
  }

  /** @return whether the code is one the spec lists */
  static boolean isKnownCode(String code) {
    return ApiSpec.bundled().schema("ResultCode").get("enum") instanceof List<?> codes
        && codes.stream().map(String::valueOf).anyMatch(code::equals);
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "(no body)";
    }
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
