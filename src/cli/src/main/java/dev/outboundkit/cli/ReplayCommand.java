package dev.outboundkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;

import dev.outboundkit.conformance.profile.ProfileException;
import dev.outboundkit.conformance.targets.Exchange;
import dev.outboundkit.conformance.targets.ProfileTarget;
import dev.outboundkit.conformance.targets.SavedRequest;
import dev.outboundkit.conformance.targets.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code outboundkit replay}: sends a request the conformance suite saved (its report's
 * {@code requests/} folder) again, signed afresh, so that a failure can be shown days after the
 * run, when the curl line's timestamp has long left the target's window.
 */
@Command(name = "replay",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ReplayCommand.CANNOT_SEND,
    exitCodeOnExecutionException = ReplayCommand.CANNOT_SEND,
    description = {
        "Send a request the conformance suite saved (a file in its report's requests/ folder) again:"
            + " the same method, path, body and headers, the signing headers made afresh with a new"
            + " timestamp and the profile's appId and private key (changed on purpose as the scenario"
            + " changed them). Prints the request as a curl line, the answer now and the answer then.",
        "Exit status: 0 an answer came, 1 no answer came (a timeout, a broken connection),"
            + " 2 nothing was sent (a bad file or profile)."})
public final class ReplayCommand implements Callable<Integer> {
  /** An answer came. */
  static final int ANSWERED = 0;
  /** The request went (or was tried) and no answer came. */
  static final int NO_ANSWER = 1;
  /** Nothing was sent: a bad file, a bad profile. */
  static final int CANNOT_SEND = 2;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A request saved by the conformance suite (JSON).")
  Path file;

  @Option(names = "--profile", paramLabel = "FILE", required = true,
      description = "The target profile to send it to (base URL, appId, private key), as the run was configured;"
          + " the report's replay lines name it.")
  Path profile;

  private final Clock clock;

  /** Used by picocli: timestamps from the system clock. */
  public ReplayCommand() {
    this(Clock.systemUTC());
  }

  /** @param clock where the fresh timestamp comes from */
  public ReplayCommand(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SavedRequest saved;
    try {
      saved = SavedRequest.read(file);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Target target;
    try {
      target = ProfileTarget.load(profile);
    } catch (ProfileException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
    Exchange exchange;
    try (target) {
      exchange = saved.sendAgain(target, clock);
    } catch (IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
    out.println("# " + (saved.rule() == null ? "" : saved.rule() + ", ") + (saved.scenario() == null ? file
        : saved.scenario()));
    if (!exchange.url().startsWith(saved.baseUrl())) {
      out.println("# sent to " + target.baseUrl() + " (the run sent it to " + saved.baseUrl() + ")");
    }
    out.println("# signed afresh: the sign below holds only within the target's timestamp window");
    out.println(exchange.curl());
    out.println("# answer now: " + (exchange.answer().came() ? exchange.answer() : exchange.answer().text()));
    out.println("# answer then: " + (saved.answerStatus() < 0 ? "none" : "HTTP " + saved.answerStatus() + " "
        + saved.answerText()));
    out.flush();
    return exchange.answer().came() ? ANSWERED : NO_ANSWER;
  }
}
