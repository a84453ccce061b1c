package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.outboundkit.conformance.targets.TargetFacts;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.spec.ApiSpec;
import dev.outboundkit.spec.SchemaValidator;
import dev.outboundkit.spec.ValidationMode;
import dev.outboundkit.testing.SpecCopy;

/**
 * The covering cases: value classes read from the spec, every possible pair of classes in a
 * case, at most one rule broken a case (two in the two-rule set), and each case's body breaking
 * exactly the rules its classes name. (The spec's validator checks the generators here only.)
 */
class CoveringCasesTest {
  private static final SpecRules SPEC = new SpecRules(ApiSpec.bundled());
  private static final CoveringCases COVERING = new CoveringCases(SPEC);
  private static final SchemaValidator VALIDATOR = new SchemaValidator(ApiSpec.bundled());
  private static final TargetFacts FACTS = TargetFacts.of(Fixtures.defaults());
  /** Rules about the target's state, which the spec cannot see. */
  private static final Set<String> STATE_RULES = Set.of("NS-NAME-DUPLICATE", "NS-UNKNOWN-SKILL-SET",
      "REF-UNKNOWN-NUMBER-GROUP", "NE-COMPLETED", "NE-MISSING");

  @Test
  void theArraysHoldEveryPossiblePairOfValueClasses() {
    for (CaseSpace space : COVERING.spaces()) {
      CoveringCases.Pairs pairs = new CoveringCases.Pairs(space);
      COVERING.array(space).forEach(pairs::cover);
      Map<String, int[]> byRule = new TreeMap<>();
      pairs.count(byRule, new TreeSet<>());
      byRule.forEach((rule, count) -> assertThat(count[0]).as("%s pairs of %s", space.variant(), rule).isEqualTo(count[1]));
      assertThat(byRule).as("rules with pairs in %s", space.variant()).containsKeys("FC-AUTO-TIMES", "FC-COND-STRATEGY",
          "FC-ONE-BATCH", "FC-TYPES", "NE-COMPLETED", "NE-MISSING", space.variant().editRule(), space.variant().requiredRule());
    }
  }

  @Test
  void aBadClassMeetsEveryBoundaryClassOfEveryOtherField() {
    CaseSpace notStarted = COVERING.spaces().get(0);
    assertThat(holds(notStarted, "acw", "max+1", "maxRingingDuration", "max")).isTrue();
    assertThat(holds(notStarted, "taskName", "max+1", "taskDesc", "empty")).isTrue();
    assertThat(holds(notStarted, "task", "second not-started task", "taskExecTimes[].taskExecTimeEndStr", "equal")).isTrue();
    assertThat(holds(notStarted, "taskExecTimes", "4 entries", "taskExecTimes[].taskExecTimeEndStr", "before")).isTrue();
    assertThat(holds(notStarted, "multiplyPower", "absent, needed", "abandonmentRate", "max")).isTrue();
    CaseSpace inProgress = COVERING.spaces().get(1);
    assertThat(holds(inProgress, "task", "paused task", "outboundPhoneGroups[].autoOutboundInterval", "max+1")).isTrue();
  }

  @Test
  void eachArrayCaseBreaksAtMostOneRuleAndEachTwoRuleCaseTwo() {
    for (CoveringCases.Planned planned : COVERING.plan()) {
      List<String> rules = planned.space().rules(planned.row());
      assertThat(rules).as("rules of a row").doesNotContain(CaseSpace.UNSTATED).hasSize(planned.twoRules() ? 2 : rules.size());
      assertThat(rules.size()).isLessThanOrEqualTo(planned.twoRules() ? 2 : 1);
    }
    assertThat(COVERING.twoRuleRows()).isPositive().isLessThan(COVERING.arrayRows() / 2);
  }

  @Test
  void eachCaseBreaksExactlyTheRulesItsClassesNameAndItsValidBodyKeepsTheSpec() {
    BodyGenerator bodies = new BodyGenerator(SPEC, FACTS);
    CaseGenerator generator = new CaseGenerator(SPEC, FACTS);
    Map<TaskRole, String> names = new EnumMap<>(Map.of(TaskRole.NOT_STARTED, "任务一", TaskRole.NOT_STARTED_2, "任务二"));
    List<CoveringCases.Planned> plan = COVERING.plan();
    for (int i = 0; i < plan.size(); i++) {
      CoveringCases.Planned planned = plan.get(i);
      TaskRole role = planned.space().role(planned.row());
      GeneratedCase generated = CoveringCases.render(planned, i, Rng.of(3, 2, i), bodies, generator, FACTS.taskId(role), names);
      assertThat(generated).as("case %d renders", i).isNotNull();
      String schema = planned.space().variant().schema();
      assertThat(VALIDATOR.validate(generated.valid(), schema, ValidationMode.SERVER)).as("valid body of case %d: %s", i,
          generated.valid()).isEmpty();
      assertThat(generated.rules()).as("case %d", i).isEqualTo(planned.space().rules(planned.row()));
      JsonObject sent = generated.render();
      assertThat(sent).as("case %d's violations find their places", i).isNotNull();
      boolean bodyRule = generated.rules().stream().anyMatch(rule -> !STATE_RULES.contains(rule));
      assertThat(VALIDATOR.validate(sent, schema, ValidationMode.SERVER).isEmpty()).as("case %d %s keeps the spec: %s", i,
          generated.broken(), sent).isEqualTo(!bodyRule);
    }
  }

  @Test
  void theValueClassesComeFromTheSpec() {
    String text = SpecCopy.bundledText();
    assertThat(text.indexOf("maximum: 180")).isPositive().isEqualTo(text.lastIndexOf("maximum: 180"));
    SpecRules changed = new SpecRules(SpecCopy.parse(text.replace("maximum: 180", "maximum: 170")));
    assertThat(values(new ValueClasses(SPEC).space(dev.outboundkit.conformance.targets.Variant.NOT_STARTED), "acw"))
        .containsEntry("min", "1").containsEntry("max", "180").containsEntry("max+1", "181").containsEntry("min-1", "0");
    assertThat(values(new ValueClasses(changed).space(dev.outboundkit.conformance.targets.Variant.NOT_STARTED), "acw"))
        .containsEntry("max", "170").containsEntry("max+1", "171").containsEntry("max-1", "169");
  }

  @Test
  void theSameSeedRendersTheSameCasesAndTheArrayDoesNotDependOnIt() {
    BodyGenerator bodies = new BodyGenerator(SPEC, FACTS);
    CaseGenerator generator = new CaseGenerator(SPEC, FACTS);
    Map<TaskRole, String> names = new EnumMap<>(TaskRole.class);
    List<String> first = new ArrayList<>();
    List<String> again = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      CoveringCases.Planned planned = COVERING.plan().get(i);
      long id = FACTS.taskId(planned.space().role(planned.row()));
      first.add(String.valueOf(CoveringCases.render(planned, i, Rng.of(5, 2, i), bodies, generator, id, names)));
      again.add(String.valueOf(CoveringCases.render(planned, i, Rng.of(5, 2, i), bodies, generator, id, names)));
      other.add(String.valueOf(CoveringCases.render(planned, i, Rng.of(6, 2, i), bodies, generator, id, names)));
    }
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(new CoveringCases(SPEC).plan()).usingRecursiveFieldByFieldElementComparatorOnFields("row")
        .containsExactlyElementsOf(COVERING.plan());
  }

  /** @return per class of the field, the value it sets, as text */
  private static Map<String, String> values(CaseSpace space, String field) {
    CaseSpace.Parameter parameter = space.parameters().stream().filter(p -> p.name().equals(field)).findFirst().orElseThrow();
    Map<String, String> values = new TreeMap<>();
    for (CaseSpace.ValueClass value : parameter.classes()) {
      ValueClasses.Render render = new ValueClasses.Render(Rng.of(1, 1, 1), null, new JsonObject(), any -> false, null);
      CaseSpace.Change change = value.maker().make(render);
      if (change.value() != null) {
        values.put(value.name(), change.value().toString());
      }
    }
    return values;
  }

  private static boolean holds(CaseSpace space, String field, String value, String other, String otherValue) {
    int p = index(space, field);
    int q = index(space, other);
    int a = space.parameters().get(p).index(value);
    int b = space.parameters().get(q).index(otherValue);
    assertThat(a).as("%s has class %s", field, value).isNotNegative();
    assertThat(b).as("%s has class %s", other, otherValue).isNotNegative();
    return COVERING.array(space).stream().anyMatch(row -> row[p] == a && row[q] == b);
  }

  private static int index(CaseSpace space, String field) {
    for (int p = 0; p < space.parameters().size(); p++) {
      if (space.parameters().get(p).name().equals(field)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + field);
  }
}
