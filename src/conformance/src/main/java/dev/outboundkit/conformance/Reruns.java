package dev.outboundkit.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.outboundkit.conformance.generate.GeneratedRun;
import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.targets.Launcher;

/**
 * The commands a report gives to run something again, fitting how the suite was started
 * ({@link Launcher}): {@code bin/outboundkit ...} from the unpacked zip, {@code java -jar ...}
 * beside the jars, {@code mvn ...} only in a source checkout; against the same target, set up as
 * the run was (its profile, or the built-in mock with its readings and spec).
 */
final class Reruns {
  /** The most requests of one scenario listed to send again; the rest are in the requests folder. */
  private static final int REPLAYS_SHOWN = 4;

  private final Launcher launcher;
  private final ConformanceRun.Settings settings;
  private final Path directory;

  /** @param directory the run's report folder */
  Reruns(Launcher launcher, ConformanceRun.Settings settings, Path directory) {
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** @return the command that runs the rule's scenarios again against the same target */
  String rule(String rule) {
    if (launcher.isSource()) {
      List<String> properties = targetProperties();
      properties.add("cucumber.filter.tags=" + RunReport.RULE_TAG + rule);
      return launcher.maven(settings.profile() != null ? "ProfileConformanceIT" : "MockConformanceIT", properties);
    }
    List<String> args = targetArgs();
    args.addAll(List.of("--rule", rule, "--report-dir", directory.resolve("rerun-" + rule).toString()));
    return launcher.outboundkit(args);
  }

  /** @return the command that runs the generated run again, with the same seed and counts, against the same target */
  String generated(GeneratedRun.Options options) {
    if (launcher.isSource()) {
      List<String> properties = targetProperties();
      properties.addAll(List.of("conformance.seed=" + options.seed(), "conformance.generate=" + options.cases(),
          "conformance.sequences=" + options.sequences()));
      return launcher.maven("GeneratedConformanceIT", properties);
    }
    List<String> args = targetArgs();
    args.addAll(List.of("--generate", Integer.toString(options.cases()), "--sequences",
        Integer.toString(options.sequences()), "--seed", Long.toString(options.seed()), "--report-dir",
        directory.resolve("rerun-generated").toString()));
    return launcher.outboundkit(args);
  }

  private List<String> targetArgs() {
    List<String> args = new ArrayList<>(List.of("conformance"));
    if (settings.profile() != null) {
      args.addAll(List.of("--profile", absolute(settings.profile())));
    } else {
      args.add("--mock");
      if (settings.mockReadings() != null) {
        args.addAll(List.of("--mock-readings", absolute(settings.mockReadings())));
      }
      if (settings.mockSpec() != null) {
        args.addAll(List.of("--mock-spec", absolute(settings.mockSpec())));
      }
    }
    if (settings.strict()) {
      args.add("--strict");
    }
    return args;
  }

  private List<String> targetProperties() {
    List<String> properties = new ArrayList<>();
    if (settings.profile() != null) {
      properties.add("conformance.profile=" + absolute(settings.profile()));
    } else {
      if (settings.mockReadings() != null) {
        properties.add("conformance.mockReadings=" + absolute(settings.mockReadings()));
      }
      if (settings.mockSpec() != null) {
        properties.add("conformance.mockSpec=" + absolute(settings.mockSpec()));
      }
    }
    if (settings.strict()) {
      properties.add("conformance.strict=true");
    }
    return properties;
  }

  /**
   * @return the commands that send the requests again: against the profile's target; for the
   *     built-in mock, against a mock started alike first (the one of the run is gone)
   */
  List<String> replays(List<String> files) {
    List<String> lines = new ArrayList<>();
    String profile;
    if (settings.profile() != null) {
      profile = absolute(settings.profile());
    } else {
      profile = directory.resolve("replay-mock.properties").toString();
      List<String> mock = new ArrayList<>(List.of("mock", "--port", "0"));
      if (settings.mockReadings() != null) {
        mock.addAll(List.of("--readings", absolute(settings.mockReadings())));
      }
      if (settings.mockSpec() != null) {
        mock.addAll(List.of("--spec", absolute(settings.mockSpec())));
      }
      mock.addAll(List.of("--write-profile", profile));
      lines.add("# the run's mock is gone: start one alike, then send the requests to it");
      lines.add(launcher.outboundkit(mock) + " &");
    }
    if (launcher.isSource()) {
      lines.add("# after mvn -B -q package -DskipTests in " + launcher.home());
    }
    files.stream().limit(REPLAYS_SHOWN).forEach(file -> lines.add(launcher.outboundkit(List.of("replay",
        directory.resolve(file).toString(), "--profile", profile))));
    if (files.size() > REPLAYS_SHOWN) {
      lines.add("# and " + (files.size() - REPLAYS_SHOWN) + " more in " + directory.resolve(RunReport.REQUESTS_FOLDER));
    }
    return lines;
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }
}
