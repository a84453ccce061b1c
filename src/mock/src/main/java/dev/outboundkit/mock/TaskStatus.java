package dev.outboundkit.mock;

/** The status of an automatic outbound-call task, as the vendor's pages name them. */
public enum TaskStatus {
  /** 未开始: every setting may be edited ({@code NotStartedTaskEdit}). */
  NOT_STARTED,
  /** 进行中: number group, strategy and number batch may be edited ({@code InProgressTaskEdit}). */
  IN_PROGRESS,
  /** 暂停: as {@link #IN_PROGRESS}. */
  PAUSED,
  /** 已完成: nothing may be edited; an edit is refused with 20001. */
  COMPLETED
}
