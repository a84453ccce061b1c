package dev.outboundkit.conformance.generate;

/** The page's two request bodies, by the schema of {@code api/openapi.yaml} that holds each. */
enum Variant {
  /** 请求参数(任务状态:未开始): the full body. */
  NOT_STARTED("NotStartedTaskEdit", "NS-EDIT", "NS-REQUIRED"),
  /** 请求参数(任务状态:进行中、暂停): number group, strategy and batch. */
  IN_PROGRESS("InProgressTaskEdit", "IP-EDIT", "IP-REQUIRED");

  final String schema;
  /** The rule a valid body of this variant is held to. */
  final String editRule;
  /** The rule of this variant's required fields. */
  final String requiredRule;

  Variant(String schema, String editRule, String requiredRule) {
    this.schema = schema;
    this.editRule = editRule;
    this.requiredRule = requiredRule;
  }
}
