package dev.outboundkit.conformance.generate;

import java.util.List;

import dev.outboundkit.conformance.targets.Answer;
import dev.outboundkit.generated.model.ResultCode;

/**
 * The verdict a generated edit must get, from what it broke and the rule table alone: never from
 * a validator run on the body.
 *
 * @param accept whether the page says the edit is accepted
 * @param code the code a refusal must carry ({@link ResultCode#PARAMETER_ERROR} when every rule
 *     broken is a documented parameter rule), null for any refusal
 * @param rule the rule a wrong answer is reported under
 */
record Expectation(boolean accept, ResultCode code, String rule) {

  static Expectation accepted(String rule) {
    return new Expectation(true, null, rule);
  }

  /**
   * @param rules the rules the edit breaks, the one to report first
   */
  static Expectation refused(List<String> rules, RuleBook book) {
    boolean documented = rules.stream().allMatch(rule -> book.kind(rule) == RuleBook.Kind.DOCUMENTED);
    return new Expectation(false, documented ? ResultCode.PARAMETER_ERROR : null, rules.get(0));
  }

  /** @return what is wrong with the edit's answer, null when it is what the page says */
  String problem(Answer answer) {
    if (answer.json() == null || !answer.json().isJsonObject()) {
      return "the answer is not a JSON object: " + answer;
    }
    if (accept) {
      return answer.accepted() ? null
          : "expected the edit to be accepted (code \"" + ResultCode.SUCCESS + "\", data true), got " + answer.text();
    }
    if (answer.is(ResultCode.SUCCESS) || answer.dataIsTrue()) {
      return "expected the edit to be refused" + (code != null ? " with code " + code : "") + ", but it was accepted: "
          + answer.text();
    }
    if (code != null && !answer.is(code)) {
      return "expected the edit to be refused with code " + code + " (the page's code for this), got " + answer.text();
    }
    return null;
  }

  @Override
  public String toString() {
    return accept ? "accepted" : code != null ? "refused with " + code : "refused (any code)";
  }
}
