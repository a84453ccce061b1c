package dev.outboundkit.spec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;

/**
 * The spec's two temporal forms: {@code format: date} as RFC 3339 full-date (exactly four year
 * digits, no sign, a real day) and the daily time HH:mm:ss. {@link DateTimeFormatter} alone
 * accepts {@code +002020-09-27} and {@code -2020-09-27}, so the shape is matched first.
 */
final class Temporal {
  private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern TIME_OF_DAY = Pattern.compile("[0-9]{2}:[0-9]{2}:[0-9]{2}");
  // STRICT with "uuuu" refuses 2021-02-30 rather than moving it to 02-28.
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private Temporal() {
  }

  /** @return the day, or null when the text is not an RFC 3339 full-date */
  static LocalDate date(String text) {
    if (!FULL_DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** @return the time, or null when the text is not HH:mm:ss on a 24-hour clock */
  static LocalTime time(String text) {
    if (!TIME_OF_DAY.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalTime.parse(text, TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** @return the order of two dates or two times, or null when they are not both one of those */
  static Integer compare(JsonElement first, JsonElement then) {
    if (!isString(first) || !isString(then)) {
      return null;
    }
    String a = first.getAsString();
    String b = then.getAsString();
    LocalDate dateA = date(a);
    LocalDate dateB = date(b);
    if (dateA != null && dateB != null) {
      return dateA.compareTo(dateB);
    }
    LocalTime timeA = time(a);
    LocalTime timeB = time(b);
    return timeA != null && timeB != null ? timeA.compareTo(timeB) : null;
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }
}
