package dev.outboundkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.conformance.profile.TargetProfile;
import dev.outboundkit.mock.Fixtures;
import dev.outboundkit.mock.MockServer;
import dev.outboundkit.mock.Readings;
import dev.outboundkit.mock.TaskStatus;
import dev.outboundkit.testing.TestKeys;
import picocli.CommandLine;

/**
 * Runs {@code outboundkit} commands in this JVM, keeping what they print; and the mocks and
 * profiles they are pointed at.
 */
final class CommandRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** @return the exit status of the command, as {@link Main} runs it */
  int run(String... args) {
    return run(Main.commandLine(), args);
  }

  /** @return the exit status, each command made by {@code factory} (a clock of its own, say) */
  int run(CommandLine.IFactory factory, String... args) {
    return run(CliErrors.install(new CommandLine(new Main(), factory)), args);
  }

  private int run(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** @return a started mock whose one tenant is {@link TestKeys}', on the system clock as the suite signs */
  static MockServer startMock(boolean controlApi, Readings readings) {
    return MockServer.builder().tenant(TestKeys.APP_ID, PublicKeys.load(TestKeys.path(TestKeys.PUBLIC_PEM)))
        .controlApi(controlApi).readings(readings).build().start();
  }

  /**
   * Writes a profile for the mock's default fixtures and {@link TestKeys}' tenant.
   *
   * @param baseUrl where the suite sends its requests: the mock's, or a server in front of it
   * @param notStarted2 the id for task.notStarted2, null for the fixtures' own
   * @param paused the id for task.paused, null for the fixtures' own
   * @param controlApi the control API's base URL, or null
   */
  static Path profile(MockServer mock, String baseUrl, Path file, Long notStarted2, Long paused, String controlApi) {
    Fixtures fixtures = mock.fixtures();
    new TargetProfile(baseUrl, TestKeys.APP_ID, TestKeys.path(TestKeys.PKCS8_PEM),
        fixtures.skillSetIds().get(0), fixtures.outboundNumberGroupIds().get(0),
        fixtures.tasks(TaskStatus.NOT_STARTED).get(0).id(),
        notStarted2 != null ? notStarted2 : fixtures.tasks(TaskStatus.NOT_STARTED).get(1).id(),
        fixtures.tasks(TaskStatus.IN_PROGRESS).get(0).id(),
        paused != null ? paused : fixtures.tasks(TaskStatus.PAUSED).get(0).id(),
        fixtures.tasks(TaskStatus.COMPLETED).get(0).id(), 999_999_999L, controlApi).write(file);
    return file;
  }
}
