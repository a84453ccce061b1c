package dev.outboundkit.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.outboundkit.conformance.targets.TaskRole;

/** The exhaustive sequences: every sequence of {@link SequenceRunner#BOUND} kinds of step, once, which runs each shorter one as a prefix. */
class ExhaustiveSequencesTest {
  private static final List<SequenceRunner.Kind> ALPHABET = SequenceRunner.alphabet();

  @Test
  void theKindsOfStepAreEachTaskRoleTimesTheEditKindsItsTableTakes() {
    assertThat(ALPHABET).hasSize(14).doesNotHaveDuplicates();
    assertThat(ALPHABET).filteredOn(kind -> kind.role() == TaskRole.NOT_STARTED_2).extracting(SequenceRunner.Kind::edit)
        .containsExactly(SequenceRunner.EditKind.values());
    assertThat(ALPHABET).filteredOn(kind -> kind.role() == TaskRole.PAUSED).extracting(SequenceRunner.Kind::edit)
        .containsExactly(SequenceRunner.EditKind.VALID, SequenceRunner.EditKind.INVALID);
    assertThat(ALPHABET).filteredOn(kind -> kind.role() == TaskRole.COMPLETED).hasSize(1);
  }

  @Test
  void everySequenceOfTheBoundIsRunOnceAndEveryShorterOneIsAPrefix() {
    int count = SequenceRunner.exhaustiveCount();
    assertThat(count).isEqualTo((int) Math.pow(ALPHABET.size(), SequenceRunner.BOUND));
    Set<List<SequenceRunner.Kind>> seen = new HashSet<>();
    Set<List<SequenceRunner.Kind>> prefixes = new HashSet<>();
    for (int i = 0; i < count; i++) {
      List<SequenceRunner.Kind> kinds = SequenceRunner.kinds(i, ALPHABET);
      assertThat(kinds).hasSize(SequenceRunner.BOUND);
      seen.add(kinds);
      for (int length = 1; length < kinds.size(); length++) {
        prefixes.add(kinds.subList(0, length));
      }
    }
    assertThat(seen).hasSize(count);
    assertThat(prefixes).hasSize((int) Math.pow(ALPHABET.size(), SequenceRunner.BOUND - 1));
  }
}
