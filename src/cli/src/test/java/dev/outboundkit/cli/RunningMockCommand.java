package dev.outboundkit.cli;

import dev.outboundkit.mock.MockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * {@code outboundkit mock} run in-process through {@link Main}'s command tree, on a thread of its
 * own; {@link #close()} stops the mock, if it started, and waits for the command to end.
 */
final class RunningMockCommand implements AutoCloseable {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CompletableFuture<MockServer> started = new CompletableFuture<>();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  RunningMockCommand(String... args) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == MockCommand.class) {
          return type.cast(new MockCommand(Clock.systemUTC(), stop, started::complete));
        }
        return CommandLine.defaultFactory().create(type);
      }
    };
    CommandLine commandLine = CliErrors.install(new CommandLine(new Main(), factory));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    Thread thread = new Thread(() -> exit.complete(commandLine.execute(args)), "mock-command");
    thread.setDaemon(true);
    thread.start();
    exit.thenRun(() -> started.complete(null));
  }

  /** @return the running mock, or null when the command ended first */
  MockServer server() throws Exception {
    return started.get(20, TimeUnit.SECONDS);
  }

  int exitCode() throws Exception {
    return exit.get(20, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    stop.countDown();
    exit.get(20, TimeUnit.SECONDS);
  }
}
