package dev.outboundkit.mock;

import java.util.Objects;

/**
 * A number batch of a task (PhoneGroupDto on edit, PhoneGroupVo on read-back).
 *
 * @param name 号码批次名称
 * @param identify 号码批次标识
 * @param autoOutboundSwitch 重呼设置开关, 0 off or 1 on
 * @param autoOutboundInterval 重呼间隔 in minutes; null when not set
 * @param autoOutboundTimes 重呼次数; null when not set
 */
public record PhoneGroup(String name, String identify, int autoOutboundSwitch,
    Integer autoOutboundInterval, Integer autoOutboundTimes) {
  public PhoneGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identify, "identify");
  }
}
