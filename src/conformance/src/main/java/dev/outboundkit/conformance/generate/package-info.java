/**
 * The conformance suite's generated cases and stateful sequences (outboundkit-conformance), run
 * against a {@link dev.outboundkit.conformance.target.Target}; it uses {@code target} and nothing
 * else of the suite. A tool, not a Java API.
 */
package dev.outboundkit.conformance.generate;
