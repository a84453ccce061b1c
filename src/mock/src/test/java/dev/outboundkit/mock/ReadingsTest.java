package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outboundkit.mock.Readings.Silence;

/** The readings of what the page leaves open: only what a silence allows, and a file that reads back as written. */
class ReadingsTest {

  @TempDir
  Path folder;

  @Test
  void aRefusalCodeIsOneOfThePagesRefusalCodes() {
    assertThatThrownBy(() -> Readings.defaults().refusalCode(Readings.Refusal.COMPLETED_TASK, "10000"))
        .hasMessageContaining("10001, 10002, 20001, 29002, 29008");
    assertThatThrownBy(() -> Readings.parse(Map.of("gone-task", "29002"), null, "--refusal-code"))
        .hasMessage("--refusal-code: 'gone-task' is not one of missing-task, completed-task, duplicate-name,"
            + " unknown-reference");
  }

  @Test
  void eachSilenceTakesOnlyItsOwnReadings() {
    assertThatThrownBy(() -> Readings.defaults().with(Silence.CONTENT_TYPE_OTHER, "ignored"))
        .hasMessage("content-type.other: 'ignored' is not accepted or a refusal code (10001, 10002, 20001, 29002, 29008)");
    assertThatThrownBy(() -> Readings.defaults().with(Silence.TIMESTAMP_WINDOW, "5 minutes"))
        .hasMessageStartingWith("timestamp-window: '5 minutes' is not whole seconds or none");
    assertThat(Readings.defaults().with(Silence.UNKNOWN_FIELD, " 29002 ").value(Silence.UNKNOWN_FIELD)).isEqualTo("29002");
  }

  @Test
  void shorthandsSetTheSilencesTheyStandFor() {
    Readings readings = Readings.parse(Map.of("missing-task", "29002", "unknown-reference", "29008"), "absent", "x");

    assertThat(readings.changed()).containsExactly(
        Map.entry(Silence.REFUSAL_DATA_EDIT, "absent"), Map.entry(Silence.REFUSAL_DATA_READ_BACK, "absent"),
        Map.entry(Silence.CODE_MISSING_TASK, "29002"), Map.entry(Silence.CODE_READ_BACK_MISSING_TASK, "29002"),
        Map.entry(Silence.CODE_UNKNOWN_SKILL_SET, "29008"), Map.entry(Silence.CODE_UNKNOWN_NUMBER_GROUP, "29008"));
  }

  @Test
  void aFileWrittenFromReadingsLoadsAsTheSameReadings() throws IOException {
    Readings readings = Readings.defaults().with(Silence.CONTENT_TYPE_MISSING, "accepted")
        .with(Silence.TIMESTAMP_WINDOW, "none").with(Silence.DUPLICATE_SIGNING_HEADER, "last")
        .with(Silence.TASK_NAME_LENGTH_UNIT, "utf-16-units");
    Path file = folder.resolve("readings.properties");
    Files.writeString(file, readings.format(), StandardCharsets.UTF_8);

    Readings loaded = Readings.load(file);

    assertThat(loaded.format()).isEqualTo(readings.format());
    assertThat(loaded.timestampWindow()).as("none: no window").isNull();
    assertThat(readings.format().lines().filter(line -> !line.startsWith("#")))
        .hasSize(Silence.values().length).startsWith("content-type.missing=accepted");
  }

  @Test
  void unknownKeepsTheDefaultAndAnUnknownSilenceIsNamed() throws IOException {
    Path file = folder.resolve("r.properties");
    Files.writeString(file, "refusal-code.completed-task=unknown\ntimestamp-window=unknown\n");
    assertThat(Readings.load(file).changed()).isEmpty();

    Files.writeString(file, "refusal-code.gone-task=29002\n");
    assertThatThrownBy(() -> Readings.load(file)).hasMessageStartingWith("readings " + file
        + ", line 1: 'refusal-code.gone-task' is not a silence of the page; the silences are content-type.missing, ");
  }

  @Test
  void aMistakeIsNamedWithItsLine() throws IOException {
    Path file = folder.resolve("r.properties");
    Files.writeString(file, "# a comment\n\ncontent-type.other=accepted\ntimestamp-window=soon\n");
    assertThatThrownBy(() -> Readings.load(file)).hasMessage("readings " + file
        + ", line 4: timestamp-window: 'soon' is not whole seconds or none");

    Files.writeString(file, "unknown-field=ignored\nunknown-field=29002\n");
    assertThatThrownBy(() -> Readings.load(file)).hasMessage("readings " + file
        + ", line 2: unknown-field is given twice (line 1 too)");

    Files.writeString(file, "content-type.other accepted\n");
    assertThatThrownBy(() -> Readings.load(file)).hasMessage("readings " + file
        + ", line 1: 'content-type.other accepted' is not silence=reading");
  }

  @Test
  void formatWritesUnknownForASilenceNotRead() {
    Map<Silence, String> read = new EnumMap<>(Silence.class);
    read.put(Silence.UNKNOWN_FIELD, "29002");
    assertThat(Readings.format(read)).contains("\nunknown-field=29002\n").contains("\ncontent-type.missing=unknown\n");
  }
}
