package dev.outboundkit.conformance.glue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.outboundkit.mock.Readings.Silence;

/**
 * The readings a run took: for each silence of the page, the reading the target takes and the
 * request and answer that showed it. A silence's reading is the one its own probe scenario saw
 * (the first, in the order the scenarios ran); before one has run, the first answer that showed
 * it. Other answers that read the silence another way are kept beside it, for the report.
 */
public final class TakenReadings {

  /**
   * One silence, read.
   *
   * @param silence which
   * @param value the reading, as a readings file writes it
   * @param scenario the scenario that showed it, {@code name (features/file:line)}
   * @param evidence the request (a curl line) and the answer that showed it
   * @param probe whether that scenario exists to read this silence
   * @param otherwise other readings other answers showed, each with its scenario
   */
  public record Taken(Silence silence, String value, String scenario, String evidence, boolean probe,
      List<String> otherwise) {
  }

  private final Map<Silence, Taken> taken = new EnumMap<>(Silence.class);

  /** Notes what an answer showed of a silence. */
  synchronized void take(Silence silence, String value, String scenario, String evidence, boolean probe) {
    Objects.requireNonNull(silence, "silence");
    Objects.requireNonNull(value, "value");
    Taken before = taken.get(silence);
    if (before == null) {
      taken.put(silence, new Taken(silence, value, scenario, evidence, probe, new ArrayList<>()));
      return;
    }
    if (before.value().equals(value)) {
      if (probe && !before.probe()) {
        taken.put(silence, new Taken(silence, value, scenario, evidence, true, before.otherwise()));
      }
      return;
    }
    if (probe && !before.probe()) {
      List<String> otherwise = new ArrayList<>(before.otherwise());
      otherwise.add(0, before.value() + " in " + before.scenario());
      taken.put(silence, new Taken(silence, value, scenario, evidence, true, otherwise));
    } else {
      before.otherwise().add(value + " in " + scenario);
    }
  }

  /** @return the reading of each silence read so far */
  public synchronized Map<Silence, String> values() {
    Map<Silence, String> values = new EnumMap<>(Silence.class);
    taken.forEach((silence, reading) -> values.put(silence, reading.value()));
    return values;
  }

  /** @return every silence read so far, in the order of {@link Silence}, each a copy */
  public synchronized List<Taken> all() {
    return taken.values().stream().map(reading -> new Taken(reading.silence(), reading.value(), reading.scenario(),
        reading.evidence(), reading.probe(), List.copyOf(reading.otherwise()))).toList();
  }
}
