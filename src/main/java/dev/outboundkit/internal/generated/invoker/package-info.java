/**
 * Internal: the generated client's plumbing (Retrofit set-up, Gson, the signing interceptor),
 * behind {@code dev.outboundkit.client.OutboundClient}; may change in any release.
 */
package dev.outboundkit.internal.generated.invoker;
