package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dmsim.scenarios.cluster.ClusterMember;
import org.dmsim.scenarios.cluster.ClusterRuns;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.RemoteRuns;
import org.dmsim.sim.cluster.ClusterConfig;
import org.dmsim.sim.cluster.PoolSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --cluster HOST:PORT} (with {@link TlsOptions}): where a command sends its experiments' runs —
 * the workers of a dmsim cluster — instead of this machine's threads. {@link #submit} joins the cluster
 * for the command's duration.
 */
final class ClusterOptions {
  @Option(names = "--cluster", paramLabel = "HOST:PORT", split = ",",
      description = "Run the experiments' runs on the dmsim cluster a worker at HOST:PORT belongs to ('dmsim worker'); "
          + "the outputs are the same, byte for byte (default: none, this machine's threads).")
  private List<String> seeds = new ArrayList<>();

  @Mixin
  private TlsOptions tls;

  /** Whether {@code --cluster} was given. */
  boolean given() {
    return !seeds.isEmpty();
  }

  /**
   * Refuses the TLS options without {@code --cluster}.
   *
   * @throws UsageException naming them
   */
  void checkNotGivenAlone() {
    if (!given() && tls.tls() != null) {
      throw new UsageException("--tls-key-store and --tls-trust-store apply with --cluster");
    }
  }

  /** What a command does with the cluster: given where each experiment's runs go, it returns its exit code. */
  @FunctionalInterface
  interface Work {
    int run(Function<Experiment, RemoteRuns> remote) throws Exception;
  }

  /**
   * Joins the cluster, runs {@code work} with its runs sent there, prints what the cluster did, and leaves.
   *
   * @throws UsageException when the address is malformed or no seed answers
   */
  int submit(PrintWriter out, Work work) throws Exception {
    ClusterConfig config;
    try {
      config = new ClusterConfig("127.0.0.1", 0, seeds, 1).withTls(tls.tls());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--cluster: " + e.getMessage());
    }
    ClusterMember member;
    try {
      member = ClusterMember.join(config);
    } catch (RuntimeException e) {
      throw new UsageException("--cluster: " + e.getMessage());
    }
    try (member) {
      out.println("cluster      submitting from " + member.address() + " to the workers of " + String.join(", ", seeds));
      List<ClusterRuns> used = new ArrayList<>();
      int code = work.run(e -> {
        ClusterRuns runs = new ClusterRuns(member.system(), e, PoolSettings.defaults());
        used.add(runs);
        return runs;
      });
      out.println("cluster      " + ClusterRuns.summary(used));
      return code;
    }
  }
}
