package dev.outboundkit.conformance.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A place in a body: object members and array indexes, e.g. {@code outboundPhoneGroups[0].name}.
 * The generated run and the scenarios' body steps both read and change bodies through it.
 */
public record JsonPath(List<Object> steps) {

  public static final JsonPath ROOT = new JsonPath(List.of());
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  public JsonPath {
    steps = List.copyOf(steps);
  }

  /**
   * @param text members joined by dots, each with any indexes: {@code outboundPhoneGroups[0].name}
   * @throws IllegalArgumentException when the text is not such a path
   */
  public static JsonPath parse(String text) {
    JsonPath path = ROOT;
    for (String part : text.split("\\.", -1)) {
      Matcher segment = SEGMENT.matcher(part);
      if (!segment.matches()) {
        throw new IllegalArgumentException("not a field path: " + text);
      }
      path = path.member(segment.group(1));
      Matcher index = INDEX.matcher(segment.group(2));
      while (index.find()) {
        path = path.index(Integer.parseInt(index.group(1)));
      }
    }
    return path;
  }

  public JsonPath member(String name) {
    List<Object> more = new ArrayList<>(steps);
    more.add(name);
    return new JsonPath(more);
  }

  public JsonPath index(int index) {
    List<Object> more = new ArrayList<>(steps);
    more.add(index);
    return new JsonPath(more);
  }

  private JsonPath parent() {
    return new JsonPath(steps.subList(0, steps.size() - 1));
  }

  private Object last() {
    return steps.get(steps.size() - 1);
  }

  /** @return the name of the field the path ends in (its last member name) */
  public String field() {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i) instanceof String name) {
        return name;
      }
    }
    return "";
  }

  /** @return whether one path lies inside the other (or they are the same) */
  public boolean overlaps(JsonPath other) {
    int common = Math.min(steps.size(), other.steps.size());
    return steps.subList(0, common).equals(other.steps.subList(0, common));
  }

  /** @return the value there, null when the path leads nowhere */
  public JsonElement get(JsonElement root) {
    JsonElement at = root;
    for (Object step : steps) {
      if (step instanceof String name) {
        if (at == null || !at.isJsonObject()) {
          return null;
        }
        at = at.getAsJsonObject().get(name);
      } else {
        int index = (Integer) step;
        if (at == null || !at.isJsonArray() || at.getAsJsonArray().size() <= index) {
          return null;
        }
        at = at.getAsJsonArray().get(index);
      }
    }
    return at;
  }

  /**
   * Sets the value; a Java null removes it.
   *
   * @return false when there is no such place: no parent, or no member or entry to remove
   */
  public boolean set(JsonElement root, JsonElement value) {
    JsonElement parent = parent().get(root);
    Object last = last();
    if (last instanceof String name && parent != null && parent.isJsonObject()) {
      JsonObject object = parent.getAsJsonObject();
      if (value == null) {
        return object.remove(name) != null;
      }
      object.add(name, value);
      return true;
    }
    if (last instanceof Integer index && parent != null && parent.isJsonArray()
        && parent.getAsJsonArray().size() > index) {
      JsonArray array = parent.getAsJsonArray();
      if (value == null) {
        array.remove((int) index);
      } else {
        array.set(index, value);
      }
      return true;
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof String name) {
        text.append(text.length() == 0 ? "" : ".").append(name);
      } else {
        text.append('[').append(step).append(']');
      }
    }
    return text.length() == 0 ? "(the body)" : text.toString();
  }
}
