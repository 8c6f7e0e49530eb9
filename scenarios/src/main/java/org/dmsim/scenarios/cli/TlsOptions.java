package org.dmsim.scenarios.cli;

import java.nio.file.Path;
import org.dmsim.sim.cluster.ClusterTls;
import picocli.CommandLine.Option;

/**
 * {@code --tls-key-store FILE --tls-trust-store FILE}: mutual TLS between cluster members, the stores'
 * password from the environment variable {@value #PASSWORD_VARIABLE} (never on the command line, where
 * other users could read it).
 */
final class TlsOptions {
  /** The environment variable holding the stores' password. */
  static final String PASSWORD_VARIABLE = "DMSIM_TLS_PASSWORD";

  @Option(names = "--tls-key-store", paramLabel = "FILE",
      description = "Mutual TLS between members: this member's key store (PKCS12; tools/cluster/make-test-certs.sh "
          + "makes test ones), with --tls-trust-store and the password in $" + PASSWORD_VARIABLE
          + " (default: plain TCP).")
  private Path keyStore;

  @Option(names = "--tls-trust-store", paramLabel = "FILE",
      description = "Mutual TLS: the trust store holding the authority that signs every member's certificate "
          + "(default: none).")
  private Path trustStore;

  /**
   * The TLS settings, or {@code null} for plain TCP.
   *
   * @throws UsageException when only one store is given, the password is not set, or a store cannot be read
   */
  ClusterTls tls() {
    if (keyStore == null && trustStore == null) {
      return null;
    }
    if (keyStore == null || trustStore == null) {
      throw new UsageException("--tls-key-store and --tls-trust-store go together (mutual TLS needs both)");
    }
    String password = System.getenv(PASSWORD_VARIABLE);
    if (password == null) {
      throw new UsageException("mutual TLS: set the stores' password in the environment variable " + PASSWORD_VARIABLE);
    }
    try {
      return new ClusterTls(keyStore, trustStore, password);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--tls-key-store/--tls-trust-store: " + e.getMessage());
    }
  }
}
