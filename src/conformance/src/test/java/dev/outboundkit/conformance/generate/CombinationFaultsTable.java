package dev.outboundkit.conformance.generate;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dev.outboundkit.auth.RSAKeyPairs;
import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.Target;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.spec.ApiSpec;

/**
 * The kill table of docs/conformance.md: each combination fault of {@link FaultyProxy}, seeds 1
 * to N, the covering arrays against the random draw alone with the same budget (the arrays' and
 * the two-rule set's cases, no sequences), each run stopping at its first failure. Not a test:
 * it takes minutes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.outboundkit.conformance.generate.CombinationFaultsTable [SEEDS] [FAULT...]
 * </pre>
 */
public final class CombinationFaultsTable {
  private CombinationFaultsTable() {
  }

  public static void main(String[] args) throws Exception {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<FaultyProxy.Fault> faults = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      faults.add(FaultyProxy.Fault.valueOf(args[i]));
    }
    if (faults.isEmpty()) {
      faults.addAll(CombinationFaultsIT.CASE_FAULTS);
    }
    int budget = GeneratedRun.systematicSize(ApiSpec.bundled())[0];
    GeneratedRun run = GeneratedRun.of(ApiSpec.bundled(), RuleBook.load(GeneratedConformanceIT.RULES));
    System.out.println("budget: " + budget + " cases a run, no sequences, seeds 1.." + seeds);
    System.out.println("| fault | covering arrays: killed | first failing case (per seed) | random alone: killed | first failing case (per seed) |");
    System.out.println("|---|---:|---|---:|---|");
    for (FaultyProxy.Fault fault : faults) {
      List<String> arrayFirst = new ArrayList<>();
      List<String> randomFirst = new ArrayList<>();
      int arrayKills = 0;
      int randomKills = 0;
      for (long seed = 1; seed <= seeds; seed++) {
        GeneratedRun.Options options = new GeneratedRun.Options(budget, seed, 0, 1);
        String a = first(run, fault, options);
        String r = first(run, fault, options.randomOnly());
        arrayKills += a.equals("-") ? 0 : 1;
        randomKills += r.equals("-") ? 0 : 1;
        arrayFirst.add(a);
        randomFirst.add(r);
      }
      System.out.println("| " + fault + " | " + arrayKills + "/" + seeds + " | " + String.join(", ", arrayFirst) + " | "
          + randomKills + "/" + seeds + " | " + String.join(", ", randomFirst) + " |");
    }
  }

  /** @return the first failing case's number and rule, "-" when the run passed */
  private static String first(GeneratedRun run, FaultyProxy.Fault fault, GeneratedRun.Options options) throws Exception {
    KeyPair keys = RSAKeyPairs.generate();
    try (MockServer mock = MockServer.builder().tenant("faults", keys.getPublic()).build().start();
        FaultyProxy proxy = new FaultyProxy(mock, EnumSet.of(fault));
        Target target = MockTarget.of(mock, proxy.baseUrl(), "faults", keys, proxy::reset)) {
      GeneratedRun.Result result = run.run(target, options);
      if (result.failures().isEmpty()) {
        return "-";
      }
      Failure failure = result.failures().get(0);
      return failure.where().replaceFirst("^case (\\d+).*", "$1");
    }
  }
}
