package org.dmsim.sim.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Mutual TLS between cluster members (Artery's {@code tls-tcp} with {@code ConfigSSLEngineProvider}):
 * this member's key store (its key and certificate) and the trust store (the certificate authority whose
 * certificates it accepts). Every connection is authenticated both ways, so a member without a
 * certificate the authority signed cannot join. {@code tools/cluster/make-test-certs.sh} makes test stores.
 *
 * @param keyStore   a PKCS12 (or JKS) key store with this member's key and certificate chain
 * @param trustStore a key store with the trusted certificate authority
 * @param password   the stores' and the key's password
 */
public record ClusterTls(Path keyStore, Path trustStore, String password) {
  public ClusterTls {
    Objects.requireNonNull(password, "password");
    check("key store", keyStore);
    check("trust store", trustStore);
  }

  private static void check(String what, Path file) {
    if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException(what + " '" + file + "': expected a readable key store file "
          + "(tools/cluster/make-test-certs.sh makes test ones)");
    }
  }
}
