package dev.outboundkit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * {@link MockConformanceTest} for PIT ({@code mvn -Pmutation ...}): the same features, glue and
 * in-process mock, without the HTML/JSON/JUnit reports, which PIT would rewrite for every
 * scenario it runs on its own. Its name keeps it out of Surefire's default includes.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.outboundkit.conformance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.outboundkit.conformance.RuleSummaryPlugin:mutation")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class MockConformanceForMutation {
}
