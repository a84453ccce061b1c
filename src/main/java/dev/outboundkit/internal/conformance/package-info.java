/**
 * Internal: the conformance suite's Cucumber glue and the {@code conformance} command; may change
 * in any release.
 */
package dev.outboundkit.internal.conformance;
