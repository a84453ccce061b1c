package dev.outboundkit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import java.nio.file.Path;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import dev.outboundkit.conformance.glue.ConformanceRun;
import dev.outboundkit.conformance.targets.ProfileTarget;
import dev.outboundkit.conformance.targets.Target;

/**
 * The conformance suite against the server a target profile describes:
 * {@code -Dit.test=ProfileConformanceIT -Dconformance.profile=FILE} (see docs/conformance.md; or the
 * environment variable {@code CONFORMANCE_PROFILE}). Without a profile every scenario is
 * skipped with the reason; a broken profile stops the run with a message naming the key.
 * Reports: {@code target/conformance/profile/}. The command {@code outboundkit conformance
 * --profile FILE} does the same without Maven, and checks the profile first.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages(dev.outboundkit.conformance.Suite.FEATURES_PACKAGE)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = dev.outboundkit.conformance.Suite.GLUE)
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.outboundkit.conformance.RunReport:target/conformance/profile,"
    + "html:target/conformance/profile/report.html,"
    + "json:target/conformance/profile/report.json,"
    + "junit:target/conformance/profile/junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class ProfileConformanceIT {
  /** System property naming the target profile. */
  static final String PROFILE_PROPERTY = "conformance.profile";
  /** Environment variable naming the target profile, when the property is not set. */
  static final String PROFILE_ENV = "CONFORMANCE_PROFILE";

  private static Target target;
  private static ConformanceRun run;

  @BeforeSuite
  static void loadTheProfile() {
    String value = System.getProperty(PROFILE_PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(PROFILE_ENV);
    }
    if (value == null || value.isBlank()) {
      run = ConformanceRun.skipped("no target profile given: run with -D" + PROFILE_PROPERTY + "=FILE (or set "
          + PROFILE_ENV + ") to run the conformance suite against a server of your own");
    } else {
      Path profile = Path.of(value.strip()).toAbsolutePath();
      target = ProfileTarget.load(profile);
      run = ConformanceRun.begin(target, new ConformanceRun.Settings(Boolean.getBoolean("conformance.strict"), profile,
          null, null));
    }
  }

  @AfterSuite
  static void endTheRun() {
    run.close();
    if (target != null) {
      target.close();
    }
  }
}
