package dev.outboundkit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite ({@code features/}) against the server a target profile describes:
 * {@code mvn -B test -Dtest=ProfileConformanceTest -Dconformance.profile=FILE} (or the
 * environment variable {@code CONFORMANCE_PROFILE}). Without a profile every scenario is
 * skipped with the reason; a broken profile stops the run with a message naming the key.
 * Scenarios tagged {@code @control-api} are skipped: against a profile the suite uses the two
 * vendor operations and nothing else. Reports: {@code target/conformance/profile/}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.outboundkit.conformance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.outboundkit.conformance.RuleSummaryPlugin:profile,"
    + "html:target/conformance/profile/report.html,"
    + "json:target/conformance/profile/report.json,"
    + "junit:target/conformance/profile/junit.xml")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class ProfileConformanceTest {
}
