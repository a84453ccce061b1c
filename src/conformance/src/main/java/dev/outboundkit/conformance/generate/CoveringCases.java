package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.outboundkit.conformance.generate.CaseSpace.Change;
import dev.outboundkit.conformance.generate.CaseSpace.Parameter;
import dev.outboundkit.conformance.generate.CaseSpace.Role;
import dev.outboundkit.conformance.generate.CaseSpace.ValueClass;
import dev.outboundkit.conformance.targets.JsonPath;
import dev.outboundkit.conformance.targets.TaskRole;
import dev.outboundkit.conformance.targets.Variant;

/**
 * The cases a run sends before its random ones: a pairwise covering array per variant (every pair
 * of classes of two parameters, at most one rule broken a case), then a smaller set with two rules
 * broken (one case per pair of unrelated parameters that both have classes that break a rule),
 * whose verdict the oracle still states: refused, with {@code 29002} when both rules are
 * documented. It also counts the pairs and the (task × rule) cells the cases sent covered.
 */
final class CoveringCases {
  /** One planned case: a row of a variant's space; {@code twoRules} for the two-violation set. */
  record Planned(CaseSpace space, int[] row, boolean twoRules) {
  }

  private final List<CaseSpace> spaces = new ArrayList<>();
  private final List<Planned> plan = new ArrayList<>();
  private final Map<CaseSpace, List<int[]>> arrays = new LinkedHashMap<>();
  private int arrayRows;

  CoveringCases(SpecRules spec) {
    ValueClasses classes = new ValueClasses(Objects.requireNonNull(spec, "spec"));
    for (Variant variant : Variant.values()) {
      spaces.add(classes.space(variant));
    }
    for (CaseSpace space : spaces) {
      List<int[]> rows = new CoveringArray(space.sizes(), space).build();
      arrays.put(space, rows);
      rows.forEach(row -> plan.add(new Planned(space, row, false)));
    }
    arrayRows = plan.size();
    for (CaseSpace space : spaces) {
      twoRules(space.allowing(2)).forEach(row -> plan.add(new Planned(space, row, true)));
    }
  }

  List<CaseSpace> spaces() {
    return spaces;
  }

  /** @return the rows of the variant's covering array */
  List<int[]> array(CaseSpace space) {
    return Collections.unmodifiableList(arrays.get(space));
  }

  /** @return every planned case: the arrays, then the two-violation set */
  List<Planned> plan() {
    return Collections.unmodifiableList(plan);
  }

  int arrayRows() {
    return arrayRows;
  }

  int twoRuleRows() {
    return plan.size() - arrayRows;
  }

  /** One case per pair of unrelated parameters with bad classes, the bad classes taken in turn. */
  private static List<int[]> twoRules(CaseSpace space) {
    List<Parameter> parameters = space.parameters();
    int n = parameters.size();
    List<List<Integer>> bad = new ArrayList<>();
    for (Parameter parameter : parameters) {
      List<Integer> indexes = new ArrayList<>();
      for (int c = 0; c < parameter.classes().size(); c++) {
        if (parameter.classes().get(c).kind() != CaseSpace.Kind.GOOD) {
          indexes.add(c);
        }
      }
      bad.add(indexes);
    }
    int[] turn = new int[n];
    List<int[]> rows = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      for (int q = p + 1; q < n; q++) {
        if (bad.get(p).isEmpty() || bad.get(q).isEmpty() || space.related(p, q)) {
          continue;
        }
        int[] found = null;
        for (int i = 0; i < bad.get(p).size() && found == null; i++) {
          for (int j = 0; j < bad.get(q).size() && found == null; j++) {
            int[] row = open(n);
            row[p] = bad.get(p).get((turn[p] + i) % bad.get(p).size());
            row[q] = bad.get(q).get((turn[q] + j) % bad.get(q).size());
            if (space.allowed(row) && rulesOf(space, row) == 2) {
              space.fill(row);
              found = row;
            }
          }
        }
        if (found != null) {
          turn[p]++;
          turn[q]++;
          rows.add(found);
        }
      }
    }
    return rows;
  }

  private static int rulesOf(CaseSpace space, int[] row) {
    int[] filled = row.clone();
    space.fill(filled);
    return space.rules(filled).size();
  }

  private static int[] open(int n) {
    int[] row = new int[n];
    java.util.Arrays.fill(row, CoveringArray.OPEN);
    return row;
  }

  /**
   * Makes a planned case's body: a valid body of the variant, each field set to its class, and the
   * classes that break a rule as the case's violations.
   *
   * @param names the names the tasks hold now, as far as they are known
   * @return the case, null when a class finds no place (an unknown name to copy, say)
   */
  static GeneratedCase render(Planned planned, int index, Rng rng, BodyGenerator bodies, CaseGenerator generator,
      long taskId, Map<TaskRole, String> names) {
    CaseSpace space = planned.space();
    int[] row = planned.row();
    List<Parameter> parameters = space.parameters();
    TaskRole role = space.role(row);
    Predicate<String> taken = name -> names.entrySet().stream()
        .anyMatch(entry -> entry.getKey() != role && entry.getValue().equals(name));
    String otherName = role.otherNotStarted() == null ? null : names.get(role.otherNotStarted());
    JsonObject body = bodies.valid(space.variant(), taskId, rng, taken);
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      if (parameter.role() == Role.COUNT && body.has(parameter.field())) {
        body.add(parameter.field(), bodies.items(parameter.field(), parameter.schema(),
            parameter.classes().get(row[p]).bodyItems(), rng, taken));
      }
    }
    List<Mutation> mutations = new ArrayList<>();
    for (int p = 0; p < parameters.size(); p++) {
      Parameter parameter = parameters.get(p);
      if (parameter.role() == Role.TASK || parameter.role() == Role.POSITION) {
        continue;
      }
      if (parameter.container() >= 0 && parameters.get(parameter.container()).classes().get(row[parameter.container()])
          .items() == 0) {
        continue; // the list is not there: its entries' classes have no place
      }
      ValueClass chosen = parameter.classes().get(row[p]);
      ValueClasses.Render render = new ValueClasses.Render(rng, bodies, body, taken, otherName);
      render.index = parameter.array() == null ? 0 : entry(space, parameter, row, body);
      render.path = parameter.path(render.index);
      render.list = parameter.array() == null ? null : JsonPath.ROOT.member(parameter.array());
      render.first = parameter.first() < 0 ? null : parameters.get(parameter.first()).path(render.index);
      Change change = chosen.maker().make(render);
      if (change == null) {
        return null;
      }
      String rule = space.rule(p, row);
      if (rule == null) {
        apply(body, render.path, change);
      } else if (change.op() != null) {
        JsonElement there = render.path.get(body);
        if (there == null || there.isJsonNull()) {
          // the violation needs a valid value to change (an optional field the random body left out)
          apply(body, render.path, parameter.classes().get(0).maker().make(render));
        }
        List<JsonPath> reads = new ArrayList<>();
        if (parameter.condition() >= 0) {
          reads.add(parameters.get(parameter.condition()).path(render.index));
        }
        if (render.first != null) {
          reads.add(render.first);
        }
        mutations.add(new Mutation(rule, render.path, change.op(), change.value(), reads,
            render.path + " " + chosen.name() + (change.value() == null ? "" : ": " + shorten(change.value()))));
      }
    }
    return new GeneratedCase(index, role, space.variant(), body, mutations, CaseGenerator.roleRule(role),
        generator.acceptRule(space.variant(), body));
  }

  /** @return which entry of the list the parameter's class goes into: the row's position, first by default */
  private static int entry(CaseSpace space, Parameter parameter, int[] row, JsonObject body) {
    List<Parameter> parameters = space.parameters();
    for (int p = 0; p < parameters.size(); p++) {
      if (parameters.get(p).role() == Role.POSITION && parameters.get(p).container() == parameter.container()
          && parameters.get(p).classes().get(row[p]).name().equals("last")) {
        JsonElement list = JsonPath.ROOT.member(parameter.array()).get(body);
        return list == null || !list.isJsonArray() ? 0 : Math.max(0, list.getAsJsonArray().size() - 1);
      }
    }
    return 0;
  }

  private static void apply(JsonObject body, JsonPath path, Change change) {
    if (change.op() == null) {
      return;
    }
    switch (change.op()) {
      case SET -> path.set(body, change.value().deepCopy());
      case REMOVE -> path.set(body, null);
      case SET_NULL -> path.set(body, com.google.gson.JsonNull.INSTANCE);
      case APPEND -> path.get(body).getAsJsonArray().add(change.value().deepCopy());
    }
  }

  private static String shorten(JsonElement value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 57) + "...\"" : text;
  }

  /** The pairs each variant's array must cover, and the rule each pair is counted under. */
  static final class Pairs {
    /** [p][q][a * size(q) + b], p < q: the rule of a possible pair, null when the pair is not possible. */
    private final String[][][] rules;
    private final boolean[][][] covered;
    private final CaseSpace space;

    Pairs(CaseSpace space) {
      this.space = space;
      int n = space.parameters().size();
      int[] sizes = space.sizes();
      CoveringArray array = new CoveringArray(sizes, space);
      rules = new String[n][n][];
      covered = new boolean[n][n][];
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          rules[p][q] = new String[sizes[p] * sizes[q]];
          covered[p][q] = new boolean[sizes[p] * sizes[q]];
          for (int a = 0; a < sizes[p]; a++) {
            for (int b = 0; b < sizes[q]; b++) {
              if (array.possible(p, a, q, b)) {
                rules[p][q][a * sizes[q] + b] = pairRule(p, a, q, b);
              }
            }
          }
        }
      }
    }

    /** The rule a pair tries: the one its bad or missing class breaks, else the variant's edit rule. */
    private String pairRule(int p, int a, int q, int b) {
      int[] row = open(space.parameters().size());
      row[p] = a;
      row[q] = b;
      for (int x : new int[] {p, q}) {
        Parameter parameter = space.parameters().get(x);
        ValueClass chosen = parameter.classes().get(row[x]);
        if (chosen.kind() == CaseSpace.Kind.BAD) {
          return chosen.rule();
        }
        boolean needed = parameter.condition() < 0 || (chosen.needed() != null ? chosen.needed()
            : parameter.neededWhen().contains(row[parameter.condition()]));
        if (chosen.kind() == CaseSpace.Kind.MISSING && parameter.missingRule() != null && needed) {
          return parameter.missingRule();
        }
      }
      return space.variant().editRule();
    }

    void cover(int[] row) {
      int[] sizes = space.sizes();
      for (int p = 0; p < row.length; p++) {
        for (int q = p + 1; q < row.length; q++) {
          int at = row[p] * sizes[q] + row[q];
          if (rules[p][q][at] != null) {
            covered[p][q][at] = true;
          }
        }
      }
    }

    /** Adds, per rule, the pairs covered and possible; and the (task × rule) cells possible. */
    void count(Map<String, int[]> byRule, Set<String> cells) {
      int n = space.parameters().size();
      int[] sizes = space.sizes();
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          for (int at = 0; at < rules[p][q].length; at++) {
            String rule = rules[p][q][at];
            if (rule == null) {
              continue;
            }
            int[] count = byRule.computeIfAbsent(rule, any -> new int[2]);
            count[1]++;
            if (covered[p][q][at]) {
              count[0]++;
            }
            if (p == 0) {
              cells.add(Coverage.cell(space.parameters().get(0).classes().get(at / sizes[q]).name(), rule));
            }
          }
        }
      }
    }
  }

  /** @return the rules of all pairs possible, in order; for tests */
  static Set<String> rules(Map<String, int[]> byRule) {
    return new TreeSet<>(byRule.keySet());
  }

  /** @return per variant schema, its array's size */
  Map<String, Integer> sizes() {
    Map<String, Integer> sizes = new TreeMap<>();
    arrays.forEach((space, rows) -> sizes.put(space.variant().schema(), rows.size()));
    return sizes;
  }
}
