package dev.outboundkit.conformance.targets;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code curl} command line that sends one request, for people to paste into a POSIX shell:
 * the CLI's {@code sign} prints one, and a failing conformance scenario shows one per exchange.
 */
public final class CurlLine {
  /** Characters a POSIX shell leaves alone; anything else gets single quotes. */
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private CurlLine() {
  }

  /**
   * @param options curl options to put first, e.g. {@code -sS}; may be empty
   * @param method the HTTP method
   * @param url the whole URL
   * @param headers the request headers, in the order to send them
   * @param data the argument of {@code --data-binary} (a body, or {@code @file}), null for none
   * @return the command line, every word quoted where the shell needs it
   */
  public static String render(List<String> options, String method, String url,
      List<Map.Entry<String, String>> headers, String data) {
    StringBuilder line = new StringBuilder("curl");
    options.forEach(option -> line.append(' ').append(shellQuote(option)));
    line.append(" -X ").append(shellQuote(Objects.requireNonNull(method, "method")))
        .append(' ').append(shellQuote(Objects.requireNonNull(url, "url")));
    for (Map.Entry<String, String> header : headers) {
      line.append(" -H ").append(shellQuote(header.getKey() + ": " + header.getValue()));
    }
    if (data != null) {
      line.append(" --data-binary ").append(shellQuote(data));
    }
    return line.toString();
  }

  /** @return the word as one shell word: as it is when safe, else in single quotes */
  public static String shellQuote(String word) {
    return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
