package dev.outboundkit.exception;

/** The request could not be exchanged: refused connection, unknown host, broken TLS... */
public final class TransportException extends OutboundException {
  public TransportException(String message, Throwable cause) {
    super(message, NO_HTTP_STATUS, cause);
  }
}
