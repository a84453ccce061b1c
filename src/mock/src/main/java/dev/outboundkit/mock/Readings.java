package dev.outboundkit.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import dev.outboundkit.generated.model.ResultCode;

/**
 * How the mock reads what the vendor's page leaves open: each {@link Silence}, one reading each.
 * The defaults are the mock's own reading; a readings file (Java properties, one
 * {@code silence=reading} line each, as {@code outboundkit conformance --write-readings} writes it
 * for a target) makes a mock that reads every silence the way that target does.
 *
 * <p>Immutable: each {@code with...} returns changed readings.
 */
public final class Readings {

  /** The word of a readings file for a silence the suite could not read; the mock keeps its default. */
  public static final String UNKNOWN = "unknown";
  /** The reading of a request the target takes as if nothing were wrong. */
  public static final String ACCEPTED = "accepted";
  /** The reading of a body member the page does not list, when the target edits all the same. */
  public static final String IGNORED = "ignored";
  /** The reading of a timestamp window the suite found no end of. */
  public static final String NO_WINDOW = "none";

  /** Every code but success: a silence's refusal may carry any of them (the page's code table). */
  public static final Set<String> REFUSAL_CODES = Arrays.stream(ResultCode.values())
      .filter(code -> code != ResultCode.SUCCESS).map(ResultCode::getValue)
      .collect(Collectors.toCollection(TreeSet::new));
  private static final String CODE_WORDS = "a refusal code (" + String.join(", ", REFUSAL_CODES) + ")";

  /** The mock's default window, in seconds: a constant, so that the enums below can use it while they are made. */
  private static final String DEFAULT_WINDOW_SECONDS = "300";

  /** What a silence's reading may be. */
  private enum Form {
    CODE, ACCEPTED_OR_CODE, IGNORED_OR_CODE, DATA, WINDOW, LENGTH_UNIT, DUPLICATE;

    /** In words; made when asked, as the codes come from the spec's ResultCode. */
    String words() {
      return switch (this) {
        case CODE -> CODE_WORDS;
        case ACCEPTED_OR_CODE -> ACCEPTED + " or " + CODE_WORDS;
        case IGNORED_OR_CODE -> IGNORED + " or " + CODE_WORDS;
        case DATA -> "null, false, absent or empty-array";
        case WINDOW -> "whole seconds or " + NO_WINDOW;
        case LENGTH_UNIT -> CODE_POINTS + " or " + UTF_16_UNITS;
        case DUPLICATE -> FIRST + ", " + LAST + ", " + EITHER + " or " + CODE_WORDS;
      };
    }
  }

  /**
   * Each thing the page leaves open that a server may read more than one way, keyed as in a
   * readings file, with the mock's default reading. {@code docs/conformance-rules.md} lists them
   * ("Silences of the page").
   */
  public enum Silence {
    /** An edit without a Content-Type header. */
    CONTENT_TYPE_MISSING("content-type.missing", Form.ACCEPTED_OR_CODE, "29002"),
    /** An edit whose Content-Type is not application/json (text/plain, application/octet-stream...). */
    CONTENT_TYPE_OTHER("content-type.other", Form.ACCEPTED_OR_CODE, "29002"),
    /** The data of a refused edit. */
    REFUSAL_DATA_EDIT("refusal-data.edit", Form.DATA, "false"),
    /** The data of a refused read-back (getPhoneGroups). */
    REFUSAL_DATA_READ_BACK("refusal-data.read-back", Form.DATA, "null"),
    /** The code of an edit of an id no task has. */
    CODE_MISSING_TASK("refusal-code.missing-task", Form.CODE, "20001"),
    /** The code of a read-back of an id no task has. */
    CODE_READ_BACK_MISSING_TASK("refusal-code.read-back-missing-task", Form.CODE, "20001"),
    /** The code of an edit of a completed task. */
    CODE_COMPLETED_TASK("refusal-code.completed-task", Form.CODE, "20001"),
    /** The code of a task name another task has. */
    CODE_DUPLICATE_NAME("refusal-code.duplicate-name", Form.CODE, "20001"),
    /** The code of a skill set that does not exist. */
    CODE_UNKNOWN_SKILL_SET("refusal-code.unknown-skill-set", Form.CODE, "20001"),
    /** The code of an outbound number group that does not exist. */
    CODE_UNKNOWN_NUMBER_GROUP("refusal-code.unknown-number-group", Form.CODE, "20001"),
    /** The code of a request without appId, timestamp or sign (or with one empty). */
    CODE_MISSING_SIGNING_HEADER("refusal-code.missing-signing-header", Form.CODE, "10001"),
    /** The code of a timestamp outside the window, or not epoch milliseconds. */
    CODE_TIMESTAMP("refusal-code.timestamp", Form.CODE, "10001"),
    /** The code of a body that is not a JSON object: not JSON at all, or another JSON value. */
    CODE_BODY_NOT_OBJECT("refusal-code.body-not-object", Form.CODE, "29002"),
    /** How far a timestamp may be from the server's clock, either side, in seconds. */
    TIMESTAMP_WINDOW("timestamp-window", Form.WINDOW, DEFAULT_WINDOW_SECONDS),
    /** What "长度:1至50" of taskName counts. */
    TASK_NAME_LENGTH_UNIT("task-name.length-unit", Form.LENGTH_UNIT, "code-points"),
    /** A signing header (appId, timestamp, sign) sent twice: which one counts, or the code refusing it. */
    DUPLICATE_SIGNING_HEADER("duplicate-signing-header", Form.DUPLICATE, "10001"),
    /** A top-level body member neither of the page's tables lists. */
    UNKNOWN_FIELD("unknown-field", Form.IGNORED_OR_CODE, IGNORED);

    private final String key;
    private final Form form;
    private final String mockDefault;

    Silence(String key, Form form, String mockDefault) {
      this.key = key;
      this.form = form;
      this.mockDefault = mockDefault;
    }

    /** @return its key in a readings file, e.g. {@code content-type.missing} */
    public String key() {
      return key;
    }

    /** @return the reading the mock takes unless told otherwise */
    public String mockDefault() {
      return mockDefault;
    }

    /** @return the readings it may take, in words, e.g. {@code accepted or a refusal code (...)} */
    public String vocabulary() {
      return form.words();
    }

    /**
     * @return the reading in its one written form ({@code 29002}, {@code accepted}, {@code 300})
     * @throws IllegalArgumentException naming the silence when the text is not one of its readings
     */
    public String canonical(String text) {
      String value = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
      boolean ok = switch (form) {
        case CODE -> REFUSAL_CODES.contains(value);
        case ACCEPTED_OR_CODE -> value.equals(ACCEPTED) || REFUSAL_CODES.contains(value);
        case IGNORED_OR_CODE -> value.equals(IGNORED) || REFUSAL_CODES.contains(value);
        case DATA -> List.of("null", "false", "absent", "empty-array").contains(value);
        case WINDOW -> value.equals(NO_WINDOW) || value.matches("[0-9]{1,9}");
        case LENGTH_UNIT -> value.equals(CODE_POINTS) || value.equals(UTF_16_UNITS);
        case DUPLICATE -> List.of(FIRST, LAST, EITHER).contains(value) || REFUSAL_CODES.contains(value);
      };
      if (!ok) {
        throw new IllegalArgumentException(key + ": '" + text.strip() + "' is not " + form.words());
      }
      return form == Form.WINDOW && !value.equals(NO_WINDOW) ? Long.toString(Long.parseLong(value)) : value;
    }

    /** @return the silence with that key */
    public static Silence of(String key) {
      return Arrays.stream(values()).filter(silence -> silence.key.equals(key.strip())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + key.strip() + "' is not a silence of the page; the"
              + " silences are " + Arrays.stream(values()).map(Silence::key).collect(Collectors.joining(", "))));
    }
  }

  /** Readings of {@link Silence#TASK_NAME_LENGTH_UNIT}. */
  public static final String CODE_POINTS = "code-points";
  public static final String UTF_16_UNITS = "utf-16-units";
  /** Readings of {@link Silence#DUPLICATE_SIGNING_HEADER} that let the request through. */
  public static final String FIRST = "first";
  public static final String LAST = "last";
  public static final String EITHER = "either";

  /** What the page leaves open about a refusal's result code: shorthands for the code silences. */
  public enum Refusal {
    /** An edit or read-back of an id no task has. */
    MISSING_TASK(Silence.CODE_MISSING_TASK, Silence.CODE_READ_BACK_MISSING_TASK),
    /** An edit of a completed task. */
    COMPLETED_TASK(Silence.CODE_COMPLETED_TASK),
    /** A task name another task has. */
    DUPLICATE_NAME(Silence.CODE_DUPLICATE_NAME),
    /** A skill set or number group that does not exist. */
    UNKNOWN_REFERENCE(Silence.CODE_UNKNOWN_SKILL_SET, Silence.CODE_UNKNOWN_NUMBER_GROUP);

    private final List<Silence> silences;

    Refusal(Silence... silences) {
      this.silences = List.of(silences);
    }
  }

  /** The {@code data} of a refusal: a shorthand for both refusal-data silences. */
  public enum FailureData {
    /** {@code false} for an edit, {@code null} for a read-back. */
    DEFAULT(Silence.REFUSAL_DATA_EDIT.mockDefault, Silence.REFUSAL_DATA_READ_BACK.mockDefault),
    NULL("null", "null"),
    FALSE("false", "false"),
    /** No {@code data} member at all. */
    ABSENT("absent", "absent"),
    EMPTY_ARRAY("empty-array", "empty-array");

    private final String edit;
    private final String readBack;

    FailureData(String edit, String readBack) {
      this.edit = edit;
      this.readBack = readBack;
    }
  }

  /** The defaults, made on first use: not while the enums above are made. */
  private static final class Defaults {
    static final Readings INSTANCE = new Readings(new EnumMap<>(Silence.class), defaultWindow());
  }

  /** Readings other than the mock's default, by silence. */
  private final Map<Silence, String> values;
  /** The timestamp window, null for none; kept as a Duration for windows that are not whole seconds. */
  private final Duration window;

  private Readings(Map<Silence, String> values, Duration window) {
    this.values = values;
    this.window = window;
  }

  private static Duration defaultWindow() {
    return Duration.ofSeconds(Long.parseLong(DEFAULT_WINDOW_SECONDS));
  }

  /** @return the mock's own reading of every silence */
  public static Readings defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * @param value one of the silence's readings ({@link Silence#vocabulary()}), or {@value #UNKNOWN}
   *     for the mock's default
   * @return these readings with that silence read that way
   * @throws IllegalArgumentException naming the silence when the value is not one of its readings
   */
  public Readings with(Silence silence, String value) {
    Objects.requireNonNull(silence, "silence");
    Map<Silence, String> changed = new EnumMap<>(Silence.class);
    changed.putAll(values);
    Duration newWindow = window;
    if (UNKNOWN.equals(value.strip())) {
      changed.remove(silence);
      if (silence == Silence.TIMESTAMP_WINDOW) {
        newWindow = defaultWindow();
      }
    } else {
      String canonical = silence.canonical(value);
      if (silence == Silence.TIMESTAMP_WINDOW) {
        newWindow = canonical.equals(NO_WINDOW) ? null : Duration.ofSeconds(Long.parseLong(canonical));
      } else if (canonical.equals(silence.mockDefault)) {
        changed.remove(silence);
      } else {
        changed.put(silence, canonical);
      }
    }
    return new Readings(changed, newWindow);
  }

  /** @return the reading of the silence: as set, else the mock's default */
  public String value(Silence silence) {
    if (silence == Silence.TIMESTAMP_WINDOW) {
      return window == null ? NO_WINDOW : window.toMillis() % 1000 == 0 ? Long.toString(window.toSeconds())
          : window.toMillis() / 1000.0 + "";
    }
    return values.getOrDefault(silence, silence.mockDefault);
  }

  /** @return each silence whose reading differs from the mock's default, with the reading, in order */
  public Map<Silence, String> changed() {
    Map<Silence, String> changed = new LinkedHashMap<>();
    for (Silence silence : Silence.values()) {
      if (!value(silence).equals(silence.mockDefault)) {
        changed.put(silence, value(silence));
      }
    }
    return changed;
  }

  /**
   * @param code one of {@link #REFUSAL_CODES}
   * @return these readings with that refusal answered with that code
   */
  public Readings refusalCode(Refusal refusal, String code) {
    Objects.requireNonNull(refusal, "refusal");
    if (!REFUSAL_CODES.contains(code)) {
      throw new IllegalArgumentException("a refusal code is one of " + String.join(", ", REFUSAL_CODES) + ", not " + code);
    }
    Readings readings = this;
    for (Silence silence : refusal.silences) {
      readings = readings.with(silence, code);
    }
    return readings;
  }

  /** @return these readings with refusals carrying that {@code data} */
  public Readings failureData(FailureData value) {
    Objects.requireNonNull(value, "failureData");
    return with(Silence.REFUSAL_DATA_EDIT, value.edit).with(Silence.REFUSAL_DATA_READ_BACK, value.readBack);
  }

  /** @return these readings with that timestamp window; null for none */
  public Readings timestampWindow(Duration value) {
    if (value != null && value.isNegative()) {
      throw new IllegalArgumentException("the timestamp window must not be negative");
    }
    return new Readings(values, value);
  }

  /**
   * Reads {@code SITUATION=CODE} switches and a failure-data word as the command lines write
   * them: {@code missing-task=29002}, {@code empty-array}: shorthands for single readings.
   *
   * @param option the option's name, for messages
   * @throws IllegalArgumentException naming the option and the word at fault
   */
  public Readings withShorthands(Map<String, String> refusalCodes, String failureData, String option) {
    Readings readings = this;
    for (Map.Entry<String, String> entry : refusalCodes.entrySet()) {
      Refusal refusal = word(Refusal.class, entry.getKey(), option);
      if (!REFUSAL_CODES.contains(entry.getValue())) {
        throw new IllegalArgumentException(option + " " + entry.getKey() + "=" + entry.getValue()
            + ": the code is one of " + String.join(", ", REFUSAL_CODES));
      }
      readings = readings.refusalCode(refusal, entry.getValue());
    }
    return failureData == null ? readings : readings.failureData(word(FailureData.class, failureData, "failure data"));
  }

  /** As {@link #withShorthands}, from the defaults. */
  public static Readings parse(Map<String, String> refusalCodes, String failureData, String option) {
    return defaults().withShorthands(refusalCodes, failureData, option);
  }

  /**
   * @param entries {@code silence=reading} pairs, {@value #UNKNOWN} for the default
   * @param source names where they come from, for messages
   * @return these readings with each of them
   * @throws IllegalArgumentException naming the source and the silence at fault
   */
  public Readings with(Map<String, String> entries, String source) {
    Readings readings = this;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      try {
        readings = readings.with(Silence.of(entry.getKey()), entry.getValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
    }
    return readings;
  }

  /**
   * Reads a readings file: Java properties, {@code silence=reading} one a line ({@code #} starts a
   * comment); a silence left out or read {@value #UNKNOWN} keeps the mock's default. Read line by
   * line rather than as {@code java.util.Properties} does, so that a mistake is named with its line.
   *
   * @throws IllegalArgumentException naming the file, the line and what is wrong with it
   */
  public static Readings load(Path file) {
    Objects.requireNonNull(file, "file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("readings " + file + ": file not found", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("readings " + file + ": cannot read it (" + e.getMessage() + ")", e);
    }
    Readings readings = defaults();
    Map<Silence, Integer> seen = new EnumMap<>(Silence.class);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String where = "readings " + file + ", line " + (i + 1);
      int separator = indexOfSeparator(line);
      if (separator < 0) {
        throw new IllegalArgumentException(where + ": '" + line + "' is not silence=reading");
      }
      try {
        Silence silence = Silence.of(line.substring(0, separator));
        Integer before = seen.put(silence, i + 1);
        if (before != null) {
          throw new IllegalArgumentException(silence.key + " is given twice (line " + before + " too)");
        }
        readings = readings.with(silence, line.substring(separator + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return readings;
  }

  /** @return where the key ends, as in a properties file: the first '=' or ':'; -1 for none */
  private static int indexOfSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }

  /**
   * The text of a readings file: a fixed header, then one {@code silence=reading} line per silence
   * in the order of {@link Silence}, {@value #UNKNOWN} where {@code readings} has none. The same
   * readings give the same text.
   */
  public static String format(Map<Silence, String> readings) {
    StringBuilder text = new StringBuilder("# How a target reads what the vendor's page leaves open (one silence a line;\n"
        + "# docs/conformance-rules.md, \"Silences of the page\"). unknown: not read; a mock keeps its default.\n"
        + "# outboundkit mock --readings FILE starts a mock that reads each silence this way.\n");
    for (Silence silence : Silence.values()) {
      String value = readings.get(silence);
      text.append(silence.key).append('=').append(value == null ? UNKNOWN : silence.canonical(value)).append('\n');
    }
    return text.toString();
  }

  /** @return every reading of these readings, as a readings file holds them */
  public String format() {
    Map<Silence, String> all = new EnumMap<>(Silence.class);
    for (Silence silence : Silence.values()) {
      all.put(silence, value(silence));
    }
    return format(all);
  }

  /** @return e.g. {@code missing-task, completed-task, ...} */
  public static <E extends Enum<E>> String words(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Readings::word).collect(Collectors.joining(", "));
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E word(Class<E> type, String text, String option) {
    for (E value : type.getEnumConstants()) {
      if (word(value).equals(text.strip())) {
        return value;
      }
    }
    throw new IllegalArgumentException(option + ": '" + text + "' is not one of " + words(type));
  }

  // ---------------------------------------------------------------- as the mock reads them

  /** @return the code of a refusal whose code is a silence */
  ResultCode code(Silence silence) {
    return ResultCode.fromValue(value(silence));
  }

  /** @return whether the request goes through as if nothing were wrong ({@value #ACCEPTED}, {@value #IGNORED}) */
  boolean letsThrough(Silence silence) {
    String value = value(silence);
    return value.equals(ACCEPTED) || value.equals(IGNORED);
  }

  /** @return the data of a refused edit or read-back, null for none */
  JsonElement data(boolean readBack) {
    return switch (value(readBack ? Silence.REFUSAL_DATA_READ_BACK : Silence.REFUSAL_DATA_EDIT)) {
      case "null" -> JsonNull.INSTANCE;
      case "false" -> new JsonPrimitive(false);
      case "empty-array" -> new JsonArray();
      default -> null; // absent
    };
  }

  /** @return the timestamp window, null for none */
  Duration timestampWindow() {
    return window;
  }

  /** @return whether taskName's length counts UTF-16 units (an emoji counts twice) */
  boolean countsUtf16Units() {
    return value(Silence.TASK_NAME_LENGTH_UNIT).equals(UTF_16_UNITS);
  }

  @Override
  public String toString() {
    Map<Silence, String> changed = changed();
    return changed.isEmpty() ? "the mock's own readings" : changed.entrySet().stream()
        .map(entry -> entry.getKey().key + "=" + entry.getValue()).collect(Collectors.joining(", "));
  }
}
