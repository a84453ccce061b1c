package dev.outboundkit.client;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;

import dev.outboundkit.auth.PrivateKeys;

/** The committed test-only keys of src/test/resources/keys. */
final class TestKeys {
  static final String APP_ID = "99845aaaaebd4d61acccc9b776208f12";
  static final long TIMESTAMP = 1586314097995L;

  private TestKeys() {
  }

  static Path path(String name) {
    try {
      return Path.of(TestKeys.class.getResource("/keys/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RSAPrivateKey privateKey() {
    return PrivateKeys.load(path("rsa2048-pkcs8.pem"));
  }
}
