package dev.outboundkit.auth;

import dev.outboundkit.exception.KeyFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Shared by {@link PrivateKeys} and {@link PublicKeys}: decodes key text (PEM, or bare Base64 DER
 * as vendor consoles hand it out) into Bouncy Castle ASN.1 objects, and words the errors.
 *
 * <p>Every message names the problem and the source, never the key text.
 */
final class KeyText {

  static final String INLINE_SOURCE = "inline key";
  static final int MIN_RSA_BITS = 2048;

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Control characters or undecodable bytes (U+FFFD): the file is not text. */
  private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\uFFFD]");

  private static final Map<String, String> ALGORITHM_NAMES = Map.of(
      "1.2.840.10045.2.1", "EC",
      "1.2.840.10040.4.1", "DSA",
      "1.2.840.113549.1.3.1", "DH",
      "1.2.840.113549.1.1.10", "RSASSA-PSS",
      "1.3.101.110", "X25519",
      "1.3.101.111", "X448",
      "1.3.101.112", "Ed25519",
      "1.3.101.113", "Ed448");

  private KeyText() {
  }

  static String sourceName(String sourceNameOrNull) {
    return sourceNameOrNull == null || sourceNameOrNull.isBlank() ? INLINE_SOURCE : sourceNameOrNull;
  }

  /**
   * Decodes every object in the text. PEM yields one entry per block; bare Base64 yields one.
   * Entries are BC types: {@link PrivateKeyInfo}, {@link PEMKeyPair}, {@link PEMEncryptedKeyPair},
   * {@link PKCS8EncryptedPrivateKeyInfo}, {@link SubjectPublicKeyInfo},
   * {@link X509CertificateHolder}, or another PEM type the callers refuse by {@link #describe}.
   */
  static List<Object> decode(String text, String source) {
    String stripped = text.strip();
    if (!stripped.isEmpty() && stripped.charAt(0) == '\uFEFF') { // BOM from Windows editors
      stripped = stripped.substring(1).strip();
    }
    if (stripped.isEmpty()) {
      throw new KeyFormatException(source, "is empty");
    }
    return stripped.contains("-----BEGIN ") ? decodePem(stripped, source)
        : List.of(decodeBareBase64(stripped, source));
  }

  private static List<Object> decodePem(String text, String source) {
    if (text.contains("-----BEGIN OPENSSH PRIVATE KEY")) {
      throw new KeyFormatException(source, "this is an OpenSSH-format key; convert it to PKCS#8 with"
          + " 'ssh-keygen -p -m PKCS8 -f FILE' (works on a copy)");
    }
    List<Object> objects = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        // "EC PARAMETERS" precedes "EC PRIVATE KEY" in openssl ecparam output: not a key itself.
        if (!(o instanceof ASN1ObjectIdentifier)) {
          objects.add(o);
        }
      }
    } catch (IOException | RuntimeException e) {
      // BC's messages name the PEM type at most; ours stays generic and keeps BC's as the cause.
      throw new KeyFormatException(source, "malformed or unsupported PEM block", e);
    }
    if (objects.isEmpty()) {
      throw new KeyFormatException(source, "contains '-----BEGIN' but no complete PEM block");
    }
    return objects;
  }

  private static Object decodeBareBase64(String text, String source) {
    String base64 = WHITESPACE.matcher(text).replaceAll("");
    byte[] der;
    try {
      if (!BASE64.matcher(base64).matches()) {
        throw new IllegalArgumentException("not Base64");
      }
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      if (BINARY.matcher(text).find()) {
        throw new KeyFormatException(source, "binary file (DER?); give PEM or Base64 text instead"
            + " (convert with 'openssl pkey -inform DER -in FILE', adding -pubin for a public key)");
      }
      throw new KeyFormatException(source,
          "not a key: neither PEM ('-----BEGIN ...') nor Base64-encoded DER");
    }
    Object decoded;
    try {
      decoded = classifyDer(der);
    } catch (IOException | RuntimeException e) {
      decoded = null;
    }
    if (decoded == null) {
      throw new KeyFormatException(source,
          "not a key: Base64 decodes, but not to PKCS#8, PKCS#1 or X.509 SubjectPublicKeyInfo");
    }
    return decoded;
  }

  /** Recognises bare DER by its ASN.1 shape, returning what PEMParser would for the PEM form. */
  private static Object classifyDer(byte[] der) throws IOException {
    if (!(ASN1Primitive.fromByteArray(der) instanceof ASN1Sequence seq) || seq.size() < 2) {
      return null;
    }
    ASN1Encodable first = seq.getObjectAt(0);
    ASN1Encodable second = seq.getObjectAt(1);
    if (first instanceof ASN1Integer) {
      if (seq.size() >= 3 && second instanceof ASN1Sequence
          && seq.getObjectAt(2) instanceof ASN1OctetString) {
        return PrivateKeyInfo.getInstance(seq);                      // PKCS#8
      }
      if (seq.size() == 2 && second instanceof ASN1Integer) {         // PKCS#1 RSAPublicKey
        return new SubjectPublicKeyInfo(rsaAlgorithm(), RSAPublicKey.getInstance(seq));
      }
      if (seq.size() >= 9 && allIntegers(seq)) {                      // PKCS#1 RSAPrivateKey
        return new PrivateKeyInfo(rsaAlgorithm(), RSAPrivateKey.getInstance(seq));
      }
      return null;
    }
    if (first instanceof ASN1Sequence) {
      if (seq.size() == 2 && second instanceof ASN1BitString) {
        return SubjectPublicKeyInfo.getInstance(seq);
      }
      if (seq.size() == 2 && second instanceof ASN1OctetString) {
        return new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(seq));
      }
      if (seq.size() == 3 && second instanceof ASN1Sequence
          && seq.getObjectAt(2) instanceof ASN1BitString) {
        return new X509CertificateHolder(Certificate.getInstance(seq));
      }
    }
    return null;
  }

  private static boolean allIntegers(ASN1Sequence seq) {
    for (ASN1Encodable element : seq) {
      if (!(element instanceof ASN1Integer)) {
        return false;
      }
    }
    return true;
  }

  private static AlgorithmIdentifier rsaAlgorithm() {
    return new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
  }

  /** Refuses anything but a plain rsaEncryption key, naming what it is instead. */
  static void requireRsa(AlgorithmIdentifier algorithm, String source) {
    ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
    if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
      return;
    }
    throw new KeyFormatException(source,
        "this is " + withArticle(algorithmName(algorithm)) + " key; the vendor API needs an RSA key"
            + " of at least " + MIN_RSA_BITS + " bits");
  }

  private static String algorithmName(AlgorithmIdentifier algorithm) {
    String oid = algorithm.getAlgorithm().getId();
    String name = ALGORITHM_NAMES.getOrDefault(oid, "algorithm " + oid);
    if (X9ObjectIdentifiers.id_ecPublicKey.getId().equals(oid)
        && algorithm.getParameters() instanceof ASN1ObjectIdentifier curve) {
      String curveName = ECNamedCurveTable.getName(curve);
      name += " (" + (curveName != null ? curveName : curve.getId()) + ")";
    }
    return name;
  }

  private static String withArticle(String name) {
    // Said aloud: "an EC", "an RSA", "an X25519", but "a DSA".
    return ("aeiouAEIOUX".indexOf(name.charAt(0)) >= 0 || name.startsWith("RSA") ? "an " : "a ")
        + name;
  }

  static void requireMinimumSize(BigInteger modulus, String source) {
    int bits = modulus.bitLength();
    if (bits < MIN_RSA_BITS) {
      throw new KeyFormatException(source, "RSA key is " + bits + " bits; the vendor API needs at"
          + " least " + MIN_RSA_BITS + " bits");
    }
  }

  static boolean isPrivateKey(Object decoded) {
    return decoded instanceof PrivateKeyInfo || decoded instanceof PEMKeyPair
        || decoded instanceof PEMEncryptedKeyPair
        || decoded instanceof PKCS8EncryptedPrivateKeyInfo;
  }

  /** What a decoded object is, for "this is ..." messages. */
  static String describe(Object decoded) {
    if (isPrivateKey(decoded)) {
      return "a private key";
    }
    if (decoded instanceof SubjectPublicKeyInfo) {
      return "a public key";
    }
    if (decoded instanceof X509CertificateHolder || decoded instanceof X509TrustedCertificateBlock) {
      return "a certificate";
    }
    if (decoded instanceof PKCS10CertificationRequest) {
      return "a certificate signing request";
    }
    if (decoded instanceof X509CRLHolder) {
      return "a certificate revocation list";
    }
    return "a PEM block of an unsupported type";
  }
}
