/**
 * Internal: the conformance suite's target profile, read from and written to a properties file;
 * may change in any release. The file's keys are documented in {@code docs/sample-profile.properties}.
 */
package dev.outboundkit.internal.profile;
