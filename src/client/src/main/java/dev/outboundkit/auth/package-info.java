/**
 * Public: loading RSA keys, signing and verifying, and the vendor's signing protocol
 * ({@link dev.outboundkit.auth.RequestSigning}). See {@code docs/java-api.md}.
 */
package dev.outboundkit.auth;
