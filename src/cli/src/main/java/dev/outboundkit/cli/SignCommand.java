package dev.outboundkit.cli;

import dev.outboundkit.auth.PrivateKeys;
import dev.outboundkit.auth.RSASigner;
import dev.outboundkit.auth.RequestSigning;
import dev.outboundkit.conformance.targets.CurlLine;
import dev.outboundkit.spec.ApiSpec;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code outboundkit sign}: shows exactly what gets signed and sent, to debug a 10001 (鉴权失败)
 * answer by comparing with what the tenant's own code produces.
 *
 * <p>Printing the sign is the purpose of this command: it is output the user asked for, not a log.
 */
@Command(name = "sign",
    mixinStandardHelpOptions = true,
    description = {
        "Print the string to sign, the appId/timestamp/sign headers and a ready curl line.",
        "Use it to debug a 10001 (鉴权失败) answer: sign = Base64(SHA256withRSA(appId + timestamp)).",
        "Body, URL and method are not signed."})
public final class SignCommand implements Callable<Integer> {

  static final String PASSWORD_ENV = "OUTBOUNDKIT_KEY_PASSWORD";
  static final String DEFAULT_BASE_URL = "https://your-domain.example";
  /** The operation whose path {@code --path} defaults to. */
  static final String DEFAULT_OPERATION = "editTask";

  private static final Pattern EPOCH_MILLIS = Pattern.compile("[1-9][0-9]{12}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  @Spec
  CommandSpec spec;

  @Option(names = "--app-id", required = true, paramLabel = "APP_ID",
      description = "The tenant's appId.")
  String appId;

  @Option(names = "--key", required = true, paramLabel = "FILE",
      description = "RSA private key: PEM PKCS#8 or PKCS#1, encrypted PKCS#8, or bare Base64.")
  Path keyFile;

  // Interactive with optional value: a bare --key-password prompts without echo, keeping the
  // password out of shell history.
  @Option(names = "--key-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
      description = "Password of an encrypted key; prompts if given without a value. "
          + "Default: environment variable " + PASSWORD_ENV + ".")
  char[] keyPassword;

  @Option(names = "--timestamp", paramLabel = "MILLIS",
      description = "Epoch milliseconds, 13 digits. Default: now.")
  String timestamp;

  @Option(names = "--body", paramLabel = "FILE",
      description = "JSON body file, sent by the curl line (it is not signed).")
  Path body;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = DEFAULT_BASE_URL,
      description = "Default: ${DEFAULT-VALUE}.")
  String baseUrl;

  @Option(names = "--path", paramLabel = "PATH",
      description = "Default: the path of the spec's edit operation (editTask).")
  String path;

  private final Clock clock;
  private final UnaryOperator<String> environment;

  /** Used by picocli: the system clock and the real environment. */
  public SignCommand() {
    this(Clock.systemUTC(), System::getenv);
  }

  /**
   * For tests.
   *
   * @param clock source of the default timestamp
   * @param environment looks up environment variables (only {@value #PASSWORD_ENV} is read)
   */
  SignCommand(Clock clock, UnaryOperator<String> environment) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    String ts = timestamp != null ? checkedTimestamp(timestamp) : Long.toString(clock.millis());
    if (body != null && !Files.isReadable(body)) {
      throw new ParameterException(spec.commandLine(), "--body: file not found or not readable: "
          + body);
    }
    RSAPrivateKey key = loadKey();
    Map<String, String> headers = ApiSpec.bundled().signing().headers(new RSASigner(key), appId, ts);

    PrintWriter out = spec.commandLine().getOut();
    out.println("# string to sign = appId + timestamp (UTF-8, nothing between; body, URL and"
        + " method are not signed)");
    out.println(RequestSigning.stringToSign(appId, ts));
    out.println();
    out.println("# headers");
    headers.forEach((name, value) -> out.println(name + ": " + value));
    String publicKey = publicKeyBase64(key);
    if (publicKey != null) {
      out.println();
      out.println("# public key of --key; it must equal the one uploaded to the vendor console");
      out.println(publicKey);
    }
    out.println();
    out.println("# curl");
    out.println(curl(headers));
    out.flush();
    return 0;
  }

  private String checkedTimestamp(String text) {
    if (EPOCH_MILLIS.matcher(text).matches()) {
      return text;
    }
    String hint = DIGITS.matcher(text).matches() && text.length() == 10
        ? " (this looks like epoch seconds; multiply by 1000)"
        : "";
    throw new ParameterException(spec.commandLine(), "--timestamp must be epoch milliseconds,"
        + " 13 digits only, e.g. 1586314097995" + hint);
  }

  private RSAPrivateKey loadKey() {
    char[] password = keyPassword;
    if (password == null) {
      String fromEnv = environment.apply(PASSWORD_ENV);
      password = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
    }
    try {
      return PrivateKeys.load(keyFile, password);
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  /** The public half as bare Base64 SPKI, the form vendor consoles show; null if not derivable. */
  private static String publicKeyBase64(RSAPrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      return null;
    }
    try {
      BigInteger exponent = crt.getPublicExponent();
      byte[] spki = KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(crt.getModulus(), exponent)).getEncoded();
      return Base64.getEncoder().encodeToString(spki);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private String curl(Map<String, String> signed) {
    String target = path != null ? path : ApiSpec.bundled().path(DEFAULT_OPERATION);
    String url = baseUrl.replaceAll("/+$", "") + (target.startsWith("/") ? target : "/" + target);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Content-Type", "application/json"));
    headers.addAll(signed.entrySet());
    return CurlLine.render(List.of(), "POST", url, headers, body == null ? null : "@" + body);
  }
}
