/**
 * Public: the request bodies and answers, generated from {@code api/openapi.yaml} at build time.
 * See {@code docs/java-api.md}.
 */
package dev.outboundkit.generated.model;
