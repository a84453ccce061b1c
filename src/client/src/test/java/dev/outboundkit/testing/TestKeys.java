package dev.outboundkit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import dev.outboundkit.auth.PrivateKeys;

/** The committed test-only keys under the client module's src/test/resources/keys (see the README there). */
public final class TestKeys {

  public static final String APP_ID = "99845aaaaebd4d61acccc9b776208f12";
  public static final String PASSWORD = "s3cret-pass";
  /** The page's sample timestamp. */
  public static final long TIMESTAMP = 1586314097995L;

  public static final String PKCS8_PEM = "rsa2048-pkcs8.pem";
  public static final String PKCS1_PEM = "rsa2048-pkcs1.pem";
  public static final String PKCS8_BASE64 = "rsa2048-pkcs8.b64";
  public static final String PKCS8_ENCRYPTED_PEM = "rsa2048-pkcs8-encrypted.pem";
  public static final String PUBLIC_PEM = "rsa2048-public.pem";
  public static final String PUBLIC_BASE64 = "rsa2048-public.b64";
  public static final String PUBLIC_PKCS1_PEM = "rsa2048-public-pkcs1.pem";
  public static final String CERTIFICATE_PEM = "rsa2048-cert.pem";
  public static final String SECOND_PKCS8_PEM = "rsa2048-second-pkcs8.pem";
  public static final String SECOND_PUBLIC_PEM = "rsa2048-second-public.pem";
  public static final String RSA1024_PKCS8_PEM = "rsa1024-pkcs8.pem";
  public static final String RSA1024_PUBLIC_PEM = "rsa1024-public.pem";
  public static final String EC_PKCS8_PEM = "ec-p256-pkcs8.pem";
  public static final String EC_PUBLIC_PEM = "ec-p256-public.pem";
  public static final String GARBAGE = "garbage.txt";

  private TestKeys() {
  }

  public static Path path(String name) {
    return TestResources.file("/keys/" + name);
  }


  /** @return the main private key, {@value #PKCS8_PEM} */
  public static RSAPrivateKey privateKey() {
    return PrivateKeys.load(path(PKCS8_PEM));
  }

  public static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Base64 lines of a key file, without PEM armour or headers: what must never leak. */
  public static List<String> base64BodyLines(String name) {
    return text(name).lines()
        .map(String::strip)
        .filter(line -> !line.startsWith("-----") && !line.contains(":") && line.length() >= 16)
        .collect(Collectors.toList());
  }

  /** The modulus of the main key, read with the JDK alone as an independent reference. */
  public static BigInteger referenceModulus() {
    String body = String.join("", base64BodyLines(PKCS8_PEM));
    try {
      RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
      return key.getModulus();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line of golden-signs.txt: a sign computed by openssl. */
  public record GoldenSign(String keyFile, String appId, long timestamp, String sign) {
    @Override
    public String toString() {
      return keyFile + " @ " + timestamp;
    }
  }

  public static List<GoldenSign> goldenSigns() {
    return text("golden-signs.txt").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split(" "))
        .map(f -> new GoldenSign(f[0], f[1], Long.parseLong(f[2]), f[3]))
        .collect(Collectors.toList());
  }

  public static String goldenSign(String keyFile, long timestamp) {
    return goldenSigns().stream()
        .filter(g -> g.keyFile().equals(keyFile) && g.timestamp() == timestamp)
        .map(GoldenSign::sign)
        .findFirst()
        .orElseThrow();
  }
}
