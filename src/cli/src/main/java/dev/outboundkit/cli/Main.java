package dev.outboundkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point {@code outboundkit}: only dispatches to subcommands, each in its own class.
 */
@Command(name = "outboundkit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Tools for the cloud call-center outbound-task API.",
    subcommands = {SignCommand.class, MockCommand.class,
        dev.outboundkit.cli.ConformanceCommand.class, ReplayCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  private static final String JETTY_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.eclipse.jetty";

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command tree, for {@link #main} and for tests (setOut/setErr, execute). */
  public static CommandLine commandLine() {
    // Jetty's start and stop lines at INFO name its classes and say nothing a user needs (the
    // mock, and the conformance command's in-process mock); its warnings stay.
    setIfUnset(JETTY_LOG_LEVEL, "warn");
    return CliErrors.install(new CommandLine(new Main()));
  }

  private static void setIfUnset(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Called without a subcommand. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand, e.g. 'sign'");
  }

  /** Version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"outboundkit " + (version != null ? version : "(development build)")};
    }
  }
}
