package dev.outboundkit.conformance.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A pairwise covering array built with IPOG (Lei, Kacker, Kuhn, Okun and Lawrence, "IPOG: A
 * General Strategy for T-Way Software Testing", 2007), for t = 2, with constraints: every pair of
 * values of two parameters that the constraints allow, and that is {@linkplain Constraints#wanted
 * wanted}, is in at least one row, and no row breaks a constraint.
 *
 * <p>IPOG starts with every allowed pair of the first two parameters, then adds the others one
 * at a time: each row takes the value of the new parameter that covers the most pairs not yet
 * covered (horizontal growth), and pairs still missing then go into rows that leave those places
 * open, or into new rows (vertical growth). Places left open at the end are filled by
 * {@link Constraints#fill}. Parameters go in largest domain first, as IPOG advises. Ties go to
 * the lowest value, so the array depends on the domains and constraints alone: the seed of a run
 * only draws the concrete values of each class, never the array.
 *
 * <p>No library: Maven Central has no maintained covering-array library (docs/conformance.md).
 */
final class CoveringArray {
  /** An open place of a row: any value will do. */
  static final int OPEN = -1;

  /** What rows may hold. */
  interface Constraints {
    /** @return whether a row (with {@link #OPEN} places) can still be completed without breaking a constraint */
    boolean allowed(int[] row);

    /** @return whether the pair must be covered (allowed pairs only are asked); all by default */
    default boolean wanted(int first, int firstValue, int second, int secondValue) {
      return true;
    }

    /** Fills the open places of an allowed row so that it stays allowed. */
    void fill(int[] row);
  }

  private final int[] sizes;
  private final Constraints constraints;

  /**
   * @param sizes each parameter's number of values
   */
  CoveringArray(int[] sizes, Constraints constraints) {
    this.sizes = sizes.clone();
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    if (sizes.length < 2 || Arrays.stream(sizes).anyMatch(size -> size < 1)) {
      throw new IllegalArgumentException("a covering array needs two parameters or more, each with a value");
    }
  }

  /** @return whether the pair is allowed and wanted: the pairs the array must cover */
  boolean possible(int first, int firstValue, int second, int secondValue) {
    int[] row = open();
    row[first] = firstValue;
    row[second] = secondValue;
    return constraints.allowed(row) && constraints.wanted(first, firstValue, second, secondValue);
  }

  /** @return the rows, every place filled */
  List<int[]> build() {
    int n = sizes.length;
    Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingInt((Integer p) -> -sizes[p]))
        .toArray(Integer[]::new);
    List<int[]> rows = new ArrayList<>();
    int p0 = order[0];
    int p1 = order[1];
    for (int a = 0; a < sizes[p0]; a++) {
      for (int b = 0; b < sizes[p1]; b++) {
        if (possible(p0, a, p1, b)) {
          int[] row = open();
          row[p0] = a;
          row[p1] = b;
          rows.add(row);
        }
      }
    }
    for (int k = 2; k < n; k++) {
      int next = order[k];
      int[] before = Arrays.stream(order, 0, k).mapToInt(Integer::intValue).toArray();
      Missing missing = new Missing(before, next);
      horizontal(rows, before, next, missing);
      vertical(rows, before, next, missing);
    }
    for (int[] row : rows) {
      constraints.fill(row);
      if (!constraints.allowed(row) || Arrays.stream(row).anyMatch(value -> value == OPEN)) {
        throw new IllegalStateException("the constraints' fill left a row open or broke a constraint: "
            + Arrays.toString(row));
      }
    }
    return rows;
  }

  /** Each row takes the value of {@code next} that covers the most missing pairs. */
  private void horizontal(List<int[]> rows, int[] before, int next, Missing missing) {
    for (int[] row : rows) {
      int best = OPEN;
      int bestGain = -1;
      for (int v = 0; v < sizes[next]; v++) {
        row[next] = v;
        if (!constraints.allowed(row)) {
          continue;
        }
        int gain = 0;
        for (int p : before) {
          if (row[p] != OPEN && missing.has(p, row[p], v)) {
            gain++;
          }
        }
        if (gain > bestGain) {
          best = v;
          bestGain = gain;
        }
      }
      row[next] = best;
      if (best != OPEN) {
        missing.coverBy(row);
      }
    }
  }

  /** Each pair still missing goes into a row whose places for it are open, or into a new row. */
  private void vertical(List<int[]> rows, int[] before, int next, Missing missing) {
    for (int p : before) {
      for (int a = 0; a < sizes[p]; a++) {
        for (int v = 0; v < sizes[next]; v++) {
          if (!missing.has(p, a, v)) {
            continue;
          }
          int[] target = null;
          for (int[] row : rows) {
            if ((row[p] == a || row[p] == OPEN) && (row[next] == v || row[next] == OPEN)) {
              int oldP = row[p];
              int oldNext = row[next];
              row[p] = a;
              row[next] = v;
              if (constraints.allowed(row)) {
                target = row;
                break;
              }
              row[p] = oldP;
              row[next] = oldNext;
            }
          }
          if (target == null) {
            target = open();
            target[p] = a;
            target[next] = v;
            rows.add(target);
          }
          missing.coverBy(target);
        }
      }
    }
  }

  private int[] open() {
    int[] row = new int[sizes.length];
    Arrays.fill(row, OPEN);
    return row;
  }

  /** The pairs of the new parameter with each earlier one that no row covers yet. */
  private final class Missing {
    private final int[] before;
    private final int next;
    /** [parameter][value of it * size of next + value of next] */
    private final boolean[][] missing;

    Missing(int[] before, int next) {
      this.before = before;
      this.next = next;
      this.missing = new boolean[sizes.length][];
      for (int p : before) {
        missing[p] = new boolean[sizes[p] * sizes[next]];
        for (int a = 0; a < sizes[p]; a++) {
          for (int v = 0; v < sizes[next]; v++) {
            missing[p][a * sizes[next] + v] = possible(p, a, next, v);
          }
        }
      }
    }

    boolean has(int p, int a, int v) {
      return missing[p][a * sizes[next] + v];
    }

    void coverBy(int[] row) {
      if (row[next] == OPEN) {
        return;
      }
      for (int p : before) {
        if (row[p] != OPEN) {
          missing[p][row[p] * sizes[next] + row[next]] = false;
        }
      }
    }
  }
}
