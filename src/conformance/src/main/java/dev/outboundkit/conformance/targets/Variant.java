package dev.outboundkit.conformance.targets;

/** The two request tables of the page, by the schema of {@code api/openapi.yaml} that holds each. */
public enum Variant {
  /** 请求参数(任务状态:未开始): the full body. */
  NOT_STARTED("not-started", "NotStartedTaskEdit", "NS-EDIT", "NS-REQUIRED"),
  /** 请求参数(任务状态:进行中、暂停): number group, strategy and batch. */
  IN_PROGRESS("in-progress", "InProgressTaskEdit", "IP-EDIT", "IP-REQUIRED");

  private final String words;
  private final String schema;
  private final String editRule;
  private final String requiredRule;

  Variant(String words, String schema, String editRule, String requiredRule) {
    this.words = words;
    this.schema = schema;
    this.editRule = editRule;
    this.requiredRule = requiredRule;
  }

  public String schema() {
    return schema;
  }

  /** @return the rule (of the rule catalogue) a valid body of this variant is held to */
  public String editRule() {
    return editRule;
  }

  /** @return the rule (of the rule catalogue) of this variant's required fields */
  public String requiredRule() {
    return requiredRule;
  }

  public static Variant of(String words) {
    for (Variant variant : values()) {
      if (variant.words.equals(words)) {
        return variant;
      }
    }
    throw new IllegalArgumentException("no request variant '" + words + "'");
  }

  /** @return the table the page gives for a task in that role */
  public static Variant forRole(TaskRole role) {
    if (role.variant() != null) {
      return role.variant();
    }
    throw new IllegalArgumentException("the page gives no request table for the " + role.words()
        + "; say which one to send: 'a valid not-started edit' or 'a valid in-progress edit'");
  }
}
