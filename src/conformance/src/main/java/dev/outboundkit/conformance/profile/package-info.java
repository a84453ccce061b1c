/**
 * The conformance suite's target profile, read from and written to a properties file
 * (outboundkit-conformance; a tool, not a Java API). The file's keys are documented in
 * {@code docs/sample-profile.properties}.
 */
package dev.outboundkit.conformance.profile;
