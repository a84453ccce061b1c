/**
 * Public: one exception per result code of the vendor, the client's own failures, and
 * {@link dev.outboundkit.exception.Violation}, one broken rule of the spec. See {@code docs/java-api.md}.
 */
package dev.outboundkit.exception;
