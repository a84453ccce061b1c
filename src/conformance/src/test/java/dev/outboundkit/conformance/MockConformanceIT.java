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
import dev.outboundkit.conformance.targets.MockTarget;
import dev.outboundkit.conformance.targets.Target;

/**
 * The conformance suite against the mock, started in this JVM with a tenant of its own and the
 * default fixtures. Part of {@code mvn verify}; alone: {@code -Dit.test=MockConformanceIT} (see
 * docs/conformance.md), with {@code -Dconformance.mockReadings=FILE} a mock that reads the page's
 * silences as the file says, {@code -Dconformance.mockSpec=FILE} a spec of its own,
 * {@code -Dconformance.strict=true} as {@code --strict}, and {@code -Dcucumber.filter.tags=@rule:X}
 * one rule. Reports: {@code target/conformance/}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages(dev.outboundkit.conformance.Suite.FEATURES_PACKAGE)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = dev.outboundkit.conformance.Suite.GLUE)
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.outboundkit.conformance.RunReport:target/conformance,"
    + "html:target/conformance/report.html,"
    + "json:target/conformance/report.json,"
    + "junit:target/conformance/junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class MockConformanceIT {
  private static Target mock;
  private static ConformanceRun run;

  @BeforeSuite
  static void startTheMock() {
    Path readings = path("conformance.mockReadings");
    Path spec = path("conformance.mockSpec");
    mock = MockTarget.start(spec, readings);
    run = ConformanceRun.begin(mock, new ConformanceRun.Settings(Boolean.getBoolean("conformance.strict"), null,
        readings, spec));
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    return value == null || value.isBlank() ? null : Path.of(value.strip()).toAbsolutePath();
  }

  @AfterSuite
  static void stopTheMock() {
    run.close();
    mock.close();
  }
}
