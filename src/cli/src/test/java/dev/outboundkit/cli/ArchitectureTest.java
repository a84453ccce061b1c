package dev.outboundkit.cli;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import dev.outboundkit.testing.PackageRules;

/** The package rules ({@link PackageRules}) over this module's classes and those it depends on. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = PackageRules.mainClasses();

  @Test
  void noPackageCycle() {
    PackageRules.NO_CYCLES.check(CLASSES);
  }

  @Test
  void noPackageUsesAnotherOwnersInternalPackage() {
    PackageRules.NO_FOREIGN_INTERNALS.check(CLASSES);
  }

  @Test
  void theSpecEngineImportsNothingOfTheClient() {
    PackageRules.SPEC_ENGINE_STANDS_ALONE.check(CLASSES);
  }
}
