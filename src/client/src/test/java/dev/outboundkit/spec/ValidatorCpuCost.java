package dev.outboundkit.spec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * The {@link ValidatorBenchmark} cases timed in CPU time of the measuring thread rather than wall
 * time: on a machine shared with other builds, wall time per operation counts the time the
 * thread waits for a core, CPU time does not. Each case: 3 s of warm-up, then 7 rounds of
 * 20,000 operations; prints the median and the range of the rounds.
 * {@code mvn -B -o -Pvalidator-bench test-compile exec:exec -Dvalidator.bench.main=dev.outboundkit.spec.ValidatorCpuCost}
 */
public final class ValidatorCpuCost {
  private static final int ROUNDS = 7;
  private static final int OPERATIONS = 20_000;

  private ValidatorCpuCost() {
  }

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ValidatorBenchmark bench = new ValidatorBenchmark();
    bench.setUp();
    Method[] cases = Arrays.stream(ValidatorBenchmark.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .sorted(Comparator.comparing(Method::getName))
        .toArray(Method[]::new);
    System.out.println("| case | CPU µs per body: median of " + ROUNDS + " rounds (min to max) |");
    System.out.println("|---|---|");
    Object sink = null;
    for (Method method : cases) {
      long warmUntil = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        sink = method.invoke(bench);
      }
      double[] perOp = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < OPERATIONS; i++) {
          sink = method.invoke(bench);
        }
        perOp[round] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / OPERATIONS;
      }
      Arrays.sort(perOp);
      System.out.printf("| %s | %.1f (%.1f to %.1f) |%n", method.getName(), perOp[ROUNDS / 2], perOp[0], perOp[ROUNDS - 1]);
    }
    System.out.println(sink == null ? "" : "(" + ROUNDS * OPERATIONS + " operations per case)");
  }
}
