/**
 * The conformance suite, in the artifact outboundkit-conformance: its runner
 * ({@link dev.outboundkit.conformance.Conformance}, which the {@code conformance} command calls), its
 * Cucumber glue and its reports. A tool, not a Java API: it may change in any release.
 */
package dev.outboundkit.conformance;
