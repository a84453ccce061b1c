/**
 * Public, generated: the Retrofit set-up ({@code ApiClient}, {@code JSON}) and the
 * {@code SigningInterceptor} that sets the three signed headers; what
 * {@code dev.outboundkit.client.OutboundClient} is built on. Changes whenever the spec does.
 */
package dev.outboundkit.generated.invoker;
