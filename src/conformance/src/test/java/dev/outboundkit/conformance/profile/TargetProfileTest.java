package dev.outboundkit.conformance.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TargetProfileTest {

  @TempDir
  Path dir;

  private Path key;

  @BeforeEach
  void keyFile() throws IOException {
    key = Files.writeString(dir.resolve("private.pem"), "not checked here");
  }

  private TargetProfile profile(Path privateKey) {
    return new TargetProfile("http://127.0.0.1:8080", "demo-0123", privateKey, "1462016331580064",
        "1070678044124225", 121, 122, 123, 124, 125, 999_999_999L);
  }

  /** The lines of a valid profile file, with the key relative to the folder. */
  private static List<String> validLines() {
    return new ArrayList<>(List.of(
        "baseUrl=http://127.0.0.1:8080",
        "appId=demo-0123",
        "privateKey=private.pem",
        "skillSetId=1462016331580064",
        "outboundNumberGroupId=1070678044124225",
        "task.notStarted=121",
        "task.notStarted2=122",
        "task.inProgress=123",
        "task.paused=124",
        "task.completed=125",
        "task.missing=999999999"));
  }

  private Path write(List<String> lines) throws IOException {
    return Files.write(dir.resolve("target.properties"), lines, StandardCharsets.UTF_8);
  }

  private static List<String> without(String key) {
    List<String> lines = validLines();
    lines.removeIf(line -> line.startsWith(key + "="));
    return lines;
  }

  private static List<String> with(String key, String value) {
    List<String> lines = without(key);
    lines.add(key + "=" + value);
    return lines;
  }

  @Test
  void aWrittenProfileLoadsBackEqual() {
    Path file = dir.resolve("round-trip.properties");
    TargetProfile written = profile(key);

    written.write(file);

    assertThat(TargetProfile.load(file)).isEqualTo(written);
  }

  @Test
  void theOptionalControlApiLoadsBackAndMustBeAUrl() throws IOException {
    assertThat(TargetProfile.load(write(with(TargetProfile.CONTROL_API, "http://127.0.0.1:8080/__control/")))
        .controlApi()).isEqualTo("http://127.0.0.1:8080/__control/");
    assertThat(TargetProfile.load(write(validLines())).controlApi()).isNull();
    assertThatThrownBy(() -> TargetProfile.load(write(with(TargetProfile.CONTROL_API, "ftp://x"))))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("key controlApi must be an http or https URL, was 'ftp://x'");
  }

  @Test
  void aSecondTenantLoadsBackWithItsKeyReadFromTheProfilesFolder() throws IOException {
    List<String> lines = validLines();
    lines.add(TargetProfile.SECOND_TENANT_APP_ID + "=demo-4567");
    lines.add(TargetProfile.SECOND_TENANT_KEY + "=private.pem");

    TargetProfile loaded = TargetProfile.load(write(lines));

    assertThat(loaded.secondTenantAppId()).isEqualTo("demo-4567");
    assertThat(loaded.secondTenantKey()).isEqualTo(key.toAbsolutePath());
    Path again = dir.resolve("again.properties");
    loaded.write(again);
    assertThat(TargetProfile.load(again)).isEqualTo(loaded);
  }

  @Test
  void aSecondTenantWithoutItsKeyIsRefusedNamingBothKeys() throws IOException {
    assertThatThrownBy(() -> TargetProfile.load(write(with(TargetProfile.SECOND_TENANT_APP_ID, "demo-4567"))))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("keys secondTenant.appId and secondTenant.privateKey go together");
  }

  @Test
  void aSecondTenantsKeyThatIsNotThereIsRefusedNamingTheKey() throws IOException {
    List<String> lines = with(TargetProfile.SECOND_TENANT_APP_ID, "demo-4567");
    lines.add(TargetProfile.SECOND_TENANT_KEY + "=gone.pem");

    assertThatThrownBy(() -> TargetProfile.load(write(lines)))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("key secondTenant.privateKey names a file that does not exist").hasMessageContaining("gone.pem");
  }

  @Test
  void writeHasExactlyTheDocumentedKeysInOrder() throws IOException {
    Path file = dir.resolve("keys.properties");
    profile(key).write(file);

    List<String> keys = Files.readAllLines(file).stream().filter(line -> !line.startsWith("#"))
        .map(line -> line.substring(0, line.indexOf('='))).toList();

    assertThat(keys).isEqualTo(TargetProfile.KEYS);
  }

  @Test
  void aKeyBesideTheProfileIsWrittenRelative() throws IOException {
    Path file = dir.resolve("relative.properties");
    profile(key).write(file);

    assertThat(Files.readAllLines(file)).contains("privateKey=private.pem", "baseUrl=http://127.0.0.1:8080");
  }

  @Test
  void aKeyElsewhereIsWrittenAbsolute() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("keys")).resolve("k.pem");
    Files.writeString(elsewhere, "x");
    Path file = Files.createDirectories(dir.resolve("profiles")).resolve("p.properties");

    profile(elsewhere).write(file);

    assertThat(Files.readAllLines(file)).contains("privateKey=" + elsewhere.toAbsolutePath());
    assertThat(TargetProfile.load(file).privateKey()).isEqualTo(elsewhere.toAbsolutePath());
  }

  @Test
  void aRelativeKeyIsReadFromTheProfilesFolderNotTheWorkingDirectory() throws IOException {
    TargetProfile loaded = TargetProfile.load(write(validLines()));

    assertThat(loaded.privateKey()).isEqualTo(key.toAbsolutePath());
  }

  @Test
  void valuesWithBackslashesAndLeadingBlanksRoundTrip() {
    Path file = dir.resolve("escapes.properties");
    TargetProfile odd = new TargetProfile("https://example.test/base", " app\\id #1", key, "a=b:c", "g\tg",
        1, 2, 3, 4, 5, 6);

    odd.write(file);

    assertThat(TargetProfile.load(file).appId()).isEqualTo("app\\id #1");
  }

  @Test
  void aMissingFileIsRefused() {
    assertThatThrownBy(() -> TargetProfile.load(dir.resolve("none.properties")))
        .isInstanceOf(ProfileException.class).hasMessageContaining("none.properties").hasMessageContaining("not found");
  }

  static Stream<String> keys() {
    return TargetProfile.KEYS.stream();
  }

  @ParameterizedTest
  @MethodSource("keys")
  void aMissingKeyIsRefusedNamingIt(String key) throws IOException {
    Path file = write(without(key));

    assertThatThrownBy(() -> TargetProfile.load(file)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("missing key " + key);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void aBlankKeyIsRefusedNamingIt(String key) throws IOException {
    Path file = write(with(key, "  "));

    assertThatThrownBy(() -> TargetProfile.load(file)).isInstanceOf(ProfileException.class)
        .hasMessageContaining(key + " is blank");
  }

  static Stream<String> taskKeys() {
    return TargetProfile.KEYS.stream().filter(key -> key.startsWith("task."));
  }

  @ParameterizedTest
  @MethodSource("taskKeys")
  void aNonNumericTaskIdIsRefusedNamingTheKey(String key) throws IOException {
    Path file = write(with(key, "12a"));

    assertThatThrownBy(() -> TargetProfile.load(file)).isInstanceOf(ProfileException.class)
        .hasMessageContaining(key).hasMessageContaining("12a");
  }

  @Test
  void anUnknownKeyIsRefusedNamingIt() throws IOException {
    List<String> lines = validLines();
    lines.add("task.pasued=124");

    assertThatThrownBy(() -> TargetProfile.load(write(lines))).isInstanceOf(ProfileException.class)
        .hasMessageContaining("unknown key task.pasued");
  }

  @Test
  void aPrivateKeyFileThatDoesNotExistIsRefusedNamingTheKey() throws IOException {
    Path file = write(with("privateKey", "gone.pem"));

    assertThatThrownBy(() -> TargetProfile.load(file)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("privateKey").hasMessageContaining("gone.pem");
  }

  @Test
  void aBaseUrlThatIsNotHttpIsRefused() throws IOException {
    Path file = write(with("baseUrl", "127.0.0.1:8080"));

    assertThatThrownBy(() -> TargetProfile.load(file)).isInstanceOf(ProfileException.class)
        .hasMessageContaining("baseUrl");
  }
}
