package dev.outboundkit.cli;

import java.lang.reflect.Method;
import java.security.Provider;
import java.security.Security;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts Amazon Corretto Crypto Provider (ACCP, OpenSSL-backed) first among the JCA providers
 * when its jar is on the class path and its native library loads on this machine, so that the
 * mock's RSA verification runs at native speed; otherwise the JDK's own provider stays, with no
 * change in behaviour. ACCP is an optional dependency (Linux x86-64 only), loaded by name.
 *
 * <p>Process-wide: used by {@code outboundkit mock}, not by {@link MockServer} itself, so that a
 * mock started inside an application's tests never changes the providers of that application.
 */
final class NativeCrypto {

  private static final Logger LOG = LoggerFactory.getLogger(NativeCrypto.class);
  private static final String ACCP = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  private NativeCrypto() {
  }

  /** @return the provider's name and version when installed, else why not, in a few words */
  static String install() {
    Class<?> type;
    try {
      type = Class.forName(ACCP);
    } catch (ClassNotFoundException | LinkageError absent) {
      return "JDK (Amazon Corretto Crypto Provider is not on the class path)";
    }
    try {
      Provider provider = (Provider) type.getField("INSTANCE").get(null);
      Method loadingError = type.getMethod("getLoadingError");
      Throwable error = (Throwable) loadingError.invoke(provider);
      if (error != null) {
        LOG.debug("Amazon Corretto Crypto Provider did not load", error);
        return "JDK (Amazon Corretto Crypto Provider has no native library for this machine)";
      }
      type.getMethod("assertHealthy").invoke(provider);
      if (Security.getProvider(provider.getName()) == null) {
        Security.insertProviderAt(provider, 1);
      }
      return provider.getName() + " " + provider.getVersionStr();
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      LOG.debug("Amazon Corretto Crypto Provider is unusable", e);
      return "JDK (Amazon Corretto Crypto Provider is unusable here)";
    }
  }
}
