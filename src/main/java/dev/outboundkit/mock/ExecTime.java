package dev.outboundkit.mock;

import java.util.Objects;

/**
 * One daily window in which a task calls (ExecTimeOpenDto).
 *
 * @param start {@code taskExecTimeStartStr}, {@code HH:mm:ss}
 * @param end {@code taskExecTimeEndStr}, {@code HH:mm:ss}
 */
public record ExecTime(String start, String end) {
  public ExecTime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
