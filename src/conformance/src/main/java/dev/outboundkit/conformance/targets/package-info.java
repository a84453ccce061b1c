/**
 * The target of a conformance run and how the suite talks to it, shared by the scenarios
 * ({@code glue}) and the generated run ({@code generate}): the server ({@link
 * dev.outboundkit.conformance.targets.Target}: a mock in this JVM or a profile's server), its
 * tasks by role, its one HTTP client ({@link dev.outboundkit.conformance.targets.Wire}), the
 * signed headers, the answers and exchanges, and what "the same" means between what was sent and
 * what it shows. The bottom layer of the suite: it uses none of the suite's other packages but
 * {@code profile}. (Named {@code targets}: the repository's .gitignore leaves out every folder
 * named {@code target}.)
 */
package dev.outboundkit.conformance.targets;
