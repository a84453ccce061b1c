package dev.outboundkit.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The package rules ({@link PackageRules}) over a module's main classes and those it depends on:
 * each module's {@code ArchitectureTest} extends this, so every module's build fails when a rule
 * breaks, from one copy of the checks.
 */
public abstract class PackageRulesCheck {
  protected static final JavaClasses CLASSES = PackageRules.mainClasses();

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
