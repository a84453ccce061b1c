/**
 * The conformance suite's runner, in the artifact outboundkit-conformance: one run as the
 * {@code conformance} command asks for it ({@link dev.outboundkit.conformance.Conformance}), the
 * scenarios through Cucumber's runtime, the reports, the comparison of two targets and the profile
 * check. The top layer: it uses {@code glue}, {@code generate} and {@code targets}; none of them
 * uses it. A tool, not a Java API: it may change in any release.
 */
package dev.outboundkit.conformance;
