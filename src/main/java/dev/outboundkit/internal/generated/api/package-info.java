/**
 * Internal: the Retrofit interface generated from the spec, behind
 * {@code dev.outboundkit.client.OutboundClient}; may change in any release.
 */
package dev.outboundkit.internal.generated.api;
