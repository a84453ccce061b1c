package dev.outboundkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void signIsASubcommand() {
    assertThat(commandLine().getSubcommands()).containsKey("sign");
  }

  @Test
  void noSubcommandExitsNonZeroWithOneLineError() {
    int exitCode = commandLine().execute();

    assertThat(exitCode).isNotZero();
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .contains("missing subcommand");
  }

  @Test
  void unknownSubcommandExitsNonZeroWithOneLineError() {
    int exitCode = commandLine().execute("frobnicate");

    assertThat(exitCode).isNotZero();
    assertThat(err.toString().lines().toList()).singleElement().asString()
        .contains("frobnicate");
  }

  @Test
  void helpListsSign() {
    int exitCode = commandLine().execute("--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("sign");
  }

  private CommandLine commandLine() {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine;
  }
}
