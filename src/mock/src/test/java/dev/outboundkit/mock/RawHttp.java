package dev.outboundkit.mock;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes on a socket, for requests no HTTP client would send (malformed HTTP, duplicated
 * headers), and the answer read back as it came: status, headers, body.
 */
final class RawHttp {

  private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

  private RawHttp() {
  }

  /** An answer as received; {@code status} -1 when the connection closed without one. */
  record Response(int status, String head, String body) {
    boolean closedWithoutAnswer() {
      return status < 0;
    }

    JsonElement json() {
      return JsonParser.parseString(body);
    }

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /**
   * A new connection to the mock on loopback; a read waits 5 s at most. Its send buffer holds
   * 64 KiB, so that a request up to that size leaves in one write, whole, before the mock can
   * answer it.
   */
  static Socket connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.setSendBufferSize(64 * 1024);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    socket.setSoTimeout(5000);
    return socket;
  }

  /**
   * Sends the bytes on a new connection and reads one answer. The mock may answer before it has
   * read the whole request (a refused head) and close: the write then fails, and the answer, when
   * the mock sent one, is already in the receive buffer, so it is read all the same; the caller
   * checks that it came whole.
   */
  static Response exchange(int port, byte[] request) {
    try (Socket socket = connect(port)) {
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
      } catch (SocketException answeredAndClosed) {
        // read what the mock answered, below
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response exchange(int port, String request) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Reads one answer: the head, then Content-Length bytes (or to the end of the stream). */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    int headEnd = -1;
    byte[] buffer = new byte[8192];
    try {
      while (true) {
        String text = received.toString(StandardCharsets.ISO_8859_1);
        if (headEnd < 0) {
          headEnd = text.indexOf("\r\n\r\n");
        }
        if (headEnd >= 0) {
          Matcher length = CONTENT_LENGTH.matcher(text.substring(0, headEnd));
          if (length.find() && received.size() >= headEnd + 4 + Integer.parseInt(length.group(1))) {
            break;
          }
        }
        int read = in.read(buffer);
        if (read < 0) {
          break;
        }
        received.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException | SocketException stopped) {
      // what arrived is the answer (or nothing)
    }
    byte[] bytes = received.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (headEnd < 0 || !text.startsWith("HTTP/1.")) {
      return new Response(-1, text, "");
    }
    int status = Integer.parseInt(text.substring(9, 12));
    String body = new String(bytes, headEnd + 4, bytes.length - headEnd - 4, StandardCharsets.UTF_8);
    return new Response(status, text.substring(0, headEnd), body);
  }

  /**
   * A signed edit request with its headers in order, the given body and extra header lines; it
   * asks the mock to close the connection after its answer.
   */
  static String edit(String body, Map<String, String> signed, String... extraHeaderLines) {
    return edit(body, signed, true, extraHeaderLines);
  }

  /** As {@link #edit(String, Map, String...)}, on a connection kept open for the next request. */
  static String keptAliveEdit(String body, Map<String, String> signed) {
    return edit(body, signed, false);
  }

  private static String edit(String body, Map<String, String> signed, boolean close, String... extraHeaderLines) {
    StringBuilder request = new StringBuilder("POST " + MockServer.EDIT_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .append("Content-Type: application/json\r\n");
    signed.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    for (String line : extraHeaderLines) {
      request.append(line).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    request.append("Content-Length: ").append(bytes.length).append("\r\n");
    if (close) {
      request.append("Connection: close\r\n");
    }
    request.append("\r\n");
    return request + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** @return whether the text names a Java class or a stack frame, or is HTML */
  static boolean leaksInternals(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return text.contains("Exception") || text.contains("java.") || text.contains("org.eclipse")
        || text.contains("dev.outboundkit") || text.contains("\tat ") || lower.contains("<html")
        || lower.contains("<h1") || lower.contains("jetty");
  }
}
