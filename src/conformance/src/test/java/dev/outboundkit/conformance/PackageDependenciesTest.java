package dev.outboundkit.conformance;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import dev.outboundkit.conformance.fixture.cycle.one.One;
import dev.outboundkit.conformance.fixture.cycle.two.Two;
import dev.outboundkit.conformance.fixture.internal.UsesHidden;
import dev.outboundkit.fixture.internal.Hidden;

/**
 * The packages' dependencies, held by the build: no cycle between any two packages of
 * {@code dev.outboundkit} this module sees (its own, the client's, the mock's), no use of another
 * module's {@code internal} package, and the suite's layers: the runner
 * ({@code dev.outboundkit.conformance}) on the glue and the generated run, both on the target,
 * that on the profile.
 */
class PackageDependenciesTest {
  private static final String MODULE = "dev.outboundkit.conformance..";

  private static final ArchRule NO_CYCLES = slices().matching("dev.outboundkit.(**)")
      .should().beFreeOfCycles();

  private static final ArchRule NO_OTHER_MODULES_INTERNALS = noClasses().that().resideInAPackage(MODULE)
      .should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage(MODULE))))
      .because("an internal package is its module's own business");

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

  /** Every main class under dev.outboundkit on this module's class path: no test classes. */
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.outboundkit");

  @Test
  void noPackageCycle() {
    assertThat(MAIN.contain(Conformance.class)).as("this module's classes were imported").isTrue();
    assertThat(MAIN.contain(dev.outboundkit.mock.MockServer.class)).as("the mock's classes were imported").isTrue();
    NO_CYCLES.check(MAIN);
  }

  @Test
  void noUseOfAnotherModulesInternalPackage() {
    NO_OTHER_MODULES_INTERNALS.check(MAIN);
  }

  @Test
  void theSuitesLayersOnlyLookDown() {
    LAYERS.check(MAIN);
  }

  @Test
  void theCycleRuleCatchesACycle() {
    JavaClasses cycle = new ClassFileImporter().importClasses(One.class, Two.class);

    assertThat(NO_CYCLES.evaluate(cycle).hasViolation()).isTrue();
  }

  @Test
  void theInternalRuleCatchesAnotherModulesInternalPackageButNotItsOwn() {
    JavaClasses classes = new ClassFileImporter().importClasses(UsesHidden.class, UsesHidden.Own.class, Hidden.class);

    assertThat(NO_OTHER_MODULES_INTERNALS.evaluate(classes).getFailureReport().getDetails())
        .singleElement().asString().contains(Hidden.class.getName()).doesNotContain("$Own");
  }
}
