package dev.outboundkit.spec;

import dev.outboundkit.testing.RepoFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Every template in generator-templates/java that takes the place of a stock one says which stock
 * file it came from, at which generator version and with which hash, and that file is still the
 * pinned generator's: an upgrade that changes a stock template fails here until someone reads
 * the upstream change and ports it.
 */
class ForkedTemplatesTest {
  private static final Path TEMPLATES = RepoFiles.path("generator-templates", "java");
  /** {@code {{! Forked from openapi-generator 7.25.0, Java/pojo.mustache, sha256 <hex>} or "Replaces ...". */
  private static final Pattern HEADER = Pattern.compile(
      "\\A\\{\\{! (Forked from|Replaces) openapi-generator (\\S+), (\\S+\\.mustache), sha256 ([0-9a-f]{64})");

  @Test
  void everyOverrideOfAStockTemplateRecordsTheStockFileAndItIsUnchanged() throws IOException {
    String version = System.getProperty("outboundkit.generatorVersion");
    Path jar = Path.of(System.getProperty("outboundkit.generatorJar"));
    assertThat(jar).as("the pinned generator's jar (run through Maven)").isRegularFile();
    int overrides = 0;
    try (ZipFile generator = new ZipFile(jar.toFile()); Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
        String stockPath = "Java/" + TEMPLATES.relativize(file).toString().replace('\\', '/');
        ZipEntry stock = generator.getEntry(stockPath);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (stock == null) {
          assertThat(text).as(file + " is not a stock template: it must say so")
              .startsWith("{{! Not a stock template");
          continue;
        }
        overrides++;
        Matcher header = HEADER.matcher(text);
        assertThat(header.find()).as(file + " overrides " + stockPath + ": its first line must record it").isTrue();
        assertThat(header.group(2)).as(file + ": recorded generator version").isEqualTo(version);
        assertThat(header.group(3)).as(file + ": recorded stock file").isEqualTo(stockPath);
        assertThat(sha256(generator, stock)).as(file + ": the stock " + stockPath + " of generator " + version
            + " no longer has the recorded hash; read the upstream change, port it, record the new hash")
            .isEqualTo(header.group(4));
      }
    }
    assertThat(overrides).as("stock templates overridden").isEqualTo(List.of("pojo", "oneof_interface",
        "generatedAnnotation", "ApiClient", "JSON").size());
  }

  private static String sha256(ZipFile jar, ZipEntry entry) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
