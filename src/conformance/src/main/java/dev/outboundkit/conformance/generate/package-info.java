/**
 * The conformance suite's generated cases and stateful sequences (outboundkit-conformance), run
 * against a {@link dev.outboundkit.conformance.targets.Target}; it uses {@code targets} and nothing
 * else of the suite. A tool, not a Java API.
 */
package dev.outboundkit.conformance.generate;
