package org.dmsim.sim.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.sim.actor.AkkaBaseConfig;

/**
 * The configuration of one cluster member: Artery TCP bound to {@code host:port}, the seed nodes it
 * joins, the cluster provider, Jackson CBOR as the only serializer of dmsim's messages (Java
 * serialization off), the split-brain resolver ({@code keep-majority}) as downing provider, and the
 * dispatcher that runs jobs. Artery's frame size stays at its default (256 KiB): results are chunked
 * below it ({@link PoolSettings#chunkBytes()}). System properties ({@code -Dakka....}) override it.
 *
 * @param host the address this member binds to and announces; {@code 127.0.0.1} by default
 * @param port the TCP port; 0 picks a free one (then this member cannot be a seed)
 * @param seedNodes {@code HOST:PORT} of the members to join; empty for none (join programmatically)
 * @param workerThreads threads of the job dispatcher, so jobs a member runs at once at most
 * @param tls mutual TLS between members, or {@code null} for plain TCP
 */
public record ClusterConfig(String host, int port, List<String> seedNodes, int workerThreads, ClusterTls tls) {
  /** The actor system name every member must share (Akka only joins systems of one name). */
  public static final String SYSTEM_NAME = "dmsim";
  /** The dispatcher {@link Worker}s run jobs on, so a long job never starves Akka's own actors. */
  public static final String WORKER_DISPATCHER = "dmsim.pool.worker-dispatcher";
  /**
   * How long membership must be stable before the split-brain resolver downs the unreachable side:
   * Akka's default, long enough for a garbage-collection pause not to cost a member.
   */
  public static final String STABLE_AFTER = "20s";

  public ClusterConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port: expected 0 to 65535, was " + port);
    }
    seedNodes = List.copyOf(seedNodes);
    seedNodes.forEach(ClusterConfig::checkSeed);
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be >= 1, was " + workerThreads);
    }
  }

  /** A member over plain TCP. */
  public ClusterConfig(String host, int port, List<String> seedNodes, int workerThreads) {
    this(host, port, seedNodes, workerThreads, null);
  }

  /** This configuration with mutual TLS between members ({@code null}: plain TCP). */
  public ClusterConfig withTls(ClusterTls mutualTls) {
    return new ClusterConfig(host, port, seedNodes, workerThreads, mutualTls);
  }

  /** A member on 127.0.0.1 at {@code port} joining {@code seedNodes}, with one job thread. */
  public static ClusterConfig loopback(int port, List<String> seedNodes) {
    return new ClusterConfig("127.0.0.1", port, seedNodes, 1);
  }

  /** This configuration with {@code threads} job threads. */
  public ClusterConfig withWorkerThreads(int threads) {
    return new ClusterConfig(host, port, seedNodes, threads, tls);
  }

  private static void checkSeed(String seed) {
    int colon = seed == null ? -1 : seed.lastIndexOf(':');
    boolean ok = colon > 0 && colon < seed.length() - 1;
    if (ok) {
      try {
        int p = Integer.parseInt(seed.substring(colon + 1));
        ok = p > 0 && p <= 65535;
      } catch (NumberFormatException e) {
        ok = false;
      }
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "seed node '" + seed + "': expected HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:25520");
    }
  }

  /** The Akka address of a seed given as {@code HOST:PORT}. */
  static String seedAddress(String seed) {
    return "akka://" + SYSTEM_NAME + "@" + seed;
  }

  /** The configuration, resolved, with system properties on top and dmsim's base settings below. */
  public Config toConfig() {
    List<String> seeds = new ArrayList<>();
    seedNodes.forEach(s -> seeds.add(quote(seedAddress(s))));
    String text = String.join("\n",
        "akka {",
        "  actor {",
        "    provider = cluster",
        // The engine's messages (CborSerializable) are bound in AkkaBaseConfig, with the Jackson module that
        // one-component records (Worker.Attach) need.
        "    serialization-bindings { \"org.dmsim.sim.cluster.ClusterSerializable\" = jackson-cbor }",
        "  }",
        "  remote.artery {",
        "    transport = " + (tls == null ? "tcp" : "tls-tcp"),
        tlsSettings(),
        "    canonical.hostname = " + quote(host),
        "    canonical.port = " + port,
        "  }",
        "  cluster {",
        "    seed-nodes = [" + String.join(", ", seeds) + "]",
        "    downing-provider-class = \"akka.cluster.sbr.SplitBrainResolverProvider\"",
        "    split-brain-resolver {",
        "      active-strategy = keep-majority",
        "      stable-after = " + STABLE_AFTER,
        "    }",
        // Several members in one JVM (tests, a local trial) must not clash on their JMX bean.
        "    jmx.multi-mbeans-in-same-jvm = on",
        "  }",
        "}",
        "dmsim.pool.worker-dispatcher {",
        "  type = Dispatcher",
        "  executor = thread-pool-executor",
        "  thread-pool-executor.fixed-pool-size = " + workerThreads,
        "  throughput = 1",
        "}");
    return ConfigFactory.load(ConfigFactory.parseString(text).withFallback(AkkaBaseConfig.of()));
  }

  /** Artery's TLS engine settings, mutual authentication on; empty for plain TCP. */
  private String tlsSettings() {
    if (tls == null) {
      return "";
    }
    String password = quote(tls.password());
    return String.join("\n",
        "    ssl.ssl-engine-provider = akka.remote.artery.tcp.ConfigSSLEngineProvider",
        "    ssl.config-ssl-engine {",
        "      key-store = " + quote(tls.keyStore().toAbsolutePath().toString()),
        "      trust-store = " + quote(tls.trustStore().toAbsolutePath().toString()),
        "      key-store-password = " + password,
        "      key-password = " + password,
        "      trust-store-password = " + password,
        "      protocol = \"TLSv1.2\"",
        "      enabled-algorithms = [\"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\", \"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"]",
        "      require-mutual-authentication = on",
        "    }");
  }

  private static String quote(String s) {
    return ConfigValueFactory.fromAnyRef(s).render();
  }
}
