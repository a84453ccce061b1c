package dev.outboundkit.conformance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * {@link MockConformanceIT} for PIT ({@code mvn -Pmutation ...}): the same features and glue,
 * without reports, which PIT would rewrite for every scenario it runs on its own. PIT runs
 * scenarios one by one, outside any suite hook: each finds no run going on and starts one
 * against the in-process mock ({@code ConformanceRun.active()}). Its name keeps it out of
 * Surefire's and Failsafe's default includes.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages(dev.outboundkit.conformance.Suite.FEATURES_PACKAGE)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = dev.outboundkit.conformance.Suite.GLUE)
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class MockConformanceForMutation {
}
