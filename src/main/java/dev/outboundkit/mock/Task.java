package dev.outboundkit.mock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An immutable snapshot of one task held by the mock: every field of the edit page, its status,
 * and the two counts an edit never changes. The mock replaces a task's snapshot as a whole, so
 * a snapshot is never half of one edit and half of another.
 *
 * <p>Field names follow the edit body; the JSON form (fixtures, control API) is described in
 * {@code docs/mock.md}.
 *
 * @param id 任务id
 * @param status the task's status
 * @param taskName 任务名称, unique among the mock's tasks
 * @param taskExecStartDate 任务开始时间
 * @param taskExecEndDate 任务结束时间
 * @param taskExecTimes 任务拨打时间段
 * @param taskDesc 任务描述, null when not set
 * @param skillSetId 技能组id
 * @param outboundNumberGroupId 外呼号码组id
 * @param strategyDisplaySwitch 策略外显开关
 * @param sendNumberStrategy 送号策略, 0 by multiplier or 1 predictive
 * @param multiplyPower 倍率值, null when not set
 * @param abandonmentRate 放弃率, null when not set
 * @param outboundPhoneGroups 号码批次
 * @param maxRingingDuration 最大振铃时间, seconds
 * @param acw 话后时长, seconds
 * @param customerCount how many customers (名单) the task has; an edit never changes it
 * @param agentCount how many agents are assigned (坐席分配名单); an edit never changes it
 */
public record Task(
    long id,
    TaskStatus status,
    String taskName,
    LocalDate taskExecStartDate,
    LocalDate taskExecEndDate,
    List<ExecTime> taskExecTimes,
    String taskDesc,
    String skillSetId,
    String outboundNumberGroupId,
    boolean strategyDisplaySwitch,
    int sendNumberStrategy,
    Integer multiplyPower,
    Integer abandonmentRate,
    List<PhoneGroup> outboundPhoneGroups,
    int maxRingingDuration,
    int acw,
    int customerCount,
    int agentCount) {

  public Task {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(taskName, "taskName");
    Objects.requireNonNull(taskExecStartDate, "taskExecStartDate");
    Objects.requireNonNull(taskExecEndDate, "taskExecEndDate");
    taskExecTimes = List.copyOf(Objects.requireNonNull(taskExecTimes, "taskExecTimes"));
    Objects.requireNonNull(skillSetId, "skillSetId");
    Objects.requireNonNull(outboundNumberGroupId, "outboundNumberGroupId");
    outboundPhoneGroups = List.copyOf(Objects.requireNonNull(outboundPhoneGroups, "outboundPhoneGroups"));
    if (customerCount < 0 || agentCount < 0) {
      throw new IllegalArgumentException("customerCount and agentCount must not be negative");
    }
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this snapshot's values, to make a changed copy */
  public Builder toBuilder() {
    return new Builder()
        .id(id).status(status).taskName(taskName)
        .taskExecStartDate(taskExecStartDate).taskExecEndDate(taskExecEndDate)
        .taskExecTimes(taskExecTimes).taskDesc(taskDesc).skillSetId(skillSetId)
        .outboundNumberGroupId(outboundNumberGroupId).strategyDisplaySwitch(strategyDisplaySwitch)
        .sendNumberStrategy(sendNumberStrategy).multiplyPower(multiplyPower)
        .abandonmentRate(abandonmentRate).outboundPhoneGroups(outboundPhoneGroups)
        .maxRingingDuration(maxRingingDuration).acw(acw)
        .customerCount(customerCount).agentCount(agentCount);
  }

  /** Builds {@link Task}s; {@link #build()} checks that the required fields are set. */
  public static final class Builder {
    private long id;
    private TaskStatus status;
    private String taskName;
    private LocalDate taskExecStartDate;
    private LocalDate taskExecEndDate;
    private List<ExecTime> taskExecTimes;
    private String taskDesc;
    private String skillSetId;
    private String outboundNumberGroupId;
    private boolean strategyDisplaySwitch;
    private int sendNumberStrategy;
    private Integer multiplyPower;
    private Integer abandonmentRate;
    private List<PhoneGroup> outboundPhoneGroups;
    private int maxRingingDuration;
    private int acw;
    private int customerCount;
    private int agentCount;

    private Builder() {
    }

    public Builder id(long value) {
      id = value;
      return this;
    }

    public Builder status(TaskStatus value) {
      status = value;
      return this;
    }

    public Builder taskName(String value) {
      taskName = value;
      return this;
    }

    public Builder taskExecStartDate(LocalDate value) {
      taskExecStartDate = value;
      return this;
    }

    public Builder taskExecEndDate(LocalDate value) {
      taskExecEndDate = value;
      return this;
    }

    public Builder taskExecTimes(List<ExecTime> value) {
      taskExecTimes = value;
      return this;
    }

    public Builder taskDesc(String value) {
      taskDesc = value;
      return this;
    }

    public Builder skillSetId(String value) {
      skillSetId = value;
      return this;
    }

    public Builder outboundNumberGroupId(String value) {
      outboundNumberGroupId = value;
      return this;
    }

    public Builder strategyDisplaySwitch(boolean value) {
      strategyDisplaySwitch = value;
      return this;
    }

    public Builder sendNumberStrategy(int value) {
      sendNumberStrategy = value;
      return this;
    }

    public Builder multiplyPower(Integer value) {
      multiplyPower = value;
      return this;
    }

    public Builder abandonmentRate(Integer value) {
      abandonmentRate = value;
      return this;
    }

    public Builder outboundPhoneGroups(List<PhoneGroup> value) {
      outboundPhoneGroups = value;
      return this;
    }

    public Builder maxRingingDuration(int value) {
      maxRingingDuration = value;
      return this;
    }

    public Builder acw(int value) {
      acw = value;
      return this;
    }

    public Builder customerCount(int value) {
      customerCount = value;
      return this;
    }

    public Builder agentCount(int value) {
      agentCount = value;
      return this;
    }

    public Task build() {
      return new Task(id, status, taskName, taskExecStartDate, taskExecEndDate, taskExecTimes,
          taskDesc, skillSetId, outboundNumberGroupId, strategyDisplaySwitch, sendNumberStrategy,
          multiplyPower, abandonmentRate, outboundPhoneGroups, maxRingingDuration, acw,
          customerCount, agentCount);
    }
  }
}
