package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmsim.scenarios.cli.option.HelpOption;
import org.dmsim.scenarios.cli.option.PluginsOption;
import org.dmsim.scenarios.cli.option.WholeNumberOption;
import org.dmsim.scenarios.cluster.ClusterMember;
import org.dmsim.sim.cluster.ClusterConfig;
import org.dmsim.sim.cluster.PoolSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmsim worker --join HOST:PORT}: a cluster member that runs experiments' runs for whoever submits
 * them ({@code dmsim run EXPERIMENT --cluster HOST:PORT}), until Ctrl-C.
 */
@Command(name = "worker",
    description = {
        "Joins a dmsim cluster and runs experiments' runs for it.",
        "",
        "Starts a cluster member (Akka Artery over TCP, bound to 127.0.0.1 unless --host says otherwise) that joins "
            + "the member at --join and pulls runs from any experiment submitted with 'dmsim run FILE --cluster "
            + "HOST:PORT': T at a time, a slower member takes fewer. Each run is rebuilt from its description (the "
            + "scenario texts, seed, replication and the case's disruptions, checked by their hash) and its result "
            + "goes back to the submitter, which writes the same files, byte for byte, as a run on one machine. The "
            + "first worker joins itself: give it --port and the same address as --join. A worker that dies "
            + "loses nothing: its runs go to the others. With --tls-key-store and --tls-trust-store, members talk "
            + "mutual TLS and a member without a certificate of the same authority cannot join. Ctrl-C leaves the "
            + "cluster. docs/cluster.md explains the configuration (Akka's application.conf and -D options), the "
            + "downing strategy and TLS."},
    footer = {
        "  dmsim worker --port 25520 --join 127.0.0.1:25520",
        "  dmsim worker --join 127.0.0.1:25520 --threads 2"})
final class WorkerCommand implements Callable<Integer> {
  @Spec
  private CommandSpec command;

  @Mixin
  private HelpOption help;

  @Mixin
  private PluginsOption plugins;

  @Mixin
  private TlsOptions tls;

  @Option(names = "--join", paramLabel = "HOST:PORT", required = true, split = ",",
      description = "The member(s) to join, e.g. 127.0.0.1:25520 (required; no default: the first worker names "
          + "its own --host:--port).")
  private List<String> join;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address this member binds to and announces (default: ${DEFAULT-VALUE}, this computer "
          + "only).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
      description = "The TCP port (default: ${DEFAULT-VALUE}: any free port; the first worker needs a fixed one).")
  private int port;

  @Option(names = "--threads", paramLabel = "T", converter = WholeNumberOption.Threads.class,
      description = "Runs at once on this member (default: the cores, ${DEFAULT-VALUE}).")
  private Integer threads;

  @Override
  public Integer call() {
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ClusterConfig config;
    try {
      config = new ClusterConfig(host, port, join, t).withTls(tls.tls());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--join, --host, --port: " + e.getMessage());
    }
    ClusterMember member;
    try {
      member = ClusterMember.join(config);
    } catch (RuntimeException e) {
      throw new UsageException(e.getMessage());
    }
    member.serve(t, PoolSettings.defaults());
    PrintWriter out = command.commandLine().getOut();
    out.println("worker       " + member.address() + " is up in the cluster of " + String.join(", ", join) + ", "
        + t + " run" + (t == 1 ? "" : "s") + " at a time");
    out.println("stop         Ctrl-C (runs in progress go to the other members)");
    out.flush();
    try {
      Interruption.awaitSignal();
    } finally {
      member.close();
    }
    command.commandLine().getErr().println("dmsim: the worker left the cluster");
    return ExitCodes.INTERRUPTED;
  }
}
