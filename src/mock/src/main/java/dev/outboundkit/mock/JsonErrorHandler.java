package dev.outboundkit.mock;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests that never reach the mock's handler (malformed HTTP: a bad
 * Content-Length, too large headers, no Host, a bad escape...), as a small JSON body
 * {@code {"error": "..."}} instead of Jetty's HTML page, for every method.
 *
 * <p>The text is Jetty's reason when it is a plain phrase (e.g. "Invalid Content-Length Value"),
 * else the status's standard phrase: never a Java class name, never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  /** A reason made of words only: no dots (class names), no brackets (stack traces). */
  private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,:;'=_/%-]{1,80}");

  @Override
  public boolean errorPageForMethod(String method) {
    return true; // Jetty answers GET, POST and HEAD only by default: a PUT would get no body
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    Answer answer = Answer.error(code, describe(code, message));
    response.getHeaders().put(MockHandler.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body.length);
    response.write(true, ByteBuffer.wrap(answer.body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(MockHandler.CONTENT_TYPE);
    return ByteBuffer.wrap(Answer.error(status, describe(status, reason)).body);
  }

  /** @return e.g. "malformed HTTP request (400 Bad Request): Invalid Content-Length Value" */
  static String describe(int code, String jettyReason) {
    String phrase = HttpStatus.getMessage(code);
    if (jettyReason == null || jettyReason.equals(phrase) || !PLAIN_REASON.matcher(jettyReason).matches()
        || jettyReason.contains("Exception")) {
      return head(code);
    }
    return head(code) + ": " + jettyReason;
  }

  /** @return the mock's own reason after the status, e.g. for a broken chunked body */
  static String malformed(int code, String reason) {
    return head(code) + ": " + reason;
  }

  private static String head(int code) {
    String phrase = HttpStatus.getMessage(code);
    return code >= 400 && code < 500 ? "malformed HTTP request (" + code + " " + phrase + ")"
        : "HTTP " + code + " " + phrase;
  }
}
