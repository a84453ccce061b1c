package dev.outboundkit.auth;

import dev.outboundkit.exception.KeyFormatException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Loads an RSA public key, the one the tenant uploads and a server verifies with.
 *
 * <p>Accepted: PEM X.509 SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}), PEM PKCS#1
 * ({@code BEGIN RSA PUBLIC KEY}) and bare Base64 of either DER form, line breaks allowed. The key
 * must be RSA with at least 2048 bits. Anything else fails with a {@link KeyFormatException}
 * naming the problem and the source, never the key. The result is a standard JCA key.
 *
 * <p>The common form, SubjectPublicKeyInfo as PEM or as bare Base64, is read with the JDK alone:
 * loading Bouncy Castle's parser costs several hundred milliseconds, which a server that loads
 * its tenants' keys at start-up would pay. Every other form, and every error, takes the general
 * path, which words what is wrong.
 */
public final class PublicKeys {

  private static final Pattern SPKI_PEM = Pattern.compile(
      "\\A\\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----\\s*\\z");
  private static final Pattern BARE_BASE64 = Pattern.compile("\\A[A-Za-z0-9+/=\\s]+\\z");

  private PublicKeys() {
  }

  /** Loads a public key file. */
  public static RSAPublicKey load(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(KeyFiles.read(file), file.toString());
  }

  /**
   * Parses public key text.
   *
   * @param text PEM or bare Base64
   * @param sourceName names the key in error messages, e.g. a file path; null means "inline key"
   */
  public static RSAPublicKey parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    RSAPublicKey plain = plainSpki(text);
    if (plain != null) {
      return plain;
    }
    return AnyForm.parse(text, KeyText.sourceName(sourceName));
  }

  /** @return the key when the text is a plain RSA SPKI of the minimum size or more, else null */
  private static RSAPublicKey plainSpki(String text) {
    Matcher pem = SPKI_PEM.matcher(text);
    String base64 = pem.matches() ? pem.group(1) : BARE_BASE64.matcher(text).matches() ? text : null;
    if (base64 == null) {
      return null;
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(base64);
      PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
      return key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= KeyText.MIN_RSA_BITS ? rsa : null;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null; // the general path reads it again and says what is wrong
    }
  }

  /**
   * Every form, and every error, through Bouncy Castle. A class of its own so that the JVM loads
   * Bouncy Castle (and verifies its signed jars) only when this path runs.
   */
  private static final class AnyForm {
    private AnyForm() {
    }

    static RSAPublicKey parse(String text, String source) {
      List<Object> decoded = KeyText.decode(text, source);
      for (Object o : decoded) {
        if (o instanceof SubjectPublicKeyInfo info) {
          return toRsaPublicKey(info, source);
        }
      }
      Object first = decoded.get(0);
      if (KeyText.isPrivateKey(first)) {
        // Refused rather than derived: a private key in a public-key slot is usually a mix-up
        // that would otherwise spread the private key further.
        throw new KeyFormatException(source, "this is a private key; the public key belongs here"
            + " (derive it with 'openssl pkey -in PRIVATE_KEY_FILE -pubout')");
      }
      throw new KeyFormatException(source,
          "this is " + KeyText.describe(first) + ", not a public key");
    }

    private static RSAPublicKey toRsaPublicKey(SubjectPublicKeyInfo info, String source) {
      KeyText.requireRsa(info.getAlgorithm(), source);
      PublicKey key;
      try {
        key = new JcaPEMKeyConverter().getPublicKey(info);
      } catch (PEMException | RuntimeException e) {
        throw new KeyFormatException(source, "damaged RSA public key (the structure is invalid)", e);
      }
      if (!(key instanceof RSAPublicKey rsa)) {
        throw new KeyFormatException(source, "the JCA provider did not return an RSA public key");
      }
      KeyText.requireMinimumSize(rsa.getModulus(), source);
      return rsa;
    }
  }
}
