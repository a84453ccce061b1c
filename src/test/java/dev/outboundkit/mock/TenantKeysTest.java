package dev.outboundkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.outboundkit.auth.PublicKeys;
import dev.outboundkit.auth.TestKeys;
import dev.outboundkit.exception.KeyFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantKeysTest {

  @ParameterizedTest
  @ValueSource(strings = {TestKeys.PUBLIC_PEM, TestKeys.PUBLIC_BASE64, TestKeys.PUBLIC_PKCS1_PEM})
  void everyFormThePublicKeyLoaderReadsGivesTheSameKey(String file) {
    assertThat(TenantKeys.load(TestKeys.path(file))).isEqualTo(PublicKeys.load(TestKeys.path(file)));
  }

  @ParameterizedTest
  @ValueSource(strings = {TestKeys.RSA1024_PUBLIC_PEM, TestKeys.EC_PUBLIC_PEM, TestKeys.PKCS8_PEM, TestKeys.CERTIFICATE_PEM, TestKeys.GARBAGE})
  void whatThePublicKeyLoaderRefusesIsRefusedWithItsMessage(String file) {
    String expected = catchMessage(() -> PublicKeys.load(TestKeys.path(file)));

    assertThatThrownBy(() -> TenantKeys.load(TestKeys.path(file))).isInstanceOf(KeyFormatException.class)
        .hasMessage(expected);
  }

  private static String catchMessage(Runnable runnable) {
    try {
      runnable.run();
    } catch (KeyFormatException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a KeyFormatException");
  }
}
