package dev.outboundkit.mock;

import dev.outboundkit.auth.PublicKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a tenant's public key for the mock's command line, quickly.
 *
 * <p>The common forms, an X.509 SubjectPublicKeyInfo as PEM ({@code BEGIN PUBLIC KEY}) or as bare
 * Base64 (as vendor consoles show it), are read with the JDK alone: this takes a few
 * milliseconds, where the general loader {@link PublicKeys} first loads Bouncy Castle, which
 * costs several hundred milliseconds of the mock's start-up. Anything else (PKCS#1, a
 * certificate, a key that is not RSA or too short, a broken file) goes to {@link PublicKeys},
 * which reads every form and words every error.
 */
final class TenantKeys {

  private static final Pattern SPKI_PEM = Pattern.compile(
      "\\A\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*\\z");
  private static final Pattern BARE_BASE64 = Pattern.compile("\\A[A-Za-z0-9+/=\\s]+\\z");
  private static final long MAX_FILE_BYTES = 64 * 1024;
  /** The smallest key the vendor API takes, as {@link PublicKeys} requires. */
  private static final int MIN_BITS = 2048;

  private TenantKeys() {
  }

  /**
   * @param file a public key file
   * @return its RSA public key
   * @throws dev.outboundkit.exception.KeyFormatException naming the file and the problem
   */
  static PublicKey load(Path file) {
    PublicKey quick = quick(file);
    return quick != null ? quick : PublicKeys.load(file);
  }

  /** @return the key when it is a plain RSA SPKI of at least 2048 bits, else null */
  private static PublicKey quick(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
        return null;
      }
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      Matcher pem = SPKI_PEM.matcher(text);
      String base64 = pem.matches() ? pem.group(1)
          : BARE_BASE64.matcher(text).matches() ? text : null;
      if (base64 == null) {
        return null;
      }
      byte[] der = Base64.getMimeDecoder().decode(base64);
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
      return key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_BITS ? key : null;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      return null; // the general loader reads it again and says what is wrong
    }
  }
}
