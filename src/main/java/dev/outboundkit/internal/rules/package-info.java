/**
 * Internal: the spec read at run time and the checks the client and the mock run from it; may
 * change in any release.
 */
package dev.outboundkit.internal.rules;
