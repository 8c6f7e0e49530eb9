package org.dmsim.sim.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry points of the work pool on a running actor system (a cluster member built from
 * {@link ClusterConfig}): submit jobs from one member, serve them on others (or the same).
 */
public final class WorkPools {
  private static final AtomicLong NAMES = new AtomicLong();

  private WorkPools() {}

  /**
   * Runs {@code jobs} on the workers of {@code system}'s cluster, delivering results to {@code sink}
   * in index order; completes with a summary, or exceptionally with a {@link WorkPoolFailure}.
   */
  public static CompletionStage<PoolSummary> submit(ActorSystem<?> system, List<Job> jobs, ResultSink sink,
      PoolSettings settings) {
    CompletableFuture<PoolSummary> outcome = new CompletableFuture<>();
    system.systemActorOf(WorkPool.create(jobs, sink, settings, outcome), "work-pool-" + NAMES.incrementAndGet(),
        Props.empty());
    return outcome;
  }

  /**
   * Starts {@code count} workers on {@code system}, each running one job at a time through
   * {@code runner}; give the member's {@link ClusterConfig#workerThreads()} as {@code count}.
   */
  public static List<ActorRef<Worker.Command>> serve(ActorSystem<?> system, JobRunner runner, int count,
      PoolSettings settings) {
    if (count < 1) {
      throw new IllegalArgumentException("worker count must be >= 1, was " + count);
    }
    List<ActorRef<Worker.Command>> workers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      workers.add(system.systemActorOf(Worker.create(runner, settings), "pool-worker-" + NAMES.incrementAndGet(),
          Props.empty()));
    }
    return List.copyOf(workers);
  }
}
