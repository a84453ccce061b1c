package dev.outboundkit.conformance;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;

import dev.outboundkit.testing.PackageRules;
import dev.outboundkit.testing.PackageRulesCheck;

/**
 * The package rules ({@link PackageRules}) over this module's classes and those it depends on (the
 * client's, the mock's), and the suite's layers: the runner ({@code dev.outboundkit.conformance})
 * on the glue and the generated run, both on the targets, those on the profile.
 */
class ArchitectureTest extends PackageRulesCheck {
  private static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("runner").definedBy("dev.outboundkit.conformance")
      .layer("glue").definedBy("dev.outboundkit.conformance.glue..")
      .layer("generate").definedBy("dev.outboundkit.conformance.generate..")
      .layer("targets").definedBy("dev.outboundkit.conformance.targets..")
      .layer("profile").definedBy("dev.outboundkit.conformance.profile..")
      .whereLayer("runner").mayNotBeAccessedByAnyLayer()
      .whereLayer("glue").mayOnlyBeAccessedByLayers("runner")
      .whereLayer("generate").mayOnlyBeAccessedByLayers("runner")
      .whereLayer("targets").mayOnlyBeAccessedByLayers("runner", "glue", "generate")
      .whereLayer("profile").mayOnlyBeAccessedByLayers("runner", "glue", "generate", "targets");

  @Test
  void theModulesOwnClassesAndTheMocksWereImported() {
    assertThat(CLASSES.contain(Conformance.class)).as("this module's classes were imported").isTrue();
    assertThat(CLASSES.contain(dev.outboundkit.mock.MockServer.class)).as("the mock's classes were imported").isTrue();
  }

  @Test
  void theSuitesLayersOnlyLookDown() {
    LAYERS.check(CLASSES);
  }
}
