import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes COUNT pre-signed header pairs "timestamp sign", one a line, for the fresh-signature
 * benchmark (edit-fresh.lua): timestamps START, START+1, ... ms, each signed with SHA256withRSA
 * over APP_ID + timestamp. Uses Amazon Corretto Crypto Provider when it is on the class path
 * (faster signing), else the JDK.
 *
 * <p>Run as a single-file program: {@code java [-cp src/cli/target/lib/*] SignPairs.java KEY.pem APP_ID COUNT START OUT}
 */
public class SignPairs {
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: java SignPairs.java PRIVATE_KEY_PKCS8.pem APP_ID COUNT START_MILLIS OUT_FILE");
      System.exit(2);
    }
    try {
      Provider accp = (Provider) Class.forName("com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider")
          .getField("INSTANCE").get(null);
      Security.insertProviderAt(accp, 1);
    } catch (ReflectiveOperationException | LinkageError absent) {
      // the JDK signs
    }
    String pem = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    String appId = args[1];
    int count = Integer.parseInt(args[2]);
    long start = Long.parseLong(args[3]);
    int threads = Runtime.getRuntime().availableProcessors();
    String[] lines = new String[count];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> {
        Signature signer = Signature.getInstance("SHA256withRSA");
        for (int i = first; i < count; i += threads) {
          String timestamp = Long.toString(start + i);
          signer.initSign(key);
          signer.update((appId + timestamp).getBytes(StandardCharsets.UTF_8));
          lines[i] = timestamp + " " + Base64.getEncoder().encodeToString(signer.sign());
        }
        return null;
      }));
    }
    for (Future<?> part : parts) {
      part.get();
    }
    pool.shutdown();
    Files.write(Path.of(args[4]), List.of(lines), StandardCharsets.US_ASCII);
  }
}
