/**
 * The conformance suite's generated cases and stateful sequences (outboundkit-conformance); a
 * tool, not a Java API.
 */
package dev.outboundkit.conformance.generate;
