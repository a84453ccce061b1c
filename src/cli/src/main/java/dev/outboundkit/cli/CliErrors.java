package dev.outboundkit.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr and a non-zero exit code, for all subcommands.
 *
 * <p>Users of a CLI make typos and point at the wrong file; a stack trace buries the one line
 * they need. Set {@value #DEBUG_ENV}=1 to get the stack trace of an unexpected failure.
 */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final String DEBUG_ENV = "OUTBOUNDKIT_DEBUG";

  private CliErrors() {
  }

  /**
   * Installs the handlers on {@code commandLine} and, as picocli does, on all its subcommands
   * registered so far; call it after adding subcommands.
   */
  public static CommandLine install(CommandLine commandLine) {
    Objects.requireNonNull(commandLine, "commandLine");
    CliErrors handler = new CliErrors();
    return commandLine
        .setParameterExceptionHandler(handler)
        .setExecutionExceptionHandler(handler);
  }

  /** Bad command line: unknown flag, missing option, invalid value. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": error: " + oneLine(ex.getMessage())
        + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    CommandLine.IExitCodeExceptionMapper mapper = cmd.getExitCodeExceptionMapper();
    return mapper != null ? mapper.getExitCode(ex) : cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Failure while running: a missing or bad key file, an unreadable body, a bug. */
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage();
    // Our exceptions carry user-facing messages; anything else is a failure we did not foresee,
    // said as such (never a Java class name), with the way to see where it happened.
    boolean ours = ex instanceof RuntimeException && ex.getClass().getName().startsWith("dev.outboundkit.");
    String text = ours && message != null && !message.isBlank() ? message
        : "unexpected failure" + (message == null || message.isBlank() ? "" : " (" + message + ")")
            + "; set " + DEBUG_ENV + "=1 to see where, and please report it";
    err.println(cmd.getCommandSpec().qualifiedName() + ": error: " + oneLine(text));
    if (System.getenv(DEBUG_ENV) != null) {
      ex.printStackTrace(err);
    }
    err.flush();
    CommandLine.IExitCodeExceptionMapper mapper = cmd.getExitCodeExceptionMapper();
    return mapper != null ? mapper.getExitCode(ex)
        : cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
