package dev.outboundkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which internal packages a package may use. */
class PackageRulesTest {

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
