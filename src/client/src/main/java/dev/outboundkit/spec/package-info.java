/**
 * Public: the spec engine. Reads {@code api/openapi.yaml} (bundled, or a copy) and checks a JSON
 * body against it; the client, the mock and the conformance suite all run it. It works on JSON
 * alone and imports nothing generated: the client hands it the body as JSON.
 */
package dev.outboundkit.spec;
