package dev.outboundkit.conformance;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.outboundkit.conformance.CurlLine;

/**
 * One request and its answer, as sent on the wire, kept so that a failing scenario can show it
 * as a {@code curl} line.
 *
 * @param channel how it was sent: raw JSON (REST Assured), the generated client, the Java
 *     client, or the suite's own read-back
 * @param method HTTP method
 * @param url the whole URL
 * @param headers request headers in the order sent
 * @param body the request body, null for none
 * @param status the HTTP status, -1 when no answer came
 * @param answer the answer's body, or what went wrong
 */
record Exchange(String channel, String method, String url, List<Map.Entry<String, String>> headers,
    String body, int status, String answer) {

  /** @return a curl command that sends the same request, headers included */
  String curl() {
    return CurlLine.render(List.of("-sS"), method, url, headers, body);
  }

  /** @return the curl line and the answer, for reports */
  String describe() {
    return "# " + channel + "\n" + curl() + "\n# answer: " + (status < 0 ? "(none)" : "HTTP " + status)
        + "\n" + answer + "\n";
  }

  static String describeAll(List<Exchange> exchanges) {
    return exchanges.stream().map(Exchange::describe).collect(Collectors.joining("\n"));
  }
}
