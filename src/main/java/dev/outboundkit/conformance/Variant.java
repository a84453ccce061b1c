package dev.outboundkit.conformance;

/** The two request tables of the page. */
public enum Variant {
  /** 请求参数(任务状态:未开始): schema {@code NotStartedTaskEdit}. */
  NOT_STARTED("not-started", "NotStartedTaskEdit"),
  /** 请求参数(任务状态:进行中、暂停): schema {@code InProgressTaskEdit}. */
  IN_PROGRESS("in-progress", "InProgressTaskEdit");

  private final String words;
  private final String schema;

  Variant(String words, String schema) {
    this.words = words;
    this.schema = schema;
  }

  public String schema() {
    return schema;
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
    if (role.isNotStarted()) {
      return NOT_STARTED;
    }
    if (role.isInProgressOrPaused()) {
      return IN_PROGRESS;
    }
    throw new IllegalArgumentException("the page gives no request table for the " + role.words()
        + "; say which one to send: 'a valid not-started edit' or 'a valid in-progress edit'");
  }
}
