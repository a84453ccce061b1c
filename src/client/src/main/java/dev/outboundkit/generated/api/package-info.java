/**
 * Public, generated: {@code OutboundTaskApi}, Retrofit's interface of the two operations, behind
 * {@code dev.outboundkit.client.OutboundClient}. Changes whenever the spec does.
 */
package dev.outboundkit.generated.api;
