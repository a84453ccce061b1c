package dev.outboundkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import dev.outboundkit.testing.fixture.cycle.one.One;
import dev.outboundkit.testing.fixture.cycle.two.Two;
import dev.outboundkit.testing.fixture.owner.UsesOwnInternal;
import dev.outboundkit.testing.fixture.owner.internal.Hidden;
import dev.outboundkit.testing.fixture.user.UsesForeignInternal;

/** The package rules catch what they are for, on classes made to break them. */
class PackageRulesTest {

  @Test
  void theCycleRuleCatchesACycle() {
    JavaClasses cycle = new ClassFileImporter().importClasses(One.class, Two.class);

    assertThat(PackageRules.NO_CYCLES.evaluate(cycle).hasViolation()).isTrue();
  }

  @Test
  void theInternalRuleCatchesAForeignInternalPackageButNotItsOwnersUse() {
    JavaClasses classes = new ClassFileImporter()
        .importClasses(UsesForeignInternal.class, UsesOwnInternal.class, Hidden.class);

    assertThat(PackageRules.NO_FOREIGN_INTERNALS.evaluate(classes).getFailureReport().getDetails())
        .singleElement().asString().contains(UsesForeignInternal.class.getName()).contains(Hidden.class.getName());
  }

  @Test
  void anInternalPackageIsItsOwnersAndItsOwnSubpackagesOnly() {
    assertThat(PackageRules.foreignInternal("dev.outboundkit.mock", "dev.outboundkit.mock.internal")).isFalse();
    assertThat(PackageRules.foreignInternal("dev.outboundkit.mock.junit5", "dev.outboundkit.mock.internal.store"))
        .isFalse();
    assertThat(PackageRules.foreignInternal("dev.outboundkit.conformance", "dev.outboundkit.mock.internal")).isTrue();
    assertThat(PackageRules.foreignInternal("dev.outboundkit.mockery", "dev.outboundkit.mock.internal")).isTrue();
    assertThat(PackageRules.foreignInternal("dev.outboundkit.cli", "dev.outboundkit.conformance")).isFalse();
    assertThat(PackageRules.foreignInternal("dev.outboundkit.cli", "okhttp3.internal.http")).isFalse();
  }
}
