/**
 * Internal: the {@code outboundkit} command line ({@code sign}, {@code mock}, {@code conformance});
 * may change in any release. Its flags are documented in the README, not its classes.
 */
package dev.outboundkit.internal.cli;
