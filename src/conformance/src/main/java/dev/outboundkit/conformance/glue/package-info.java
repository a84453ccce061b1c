/**
 * The suite's Cucumber glue (the package Cucumber scans: {@code Suite.GLUE}): step classes,
 * hooks, parameter types, each scenario's state and the run going on. It uses {@code targets};
 * the runner above it starts runs and reads its reports.
 */
package dev.outboundkit.conformance.glue;
