package dev.outboundkit.conformance.generate;

import java.util.List;

/**
 * The verdict a generated edit must get, from what it broke and the rule table alone: never from
 * a validator run on the body.
 *
 * @param accept whether the page says the edit is accepted
 * @param code the code a refusal must carry (29002 when every rule broken is a documented parameter
 *     rule), null for any refusal
 * @param rule the rule a wrong answer is reported under
 */
record Expectation(boolean accept, String code, String rule) {

  static Expectation accepted(String rule) {
    return new Expectation(true, null, rule);
  }

  /**
   * @param rules the rules the edit breaks, the one to report first
   */
  static Expectation refused(List<String> rules, RuleBook book) {
    boolean documented = rules.stream().allMatch(rule -> book.kind(rule) == RuleBook.Kind.DOCUMENTED);
    return new Expectation(false, documented ? RuleBook.PARAMETER_ERROR : null, rules.get(0));
  }

  /** @return what is wrong with the edit's answer, null when it is what the page says */
  String problem(Reply reply) {
    if (reply.json() == null) {
      return "the answer is not a JSON object: HTTP " + reply.status() + " " + reply.answer();
    }
    if (accept) {
      return reply.accepted() ? null : "expected the edit to be accepted (code \"10000\", data true), got " + reply.answer();
    }
    if (Reply.SUCCESS.equals(reply.code()) || reply.dataIsTrue()) {
      return "expected the edit to be refused" + (code != null ? " with code " + code : "") + ", but it was accepted: "
          + reply.answer();
    }
    if (code != null && !code.equals(reply.code())) {
      return "expected the edit to be refused with code " + code + " (the page's code for this), got " + reply.answer();
    }
    return null;
  }

  @Override
  public String toString() {
    return accept ? "accepted" : code != null ? "refused with " + code : "refused (any code)";
  }
}
