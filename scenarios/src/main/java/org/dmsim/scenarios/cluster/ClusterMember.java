package org.dmsim.scenarios.cluster;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dmsim.sim.cluster.ClusterConfig;
import org.dmsim.sim.cluster.JobRunner;
import org.dmsim.sim.cluster.PoolSettings;
import org.dmsim.sim.cluster.WorkPools;

/**
 * One member of a dmsim cluster on this JVM: its actor system (from {@link ClusterConfig}), up once it
 * has joined; a worker member also serves experiment runs. {@link #close()} leaves the cluster and ends
 * the system.
 */
public final class ClusterMember implements AutoCloseable {
  /** How long a member waits to be up in the cluster before giving up. */
  public static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

  private final ActorSystem<Void> system;

  private ClusterMember(ActorSystem<Void> system) {
    this.system = system;
  }

  /**
   * Starts a member with {@code config} and waits until it is up (it joined its seed nodes, or is the
   * first seed itself).
   *
   * @throws IllegalStateException if it is not up within {@link #JOIN_TIMEOUT}, saying which seeds it tried
   */
  public static ClusterMember join(ClusterConfig config) {
    return join(config, JOIN_TIMEOUT);
  }

  /**
   * Starts a member with {@code config} and waits until it is up, at most {@code timeout}.
   *
   * @throws IllegalStateException if it is not up in time, saying which seeds it tried
   */
  public static ClusterMember join(ClusterConfig config, Duration timeout) {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), ClusterConfig.SYSTEM_NAME, config.toConfig());
    ClusterMember m = new ClusterMember(system);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (Cluster.get(system).selfMember().status() != MemberStatus.up()) {
      if (System.nanoTime() > deadline) {
        m.close();
        throw new IllegalStateException("not up in the cluster after " + timeout.toSeconds() + " s: no seed of "
            + config.seedNodes() + " answered (is a worker started with --join at that address"
            + (config.tls() != null ? ", and does the trust store hold the authority that signed their certificates?)"
                : "?)"));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        m.close();
        throw new IllegalStateException("interrupted while joining the cluster", e);
      }
    }
    return m;
  }

  /** Serves experiment runs on {@code workers} workers of this member. */
  public ClusterMember serve(int workers, PoolSettings settings) {
    return serve(new ExperimentJobs(), workers, settings);
  }

  /** Serves jobs with {@code runner} on {@code workers} workers of this member. */
  public ClusterMember serve(JobRunner runner, int workers, PoolSettings settings) {
    WorkPools.serve(system, runner, workers, settings);
    return this;
  }

  /** The member's address, e.g. {@code akka://dmsim@127.0.0.1:25520}. */
  public String address() {
    return Cluster.get(system).selfMember().address().toString();
  }

  /** The member's actor system. */
  public ActorSystem<Void> system() {
    return system;
  }

  /** Leaves the cluster and ends the actor system (waits at most 20 s). */
  @Override
  public void close() {
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // ending anyway
    }
  }
}
