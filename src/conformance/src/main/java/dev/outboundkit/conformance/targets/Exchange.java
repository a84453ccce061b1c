package dev.outboundkit.conformance.targets;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request sent to a target and its answer, as sent on the wire, kept so that a failure can
 * be shown as a {@code curl} line with the answer, and sent again later ({@link SavedRequest}).
 *
 * @param channel how it was sent, for reports (raw JSON, the generated client...); null when it
 *     goes without saying
 * @param method HTTP method
 * @param url the whole URL
 * @param headers request headers in the order sent
 * @param body the request body, null for none
 * @param answer what came back
 * @param signing how its signing headers were made; null when the suite did not sign it (a control
 *     API's GET)
 */
public record Exchange(String channel, String method, String url, List<Map.Entry<String, String>> headers,
    String body, Answer answer, SigningRecipe signing) {

  public Exchange {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = List.copyOf(headers);
    Objects.requireNonNull(answer, "answer");
  }

  /** An exchange the suite did not sign, or whose signing is not known. */
  public Exchange(String channel, String method, String url, List<Map.Entry<String, String>> headers, String body,
      Answer answer) {
    this(channel, method, url, headers, body, answer, null);
  }

  /** @return the same exchange, said to have gone through that channel */
  public Exchange through(String channelName) {
    return new Exchange(channelName, method, url, headers, body, answer, signing);
  }

  /** @return the same exchange, its signing headers made as the recipe says */
  public Exchange signedAs(SigningRecipe recipe) {
    return new Exchange(channel, method, url, headers, body, answer, recipe);
  }

  /** @return a curl command that sends the same request, headers included */
  public String curl() {
    return CurlLine.render(List.of("-sS"), method, url, headers, body);
  }

  /** @return the channel (when named), the curl line and the answer, for reports */
  public String describe() {
    return (channel == null ? "" : "# " + channel + "\n") + curl() + "\n# answer: "
        + (answer.status() < 0 ? "(none)" : "HTTP " + answer.status()) + "\n" + answer.text();
  }
}
