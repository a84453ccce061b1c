package dev.outboundkit.mock;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The mock's HTTP server: Jetty 12's core (no servlets), HTTP/1.1 only, strict parsing (RFC 9110
 * and RFC 3986 compliance modes: no obs-fold, no bare LF, no NUL, Host required), per-phase read
 * deadlines, a bound on open connections, and JSON answers to malformed requests.
 */
final class JettyTransport {

  /** The largest request line plus headers read, 8 KiB (Jetty's default); larger: 431. */
  static final int MAX_REQUEST_HEAD_BYTES = 8 * 1024;

  /** The settings of one server. */
  record Settings(InetAddress host, int port, int threads, Duration headTimeout, Duration bodyTimeout,
      Duration idleTimeout, int maxConnections) {
  }

  private final Server server;
  private final ServerConnector connector;

  private JettyTransport(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * @throws MockSetupException when the port cannot be bound
   */
  static JettyTransport start(Settings settings, java.util.function.Function<ReadDeadlines, MockHandler> handler) {
    // Jetty reserves a thread for the acceptor and one for the selector; the rest run handlers.
    QueuedThreadPool pool = new QueuedThreadPool(settings.threads() + 2, Math.min(4, settings.threads() + 2));
    pool.setName("outboundkit-mock");
    pool.setDaemon(true);
    Server server = new Server(pool);
    server.setStopTimeout(0);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES);
    // RFC 9110 as Jetty reads it, less the one leniency it keeps: a bare LF ending a header line.
    http.setHttpCompliance(HttpCompliance.RFC9110.without("RFC9110 with CRLF only",
        HttpCompliance.Violation.LF_HEADER_TERMINATION));
    http.setUriCompliance(UriCompliance.DEFAULT);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(settings.host().getHostAddress());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.idleTimeout().toMillis());
    connector.setAcceptQueueSize(1024);
    ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("outboundkit-mock-deadlines", true);
    server.addBean(scheduler);
    ReadDeadlines deadlines = new ReadDeadlines(scheduler, settings.headTimeout(), settings.bodyTimeout());
    connector.addBean(deadlines);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
    server.setErrorHandler(new JsonErrorHandler());
    server.setHandler(handler.apply(deadlines));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      String where = settings.host().getHostAddress() + ":" + settings.port();
      Throwable cause = e instanceof IOException && e.getCause() instanceof BindException ? e.getCause() : e;
      if (cause instanceof BindException) {
        throw new MockSetupException("cannot listen on " + where + ": "
            + (settings.port() != 0 ? "the port is already in use or not allowed" : cause.getMessage()), e);
      }
      throw new MockSetupException("cannot listen on " + where + ": " + e.getMessage(), e);
    }
    return new JettyTransport(server, connector);
  }

  int port() {
    return connector.getLocalPort();
  }

  void stop() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping: nothing left to do with a failure
    }
  }
}
