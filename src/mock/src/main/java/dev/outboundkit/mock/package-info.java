/**
 * Public: the mock of the vendor, {@link dev.outboundkit.mock.MockServer}, for an application's
 * tests, and the tasks it holds. Its HTTP handling and rules are package-private. See
 * {@code docs/java-api.md} and {@code docs/mock.md}.
 */
package dev.outboundkit.mock;
