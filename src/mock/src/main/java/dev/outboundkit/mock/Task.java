package dev.outboundkit.mock;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one task held by the mock: its id, its status, the two counts an edit
 * never changes, and its fields. The mock replaces a task's snapshot as a whole, so a snapshot is
 * never half of one edit and half of another.
 *
 * <p>The fields are those of the spec's {@code NotStartedTaskEdit} (all but {@code taskId}),
 * held as JSON values by name: the mock takes their names, limits and which may be unset from the
 * spec it enforces, so a property the spec gains is stored with no change here. A field that is
 * not set is absent ({@link #field(String)} is empty). The JSON form (fixtures, control API) is
 * described in {@code docs/mock.md}.
 *
 * <pre>{@code
 * Task task = Task.builder().id(500).status(TaskStatus.NOT_STARTED)
 *     .set("taskName", "another").set("acw", 30)
 *     ...
 *     .build();
 * Task renamed = task.toBuilder().set(Task.TASK_NAME, "renamed").unset("taskDesc").build();
 * }</pre>
 *
 * <p>Values are copied in and out: no caller can change a snapshot another sees. Numbers are held
 * by value ({@code 30}, {@code 30.0} and {@code 3e1} are one value), so equal tasks are equal.
 */
public final class Task {

  /** 任务名称: unique among the mock's tasks. */
  public static final String TASK_NAME = "taskName";
  /** 技能组id: must name a skill set of the fixtures. */
  public static final String SKILL_SET_ID = "skillSetId";
  /** 外呼号码组id: must name a number group of the fixtures. */
  public static final String OUTBOUND_NUMBER_GROUP_ID = "outboundNumberGroupId";
  /** 号码批次: what the read-back (getPhoneGroups) shows. */
  public static final String OUTBOUND_PHONE_GROUPS = "outboundPhoneGroups";

  private final long id;
  private final TaskStatus status;
  /** Never handed out and never changed: every value canonical, none null. */
  private final JsonObject fields;
  private final int customerCount;
  private final int agentCount;

  private Task(Builder builder) {
    this.id = builder.id;
    this.status = Objects.requireNonNull(builder.status, "status");
    if (builder.customerCount < 0 || builder.agentCount < 0) {
      throw new IllegalArgumentException("customerCount and agentCount must not be negative");
    }
    this.customerCount = builder.customerCount;
    this.agentCount = builder.agentCount;
    this.fields = builder.fields;
    builder.shared = true;
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this snapshot's values, to make a changed copy */
  public Builder toBuilder() {
    Builder builder = new Builder().id(id).status(status).customerCount(customerCount).agentCount(agentCount);
    builder.fields = fields;
    builder.shared = true;
    return builder;
  }

  /** @return 任务id */
  public long id() {
    return id;
  }

  /** @return the task's status */
  public TaskStatus status() {
    return status;
  }

  /** @return how many customers (名单) the task has; an edit never changes it */
  public int customerCount() {
    return customerCount;
  }

  /** @return how many agents are assigned (坐席分配名单); an edit never changes it */
  public int agentCount() {
    return agentCount;
  }

  /**
   * @param name a field of the edit body, e.g. {@code acw}
   * @return a copy of its value, empty when the task has it unset
   */
  public Optional<JsonElement> field(String name) {
    JsonElement value = fields.get(Objects.requireNonNull(name, "name"));
    return value == null ? Optional.empty() : Optional.of(value.deepCopy());
  }

  /** @return a copy of every field that is set, by name */
  public JsonObject fields() {
    return fields.deepCopy();
  }

  /** @return {@value #TASK_NAME}, null when not set */
  public String taskName() {
    return text(TASK_NAME);
  }

  /** @return {@value #SKILL_SET_ID}, null when not set */
  public String skillSetId() {
    return text(SKILL_SET_ID);
  }

  /** @return {@value #OUTBOUND_NUMBER_GROUP_ID}, null when not set */
  public String outboundNumberGroupId() {
    return text(OUTBOUND_NUMBER_GROUP_ID);
  }

  private String text(String name) {
    JsonElement value = fields.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Task task && id == task.id && status == task.status
        && customerCount == task.customerCount && agentCount == task.agentCount && fields.equals(task.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, customerCount, agentCount, fields);
  }

  @Override
  public String toString() {
    return "Task{id=" + id + ", status=" + status + ", fields=" + fields + ", customerCount=" + customerCount
        + ", agentCount=" + agentCount + "}";
  }

  /**
   * @return a copy of the value with every number held by value: an integral one as a
   *     {@code long} (a {@code BigInteger} beyond it), any other as a {@code BigDecimal}
   */
  static JsonElement canonical(JsonElement value) {
    if (value.isJsonObject()) {
      JsonObject copy = new JsonObject();
      for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
        copy.add(member.getKey(), canonical(member.getValue()));
      }
      return copy;
    }
    if (value.isJsonArray()) {
      JsonArray copy = new JsonArray(value.getAsJsonArray().size());
      value.getAsJsonArray().forEach(item -> copy.add(canonical(item)));
      return copy;
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      return new JsonPrimitive(number(value.getAsBigDecimal()));
    }
    return value.deepCopy();
  }

  private static Number number(BigDecimal number) {
    if (number.signum() == 0) {
      return 0L;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return stripped;
    }
    BigInteger integer = stripped.toBigIntegerExact();
    return integer.bitLength() < Long.SIZE ? (Number) integer.longValue() : integer;
  }

  /** Builds {@link Task}s; a status is required, every field is optional until the mock checks it. */
  public static final class Builder {
    private long id;
    private TaskStatus status;
    private int customerCount;
    private int agentCount;
    private JsonObject fields = new JsonObject();
    /** Whether a task holds {@link #fields} too: copied before the next change (copy on write). */
    private boolean shared;

    private Builder() {
    }

    /**
     * The members only are copied: no value is ever changed in place once held ({@link #set}
     * stores a copy, a task hands out copies), so a task and a builder may share them.
     */
    private JsonObject ownFields() {
      if (shared) {
        JsonObject own = new JsonObject();
        fields.entrySet().forEach(member -> own.add(member.getKey(), member.getValue()));
        fields = own;
        shared = false;
      }
      return fields;
    }

    public Builder id(long value) {
      id = value;
      return this;
    }

    public Builder status(TaskStatus value) {
      status = Objects.requireNonNull(value, "status");
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

    /**
     * Sets a field to a copy of a JSON value; null or JSON null unsets it.
     *
     * @param name a field of the edit body, e.g. {@code outboundPhoneGroups}
     */
    public Builder set(String name, JsonElement value) {
      Objects.requireNonNull(name, "name");
      if (value == null || value.isJsonNull()) {
        ownFields().remove(name);
      } else {
        ownFields().add(name, canonical(value));
      }
      return this;
    }

    /** Sets a text field; null unsets it. */
    public Builder set(String name, String value) {
      return set(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
    }

    /** Sets a number field; null unsets it. */
    public Builder set(String name, Number value) {
      return set(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
    }

    /** Sets a true/false field. */
    public Builder set(String name, boolean value) {
      return set(name, new JsonPrimitive(value));
    }

    /** Unsets a field. */
    public Builder unset(String name) {
      ownFields().remove(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** @throws NullPointerException when no status is set */
    public Task build() {
      return new Task(this);
    }
  }
}
