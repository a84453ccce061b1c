package dev.outboundkit.mock;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.generated.model.ResultCode;

/**
 * How the mock reads what the vendor's page leaves open: which result code refuses an edit of
 * a missing or completed task, a duplicate name and an unknown skill set or number group, and
 * what {@code data} a refusal carries. The defaults are the mock's own reading; the others let
 * the conformance suite be run against every reading a vendor could reasonably take.
 */
public final class Readings {

  /** What the page leaves open about a refusal's result code. */
  public enum Refusal {
    /** An edit or read-back of an id no task has. */
    MISSING_TASK,
    /** An edit of a completed task. */
    COMPLETED_TASK,
    /** A task name another task has. */
    DUPLICATE_NAME,
    /** A skill set or number group that does not exist. */
    UNKNOWN_REFERENCE
  }

  /** The {@code data} of a refusal. */
  public enum FailureData {
    /** {@code false} for an edit, {@code null} for a read-back. */
    DEFAULT,
    NULL,
    FALSE,
    /** No {@code data} member at all. */
    ABSENT,
    EMPTY_ARRAY
  }

  /** The codes a refusal may carry in these switches: the page's two refusal codes. */
  public static final Set<String> REFUSAL_CODES = Set.of(ResultCode.REQUEST_FAILED.getValue(),
      ResultCode.PARAMETER_ERROR.getValue());
  /** The same codes, in a fixed order, for messages. */
  private static final String REFUSAL_CODE_WORDS = ResultCode.REQUEST_FAILED.getValue() + " or "
      + ResultCode.PARAMETER_ERROR.getValue();

  private static final Readings DEFAULTS = new Readings(new EnumMap<>(Refusal.class), FailureData.DEFAULT);

  private final Map<Refusal, ResultCode> codes;
  private final FailureData failureData;

  private Readings(Map<Refusal, ResultCode> codes, FailureData failureData) {
    this.codes = codes;
    this.failureData = failureData;
  }

  /** @return the mock's own reading: every such refusal 20001, failure data as {@link FailureData#DEFAULT} */
  public static Readings defaults() {
    return DEFAULTS;
  }

  /**
   * @param code {@code 20001} or {@code 29002}
   * @return these readings with that refusal answered with that code
   */
  public Readings refusalCode(Refusal refusal, String code) {
    Objects.requireNonNull(refusal, "refusal");
    if (!REFUSAL_CODES.contains(code)) {
      throw new IllegalArgumentException("a refusal code is " + REFUSAL_CODE_WORDS + ", not " + code);
    }
    Map<Refusal, ResultCode> changed = new EnumMap<>(Refusal.class);
    changed.putAll(codes);
    changed.put(refusal, ResultCode.fromValue(code));
    return new Readings(changed, failureData);
  }

  /** @return these readings with refusals carrying that {@code data} */
  public Readings failureData(FailureData value) {
    return new Readings(codes, Objects.requireNonNull(value, "failureData"));
  }

  /**
   * Reads {@code SITUATION=CODE} switches and a failure-data word as the command lines write
   * them: {@code missing-task=29002}, {@code empty-array}.
   *
   * @param option the option's name, for messages
   * @throws IllegalArgumentException naming the option and the word at fault
   */
  public static Readings parse(Map<String, String> refusalCodes, String failureData, String option) {
    Readings readings = DEFAULTS;
    for (Map.Entry<String, String> entry : refusalCodes.entrySet()) {
      Refusal refusal = word(Refusal.class, entry.getKey(), option);
      if (!REFUSAL_CODES.contains(entry.getValue())) {
        throw new IllegalArgumentException(option + " " + entry.getKey() + "=" + entry.getValue()
            + ": the code is " + REFUSAL_CODE_WORDS);
      }
      readings = readings.refusalCode(refusal, entry.getValue());
    }
    return failureData == null ? readings : readings.failureData(word(FailureData.class, failureData, "failure data"));
  }

  /** @return e.g. {@code missing-task, completed-task, ...} */
  public static <E extends Enum<E>> String words(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Readings::word)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E word(Class<E> type, String text, String option) {
    for (E value : type.getEnumConstants()) {
      if (word(value).equals(text.strip())) {
        return value;
      }
    }
    throw new IllegalArgumentException(option + ": '" + text + "' is not one of " + words(type));
  }

  ResultCode code(Refusal refusal) {
    return codes.getOrDefault(refusal, ResultCode.REQUEST_FAILED);
  }

  /**
   * @param refused the default {@code data} of the refusal ({@link Answer#EDIT_REFUSED} or
   *     {@link Answer#READ_REFUSED})
   * @return the {@code data} to send, null for none
   */
  JsonElement data(JsonElement refused) {
    return switch (failureData) {
      case DEFAULT -> refused;
      case NULL -> JsonNull.INSTANCE;
      case FALSE -> new JsonPrimitive(false);
      case ABSENT -> null;
      case EMPTY_ARRAY -> new JsonArray();
    };
  }

  @Override
  public String toString() {
    return "refusal codes " + codes + ", failure data " + failureData;
  }
}
