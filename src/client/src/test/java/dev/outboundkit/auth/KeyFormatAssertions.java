package dev.outboundkit.auth;

import dev.outboundkit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.outboundkit.exception.KeyFormatException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Checks a refused key: one KeyFormatException naming the problem, leaking nothing. */
final class KeyFormatAssertions {

  private KeyFormatAssertions() {
  }

  /**
   * @param keyFile the test key whose Base64 body must not appear anywhere in the exception chain
   * @param secrets further strings that must not appear (passwords)
   */
  static KeyFormatException assertRefused(ThrowingCallable call, String source, String keyFile,
      String problemFragment, String... secrets) {
    KeyFormatException e = catchThrowableOfType(KeyFormatException.class, call);
    assertThat(e).as("KeyFormatException").isNotNull();
    assertThat(e.getMessage()).contains(source).containsIgnoringCase(problemFragment);
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (keyFile != null) {
        for (String line : TestKeys.base64BodyLines(keyFile)) {
          assertThat(message).doesNotContain(line);
        }
      }
      for (String secret : secrets) {
        assertThat(message).doesNotContain(secret);
      }
    }
    return e;
  }
}
