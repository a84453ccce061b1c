package dev.outboundkit.cli;

import dev.outboundkit.testing.PackageRulesCheck;

/** The package rules over this module's classes and those it depends on. */
class ArchitectureTest extends PackageRulesCheck {
}
