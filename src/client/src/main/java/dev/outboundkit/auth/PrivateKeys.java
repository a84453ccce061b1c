package dev.outboundkit.auth;

import dev.outboundkit.exception.KeyFormatException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Loads the tenant's RSA private key, the one that signs requests.
 *
 * <p>Accepted: PEM PKCS#8 ({@code BEGIN PRIVATE KEY}), PEM PKCS#1 ({@code BEGIN RSA PRIVATE KEY},
 * also with legacy OpenSSL encryption), PEM encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY})
 * and bare Base64 of any of these DER forms, line breaks allowed, as vendor consoles hand it out.
 * The key must be RSA with at least 2048 bits. Anything else fails with a
 * {@link KeyFormatException} naming the problem and the source, never the key.
 *
 * <p>The result is a standard JCA key (SunRsaSign); Bouncy Castle is not registered globally.
 * Password arrays are neither kept nor modified; clearing them is the caller's business.
 */
public final class PrivateKeys {

  private PrivateKeys() {
  }

  /** Loads an unencrypted private key file. */
  public static RSAPrivateKey load(Path file) {
    return load(file, null);
  }

  /**
   * Loads a private key file.
   *
   * @param password the password of an encrypted key; null if the key is not encrypted
   */
  public static RSAPrivateKey load(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    return parse(KeyFiles.read(file), password, file.toString());
  }

  /**
   * Parses private key text.
   *
   * @param text PEM or bare Base64
   * @param passwordOrNull the password of an encrypted key; null if the key is not encrypted
   * @param sourceName names the key in error messages, e.g. a file path; null means "inline key"
   */
  public static RSAPrivateKey parse(String text, char[] passwordOrNull, String sourceName) {
    Objects.requireNonNull(text, "text");
    String source = KeyText.sourceName(sourceName);
    List<Object> decoded = KeyText.decode(text, source);
    for (Object o : decoded) {
      if (o instanceof PrivateKeyInfo info) {
        return toRsaPrivateKey(info, source);
      }
      if (o instanceof PEMKeyPair pair) {
        return toRsaPrivateKey(pair.getPrivateKeyInfo(), source);
      }
      if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
        return toRsaPrivateKey(decrypt(encrypted, passwordOrNull, source), source);
      }
      if (o instanceof PEMEncryptedKeyPair encrypted) {
        return toRsaPrivateKey(decrypt(encrypted, passwordOrNull, source), source);
      }
    }
    String found = KeyText.describe(decoded.get(0));
    if ("a public key".equals(found)) {
      throw new KeyFormatException(source, "this is a public key; the private key is needed to sign");
    }
    throw new KeyFormatException(source, "this is " + found + ", not a private key; the private"
        + " key is needed to sign");
  }

  private static RSAPrivateKey toRsaPrivateKey(PrivateKeyInfo info, String source) {
    KeyText.requireRsa(info.getPrivateKeyAlgorithm(), source);
    PrivateKey key;
    try {
      key = new JcaPEMKeyConverter().getPrivateKey(info);
    } catch (PEMException | RuntimeException e) {
      throw new KeyFormatException(source, "damaged RSA private key (the structure is invalid)", e);
    }
    if (!(key instanceof RSAPrivateKey rsa)) {
      throw new KeyFormatException(source, "the JCA provider did not return an RSA private key");
    }
    KeyText.requireMinimumSize(rsa.getModulus(), source);
    return rsa;
  }

  private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password,
      String source) {
    requirePassword(password, source);
    try {
      InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
          .setProvider(BouncyCastle.PROVIDER).build(password);
      return encrypted.decryptPrivateKeyInfo(decryptor);
    } catch (Exception e) {
      // A wrong password shows up as a padding or ASN.1 error; both mean the same to the user.
      throw new KeyFormatException(source, "cannot decrypt the private key: wrong password, or the"
          + " encrypted key is damaged", e);
    }
  }

  private static PrivateKeyInfo decrypt(PEMEncryptedKeyPair encrypted, char[] password,
      String source) {
    requirePassword(password, source);
    try {
      return encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
          .setProvider(BouncyCastle.PROVIDER).build(password)).getPrivateKeyInfo();
    } catch (Exception e) {
      throw new KeyFormatException(source, "cannot decrypt the private key: wrong password, or the"
          + " encrypted key is damaged", e);
    }
  }

  private static void requirePassword(char[] password, String source) {
    if (password == null) {
      throw new KeyFormatException(source, "the private key is encrypted and no password was given");
    }
  }

  /**
   * Bouncy Castle as a private provider instance, created on first use of an encrypted key: the
   * JDK lacks some PBES2 cipher names OpenSSL writes, and registering BC globally would change
   * provider order for the whole application.
   */
  private static final class BouncyCastle {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }
}
