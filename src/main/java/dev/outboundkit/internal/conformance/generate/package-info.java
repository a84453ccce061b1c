/**
 * Internal: the suite's generated cases and stateful sequences; may change in any release.
 */
package dev.outboundkit.internal.conformance.generate;
