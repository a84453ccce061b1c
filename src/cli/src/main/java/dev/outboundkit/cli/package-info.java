/**
 * The {@code outboundkit} command line ({@code sign}, {@code mock}, {@code conformance}), in the
 * artifact outboundkit-cli: a tool, not a Java API. Its flags are documented in the README and
 * {@code docs/}, not its classes.
 */
package dev.outboundkit.cli;
