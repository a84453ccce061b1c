package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.TargetFacts;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;

/**
 * The generators agree with the spec: every valid body keeps it, every schema violation breaks
 * it, and together they reach the space the issue asks for. (The spec's validator is used here to
 * test the generators only; a generated case's verdict never comes from it.)
 */
class GeneratorsTest {
  private static final SpecRules SPEC = new SpecRules(ApiSpec.bundled());
  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());
  private static final TargetFacts FACTS = TargetFacts.of(Fixtures.defaults());
  private static final RuleBook BOOK = RuleBook.load(GeneratedConformanceIT.RULES);
  /** Rules that are about the target's state, not the body: the spec cannot see them. */
  private static final Set<String> STATE_RULES = Set.of("NS-NAME-DUPLICATE", "NS-UNKNOWN-SKILL-SET",
      "REF-UNKNOWN-NUMBER-GROUP");
  private static final int BODIES = 300;

  private final BodyGenerator bodies = new BodyGenerator(SPEC, FACTS);
  private final Violations violations = new Violations(SPEC, bodies);

  @Test
  void everyValidBodyKeepsTheSpec() {
    for (Variant variant : Variant.values()) {
      for (int i = 0; i < BODIES; i++) {
        JsonObject body = bodies.valid(variant, 121, Rng.of(7, 9, i), any -> false);
        assertThat(VALIDATOR.validate(body, variant.schema(), ValidationMode.SERVER)).as("%s %s", variant, body).isEmpty();
      }
    }
  }

  @Test
  void everyViolationBreaksTheSpecAndNamesARuleOfTheTable() {
    Set<String> rules = new HashSet<>();
    for (Variant variant : Variant.values()) {
      for (int i = 0; i < BODIES / 3; i++) {
        Rng rng = Rng.of(8, 9, i);
        JsonObject valid = bodies.valid(variant, 121, rng, any -> false);
        for (Mutation mutation : violations.candidates(variant, valid, rng, "another name")) {
          assertThat(BOOK.has(mutation.rule())).as("rule %s of %s is in the table", mutation.rule(), mutation).isTrue();
          rules.add(mutation.rule());
          JsonObject body = valid.deepCopy();
          assertThat(mutation.apply(body)).as("%s applies to %s", mutation, valid).isTrue();
          if (!STATE_RULES.contains(mutation.rule())) {
            assertThat(VALIDATOR.validate(body, variant.schema(), ValidationMode.SERVER))
                .as("%s in %s", mutation, body).isNotEmpty();
          }
        }
      }
    }
    assertThat(rules).contains("FC-ACW", "FC-AUTO-TIMES", "FC-COND-REDIAL", "FC-COND-STRATEGY", "FC-ONE-BATCH",
        "FC-DATE-FORMAT", "FC-DATE-ORDER", "FC-TIME-FORMAT", "FC-TIME-ORDER", "FC-EXEC-TIMES", "FC-TASKNAME-LENGTH",
        "FC-MULTIPLY-POWER-INT32", "FC-DISPLAY-SWITCH-OTHER", "FC-TYPES", "FC-TYPES-LENIENT", "NS-REQUIRED",
        "IP-REQUIRED", "NS-NAME-DUPLICATE");
  }

  @Test
  void validBodiesReachTheWholeSpaceThePageAllows() {
    Map<String, Set<String>> seen = new java.util.TreeMap<>();
    for (int i = 0; i < BODIES; i++) {
      JsonObject body = bodies.valid(Variant.NOT_STARTED, 121, Rng.of(9, 9, i), any -> false);
      String name = body.get("taskName").getAsString();
      int length = name.codePointCount(0, name.length());
      note(seen, "name length", length == 1 ? "1" : length == 50 ? "50" : "between");
      note(seen, "name script", name.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FA5) ? "chinese" : "other");
      note(seen, "name emoji", name.codePoints().anyMatch(Character::isSupplementaryCodePoint) ? "emoji" : "none");
      note(seen, "windows", String.valueOf(body.getAsJsonArray("taskExecTimes").size()));
      note(seen, "strategy", body.get("sendNumberStrategy").getAsString());
      note(seen, "display switch", body.get("strategyDisplaySwitch").toString());
      note(seen, "taskDesc", presence(body.get("taskDesc")));
      String unneeded = body.get("sendNumberStrategy").getAsInt() == 0 ? "abandonmentRate" : "multiplyPower";
      note(seen, "unneeded field", presence(body.get(unneeded)));
      JsonObject batch = body.getAsJsonArray("outboundPhoneGroups").get(0).getAsJsonObject();
      note(seen, "redial", batch.get("autoOutboundSwitch").getAsString());
      note(seen, "one-day task", String.valueOf(body.get("taskExecStartDate").equals(body.get("taskExecEndDate"))));
      if (batch.get("autoOutboundSwitch").getAsInt() == 1) {
        note(seen, "interval", edge(batch.get("autoOutboundInterval").getAsInt(), 5, 2880));
      }
    }
    assertThat(seen).containsEntry("name length", Set.of("1", "50", "between"))
        .containsEntry("name script", Set.of("chinese", "other"))
        .containsEntry("name emoji", Set.of("emoji", "none"))
        .containsEntry("windows", Set.of("1", "2", "3", "4"))
        .containsEntry("strategy", Set.of("0", "1"))
        .containsEntry("display switch", Set.of("true", "false", "1", "0"))
        .containsEntry("taskDesc", Set.of("present", "absent", "null"))
        .containsEntry("unneeded field", Set.of("present", "absent", "null"))
        .containsEntry("redial", Set.of("0", "1"))
        .containsEntry("one-day task", Set.of("true", "false"))
        .containsEntry("interval", Set.of("min", "max", "between"));
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    CaseGenerator generator = new CaseGenerator(SPEC, FACTS);
    Map<TaskRole, String> names = new EnumMap<>(TaskRole.class);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      first.add(String.valueOf(generator.next(i, Rng.of(5, 0, i), names).render()));
      second.add(String.valueOf(generator.next(i, Rng.of(5, 0, i), names).render()));
    }
    assertThat(second).isEqualTo(first);
    assertThat(new HashSet<>(first)).hasSizeGreaterThan(45);
  }

  private static String edge(int value, int min, int max) {
    return value == min ? "min" : value == max ? "max" : "between";
  }

  private static String presence(JsonElement value) {
    return value == null ? "absent" : value.isJsonNull() ? "null" : "present";
  }

  private static void note(Map<String, Set<String>> seen, String what, String value) {
    seen.computeIfAbsent(what, any -> new java.util.TreeSet<>()).add(value);
  }
}
