package dev.outboundkit.auth;

import dev.outboundkit.exception.KeyFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads key files for {@link PrivateKeys} and {@link PublicKeys}. Kept apart from
 * {@link KeyText} so that reading a file loads no Bouncy Castle class: the first class from its
 * signed jars costs tens of milliseconds of jar verification, which the JDK-only path for plain
 * public keys avoids.
 */
final class KeyFiles {

  /** Far above any PEM key; stops a wrong --key argument (a log, a jar) being read whole. */
  private static final long MAX_FILE_BYTES = 1024 * 1024;

  private KeyFiles() {
  }

  /** Reads a key file as text, turning I/O failures into one-line {@link KeyFormatException}s. */
  static String read(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new KeyFormatException(source, "is a directory, not a key file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new KeyFormatException(source, "file is too large to be a key");
      }
      // Malformed UTF-8 is replaced, not thrown: a binary file then fails as "not a key".
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new KeyFormatException(source, "file not found", e);
    } catch (AccessDeniedException e) {
      throw new KeyFormatException(source, "file is not readable (permission denied)", e);
    } catch (IOException e) {
      throw new KeyFormatException(source, "cannot read file (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
