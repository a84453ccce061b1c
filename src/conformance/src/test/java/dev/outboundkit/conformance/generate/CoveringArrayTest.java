package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** IPOG's properties, on domains drawn at random: every pair is in a row, no row breaks a constraint, the same input gives the same array. */
class CoveringArrayTest {
  private static final CoveringArray.Constraints NONE = new CoveringArray.Constraints() {
    @Override
    public boolean allowed(int[] row) {
      return true;
    }

    @Override
    public void fill(int[] row) {
      for (int p = 0; p < row.length; p++) {
        row[p] = row[p] == CoveringArray.OPEN ? 0 : row[p];
      }
    }
  };

  /** At most one parameter at value 0 (as one broken rule a case), and never 1 and 1 in the first two. */
  private static final CoveringArray.Constraints ONE_ZERO = new CoveringArray.Constraints() {
    @Override
    public boolean allowed(int[] row) {
      return Arrays.stream(row).filter(value -> value == 0).count() <= 1 && !(row[0] == 1 && row[1] == 1);
    }

    @Override
    public void fill(int[] row) {
      for (int p = 0; p < row.length; p++) {
        row[p] = row[p] == CoveringArray.OPEN ? (p < 2 ? 2 : 1) : row[p];
      }
    }
  };

  @Test
  void everyPairOfValuesOfTwoParametersIsInSomeRow() {
    for (long seed = 1; seed <= 30; seed++) {
      int[] sizes = sizes(seed, 2, 7);
      List<int[]> rows = new CoveringArray(sizes, NONE).build();
      assertThat(missingPairs(sizes, rows, NONE)).as("sizes %s", Arrays.toString(sizes)).isEmpty();
      assertThat(rows).allSatisfy(row -> assertThat(row).doesNotContain(CoveringArray.OPEN));
    }
  }

  @Test
  void noRowBreaksAConstraintAndEveryAllowedPairIsInSomeRow() {
    for (long seed = 1; seed <= 30; seed++) {
      int[] sizes = sizes(seed, 3, 6);
      List<int[]> rows = new CoveringArray(sizes, ONE_ZERO).build();
      assertThat(rows).as("sizes %s", Arrays.toString(sizes)).allMatch(ONE_ZERO::allowed);
      assertThat(missingPairs(sizes, rows, ONE_ZERO)).as("sizes %s", Arrays.toString(sizes)).isEmpty();
    }
  }

  @Test
  void theSameDomainsAndConstraintsGiveTheSameArray() {
    for (long seed = 1; seed <= 10; seed++) {
      int[] sizes = sizes(seed, 2, 8);
      assertThat(new CoveringArray(sizes, ONE_ZERO).build()).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(new CoveringArray(sizes, ONE_ZERO).build());
    }
  }

  @Test
  void itIsFarSmallerThanAllCombinations() {
    int[] thirteenOfThree = new int[13];
    Arrays.fill(thirteenOfThree, 3);
    // 1,594,323 combinations; the best known pairwise array has 15 rows, IPOG's paper about 20, this one 24
    assertThat(new CoveringArray(thirteenOfThree, NONE).build()).hasSizeLessThanOrEqualTo(24);
    int[] tenOfTen = new int[10];
    Arrays.fill(tenOfTen, 10);
    // at least 100 rows (10 × 10 for any two parameters)
    assertThat(new CoveringArray(tenOfTen, NONE).build()).hasSizeBetween(100, 200);
  }

  private static int[] sizes(long seed, int low, int high) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sizes = new int[random.nextInt(3, 13)];
    for (int p = 0; p < sizes.length; p++) {
      sizes[p] = random.nextInt(low, high + 1);
    }
    return sizes;
  }

  private static List<String> missingPairs(int[] sizes, List<int[]> rows, CoveringArray.Constraints constraints) {
    CoveringArray array = new CoveringArray(sizes, constraints);
    List<String> missing = new ArrayList<>();
    for (int p = 0; p < sizes.length; p++) {
      for (int q = p + 1; q < sizes.length; q++) {
        for (int a = 0; a < sizes[p]; a++) {
          for (int b = 0; b < sizes[q]; b++) {
            int fp = p, fq = q, fa = a, fb = b;
            if (array.possible(p, a, q, b) && rows.stream().noneMatch(row -> row[fp] == fa && row[fq] == fb)) {
              missing.add(p + "=" + a + ", " + q + "=" + b);
            }
          }
        }
      }
    }
    return missing;
  }
}
