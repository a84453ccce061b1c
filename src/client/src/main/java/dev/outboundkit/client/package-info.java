/**
 * Public: the client, {@link dev.outboundkit.client.OutboundClient}, and its answer,
 * {@link dev.outboundkit.client.ApiResult}. See {@code docs/java-api.md}.
 */
package dev.outboundkit.client;
