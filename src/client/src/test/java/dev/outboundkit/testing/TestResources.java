package dev.outboundkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test resource as a file, wherever it is on the class path: in a folder of this module, or
 * inside another module's test jar (a build that packaged it), where it is copied out once.
 */
public final class TestResources {
  private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

  private TestResources() {
  }

  /** @param name an absolute resource name, e.g. {@code /keys/rsa2048-pkcs8.pem} */
  public static Path file(String name) {
    URL url = TestResources.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return COPIES.computeIfAbsent(name, TestResources::copy);
  }

  private static Path copy(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream(name)) {
      Path folder = Files.createTempDirectory("outboundkit-test-resource");
      Path file = folder.resolve(Path.of(name.substring(1)).getFileName().toString());
      Files.copy(in, file);
      file.toFile().deleteOnExit();
      folder.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
