package dev.outboundkit.auth;

import dev.outboundkit.exception.KeyFormatException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;
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
 */
public final class PublicKeys {

  private PublicKeys() {
  }

  /** Loads a public key file. */
  public static RSAPublicKey load(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(KeyText.read(file), file.toString());
  }

  /**
   * Parses public key text.
   *
   * @param text PEM or bare Base64
   * @param sourceName names the key in error messages, e.g. a file path; null means "inline key"
   */
  public static RSAPublicKey parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    String source = KeyText.sourceName(sourceName);
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
