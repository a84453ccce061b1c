package dev.outboundkit.conformance.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.FeatureFiles;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;

/**
 * Holds {@code features/field-constraints.feature}, whose limits are written out as literals
 * (they document the page), to the limits of {@code api/openapi.yaml}:
 * <ul>
 * <li>every scenario's expected outcome is what the spec says of the body its steps build;</li>
 * <li>every limit of the spec (minimum, maximum, Integer's top, enum, minLength, maxLength,
 *     minItems, maxItems) is tried on both sides, and every number tried is such an edge or a
 *     plain valid value.</li>
 * </ul>
 * A limit changed in the spec and not in the feature fails here, naming the field.
 */
class FieldConstraintsSpecTest {
  private static final String FEATURE = "field-constraints.feature";
  private static final ApiSpec SPEC = ApiSpec.bundled();
  private static final Pattern VALID_EDIT = Pattern.compile("^a valid (?:(not-started|in-progress) )?edit for the (.+)$");
  private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  /** A limit of the spec on one field, and the values that sit on its edges. */
  private record Edges(String path, String what, Set<BigInteger> values) {
  }

  @Test
  void everyScenarioExpectsWhatTheSpecSays() {
    SchemaValidator validator = new SchemaValidator(SPEC);
    List<String> disagreements = new ArrayList<>();
    List<FeatureFiles.Scenario> scenarios = FeatureFiles.of(FEATURE);
    assertThat(scenarios).isNotEmpty();
    for (FeatureFiles.Scenario scenario : scenarios) {
      Variant variant = null;
      JsonObject body = null;
      Boolean expectAccepted = null;
      boolean reading = false;
      for (String step : scenario.steps()) {
        Matcher start = VALID_EDIT.matcher(step);
        if (start.matches()) {
          TaskRole role = TaskRole.of(start.group(2));
          variant = start.group(1) != null ? Variant.of(start.group(1)) : Variant.forRole(role);
          body = Bodies.valid(variant, 121, "conformance", "1462016331580064", "1070678044124225", "batch",
              LocalDate.of(2026, 11, 24));
        } else if (step.equals("the edit is accepted")) {
          expectAccepted = true;
        } else if (step.startsWith("the edit is refused")) {
          expectAccepted = false;
        } else if (step.startsWith("the target's reading of")) {
          reading = true; // a silence: either outcome is a reading, none is the spec's to say
        } else if (!step.equals("the edit is sent") && !Bodies.applyStep(body, step)) {
          disagreements.add(scenario + ": step not understood by this check: " + step);
        }
      }
      assertThat(body).as("%s starts with a valid edit", scenario).isNotNull();
      if (reading) {
        continue;
      }
      assertThat(expectAccepted).as("%s ends with accepted or refused", scenario).isNotNull();
      List<?> violations = validator.validate(body, variant.schema(), ValidationMode.SERVER);
      if (expectAccepted != violations.isEmpty()) {
        disagreements.add(scenario + ": expects " + (expectAccepted ? "accepted" : "refused") + " but the spec says "
            + (violations.isEmpty() ? "the body is valid" : violations));
      }
    }
    assertThat(disagreements).as("scenarios of %s that disagree with api/openapi.yaml", FEATURE).isEmpty();
  }

  @Test
  void everyLimitOfTheSpecIsTriedOnBothSides() {
    Map<String, Edges> edges = new TreeMap<>();
    for (Variant variant : Variant.values()) {
      collectEdges(SPEC.schema(variant.schema()), "", edges);
    }
    assertThat(edges).as("limits found in the spec").containsKeys("acw", "taskName", "outboundPhoneGroups",
        "outboundPhoneGroups[].autoOutboundInterval");

    Map<String, Set<BigInteger>> tried = triedValues();
    List<String> problems = new ArrayList<>();
    for (Edges edge : edges.values()) {
      Set<BigInteger> used = tried.getOrDefault(edge.path(), Set.of());
      Set<BigInteger> missing = new TreeSet<>(edge.values());
      missing.removeAll(used);
      if (!missing.isEmpty()) {
        problems.add(edge.path() + " (" + edge.what() + "): the feature never tries " + missing);
      }
    }
    for (Map.Entry<String, Set<BigInteger>> field : tried.entrySet()) {
      Edges edge = edges.get(field.getKey());
      if (edge == null) {
        continue; // a field without a numeric limit (e.g. a date): its own scenarios cover it
      }
      for (BigInteger value : field.getValue()) {
        if (!edge.values().contains(value) && !inside(edge, value)) {
          problems.add(field.getKey() + " (" + edge.what() + "): " + value + " is neither an edge "
              + edge.values() + " nor a valid value");
        }
      }
    }
    assertThat(problems).as("limits of api/openapi.yaml not matched by %s", FEATURE).isEmpty();
  }

  @Test
  void everyRequiredFieldIsTriedMissing() {
    Map<String, Set<String>> removed = new TreeMap<>();
    for (FeatureFiles.Scenario scenario : FeatureFiles.all()) {
      if (!scenario.rules().contains("NS-REQUIRED") && !scenario.rules().contains("IP-REQUIRED")) {
        continue;
      }
      String table = scenario.rules().contains("NS-REQUIRED") ? Variant.NOT_STARTED.schema() : Variant.IN_PROGRESS.schema();
      for (String step : scenario.steps()) {
        Matcher remove = Pattern.compile(Bodies.REMOVE).matcher(step);
        if (remove.matches()) {
          removed.computeIfAbsent(table, t -> new TreeSet<>()).add(remove.group(1).replaceAll("\\[\\d+]", "[]"));
        }
      }
    }
    for (Variant variant : Variant.values()) {
      Set<String> required = new TreeSet<>();
      collectRequired(SPEC.schema(variant.schema()), "", required);
      assertThat(removed.getOrDefault(variant.schema(), Set.of()))
          .as("required fields of %s (api/openapi.yaml) tried missing in features/*.feature", variant.schema())
          .containsAll(required);
    }
  }

  // ------------------------------------------------------------------ the spec's limits

  private static void collectEdges(Map<String, Object> schema, String path, Map<String, Edges> out) {
    Map<String, Object> resolved = SPEC.resolve(schema);
    String type = String.valueOf(resolved.get("type"));
    switch (type) {
      case "object" -> {
        Object properties = resolved.get("properties");
        if (properties instanceof Map<?, ?> map) {
          map.forEach((name, node) -> collectEdges(cast(node), join(path, String.valueOf(name)), out));
        }
      }
      case "array" -> {
        Set<BigInteger> values = around(resolved.get("minItems"), resolved.get("maxItems"), null);
        if (!values.isEmpty()) {
          out.put(path, new Edges(path, "items " + resolved.get("minItems") + ".." + resolved.get("maxItems"), values));
        }
        if (resolved.get("items") != null) {
          collectEdges(cast(resolved.get("items")), path + "[]", out);
        }
      }
      case "string" -> {
        Set<BigInteger> values = around(resolved.get("minLength"), resolved.get("maxLength"), null);
        if (!values.isEmpty()) {
          out.put(path, new Edges(path, "length " + resolved.get("minLength") + ".." + resolved.get("maxLength"), values));
        }
      }
      case "integer" -> {
        if (resolved.get("enum") instanceof List<?> allowed) {
          Set<BigInteger> values = new TreeSet<>();
          allowed.forEach(value -> values.add(new BigInteger(String.valueOf(value))));
          values.add(((TreeSet<BigInteger>) values).first().subtract(BigInteger.ONE));
          values.add(((TreeSet<BigInteger>) values).last().add(BigInteger.ONE));
          out.put(path, new Edges(path, "enum " + allowed, values));
        } else {
          Object top = resolved.get("maximum") == null && "int32".equals(resolved.get("format")) ? INT32_MAX : null;
          Set<BigInteger> values = around(resolved.get("minimum"), resolved.get("maximum"), top);
          if (!values.isEmpty()) {
            out.put(path, new Edges(path, "range " + resolved.get("minimum") + ".."
                + (resolved.get("maximum") != null ? resolved.get("maximum") : top != null ? "int32 " + top : ""), values));
          }
        }
      }
      default -> {
        // booleans, untyped: no numeric limit
      }
    }
  }

  private static Set<BigInteger> around(Object min, Object max, Object implicitMax) {
    Set<BigInteger> values = new TreeSet<>();
    if (min != null) {
      BigInteger low = new BigInteger(String.valueOf(min));
      if (low.signum() > 0) {
        values.add(low.subtract(BigInteger.ONE));
      }
      values.add(low);
    }
    Object high = max != null ? max : implicitMax;
    if (high != null) {
      BigInteger top = new BigInteger(String.valueOf(high));
      values.add(top);
      values.add(top.add(BigInteger.ONE));
    }
    return values;
  }

  private static boolean inside(Edges edge, BigInteger value) {
    BigInteger low = edge.values().stream().min(BigInteger::compareTo).orElseThrow();
    BigInteger high = edge.values().stream().max(BigInteger::compareTo).orElseThrow();
    return value.compareTo(low) > 0 && value.compareTo(high) < 0;
  }

  private static void collectRequired(Map<String, Object> schema, String path, Set<String> out) {
    Map<String, Object> resolved = SPEC.resolve(schema);
    if (resolved.get("required") instanceof List<?> required) {
      required.forEach(name -> out.add(join(path, String.valueOf(name))));
    }
    if (resolved.get("properties") instanceof Map<?, ?> properties) {
      properties.forEach((name, node) -> {
        Map<String, Object> property = SPEC.resolve(cast(node));
        if ("array".equals(property.get("type")) && property.get("items") != null) {
          collectRequired(cast(property.get("items")), join(path, String.valueOf(name)) + "[]", out);
        }
      });
    }
  }

  // ------------------------------------------------------------------ what the feature tries

  /** @return per field path (entries as {@code []}), the integers, lengths and counts tried */
  private static Map<String, Set<BigInteger>> triedValues() {
    Map<String, Set<BigInteger>> tried = new TreeMap<>();
    Pattern set = Pattern.compile(Bodies.SET);
    Pattern repeat = Pattern.compile(Bodies.REPEAT);
    Pattern holds = Pattern.compile(Bodies.HOLDS);
    for (FeatureFiles.Scenario scenario : FeatureFiles.of(FEATURE)) {
      for (String step : scenario.steps()) {
        Matcher m = repeat.matcher(step);
        if (m.matches()) {
          add(tried, m.group(1), new BigInteger(m.group(2)));
          continue;
        }
        m = holds.matcher(step);
        if (m.matches()) {
          add(tried, m.group(1), new BigInteger(m.group(2)));
          continue;
        }
        m = set.matcher(step);
        if (m.matches()) {
          JsonElement value = Bodies.literal(m.group(2));
          if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
              && value.getAsString().matches("-?\\d+")) {
            add(tried, m.group(1), new BigInteger(value.getAsString()));
          }
        }
      }
    }
    return tried;
  }

  private static void add(Map<String, Set<BigInteger>> tried, String path, BigInteger value) {
    tried.computeIfAbsent(path.replaceAll("\\[\\d+]", "[]"), p -> new TreeSet<>()).add(value);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object node) {
    return (Map<String, Object>) node;
  }
}
