package dev.outboundkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import dev.outboundkit.spec.ApiSpec;

/**
 * The package rules ({@link PackageRules}) over a module's main classes and those it depends on:
 * each module's {@code ArchitectureTest} extends this, so every module's build fails when a rule
 * breaks, from one copy of the checks.
 */
public abstract class PackageRulesCheck {
  protected static final JavaClasses CLASSES = PackageRules.mainClasses();

  @Test
  void theProjectsClassesWereImported() {
    assertThat(CLASSES.contain(ApiSpec.class)).as("the spec engine's classes, on every module's class path").isTrue();
  }

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
