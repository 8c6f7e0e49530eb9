package org.dmsim.scenarios.cluster;

import akka.actor.typed.ActorSystem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.RemoteRuns;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.experiment.ReplicationsFailed;
import org.dmsim.scenarios.experiment.ReplicationsInterrupted;
import org.dmsim.scenarios.run.ExperimentRunDescription;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.cluster.Job;
import org.dmsim.sim.cluster.PoolProgress;
import org.dmsim.sim.cluster.PoolSettings;
import org.dmsim.sim.cluster.PoolSummary;
import org.dmsim.sim.cluster.ResultSink;
import org.dmsim.sim.cluster.WorkPoolFailure;
import org.dmsim.sim.cluster.WorkPools;

/**
 * An experiment's runs on the cluster {@code system} belongs to: each run still to do is described
 * ({@link ExperimentRunDescription}) and handed to the work pool, whose workers ({@link ExperimentJobs})
 * pull them; results come back in run order and are the same, byte for byte, as a run on this JVM.
 */
public final class ClusterRuns implements RemoteRuns {
  private final ActorSystem<?> system;
  private final Experiment experiment;
  private final PoolSettings settings;
  private int runsDone;
  private int membersSeen;
  private int reassigned;

  /** Runs of {@code experiment} on {@code system}'s cluster, with the pool's {@code settings}. */
  public ClusterRuns(ActorSystem<?> system, Experiment experiment, PoolSettings settings) {
    this.system = system;
    this.experiment = experiment;
    this.settings = settings;
  }

  /**
   * What the cluster did for all of {@code used}, e.g. {@code 48 runs on 2 members, 1 run given to another
   * member after its member was lost}.
   */
  public static String summary(List<ClusterRuns> used) {
    int runs = 0;
    int members = 0;
    int moved = 0;
    for (ClusterRuns r : used) {
      runs += r.runsDone;
      members = Math.max(members, r.membersSeen);
      moved += r.reassigned;
    }
    return runs + " run" + (runs == 1 ? "" : "s") + " on " + members + " member" + (members == 1 ? "" : "s")
        + (moved == 0 ? "" : ", " + moved + " run" + (moved == 1 ? "" : "s")
        + " given to another member after its member was lost");
  }

  @Override
  public List<RunResult> run(List<RunKey> runs, ProgressListener progress, Cancellation cancel,
      Replications.ResultListener done) {
    List<Job> jobs = new ArrayList<>(runs.size());
    for (int k = 0; k < runs.size(); k++) {
      RunKey key = runs.get(k);
      try {
        jobs.add(new Job(k, ExperimentRunDescription.of(experiment, key.caseIndex(), key.variantIndex(),
            key.replication()).toJson()));
      } catch (ScenarioException e) {
        throw new IllegalStateException("cannot describe run " + key + " for the cluster: " + e.getMessage(), e);
      }
    }
    RunResult[] results = new RunResult[runs.size()];
    ResultSink sink = new ResultSink() {
      private int finished;

      @Override
      public void accept(int index, byte[] result) {
        RunResult r = RunResult.fromCanonical(new String(result, StandardCharsets.UTF_8));
        results[index] = r;
        done.finished(index, r);
        progress.replicationDone(++finished, runs.size());
      }

      @Override
      public void progress(PoolProgress p) {
        // Members and jobs done reach the console through the runs finished.
      }
    };
    CompletableFuture<PoolSummary> outcome = WorkPools.submit(system, jobs, sink, settings).toCompletableFuture();
    while (true) {
      if (cancel.requested()) {
        outcome.cancel(true);
        throw new ReplicationsInterrupted(cancel.reason(), Arrays.asList(results));
      }
      try {
        PoolSummary summary = outcome.get(200, TimeUnit.MILLISECONDS);
        runsDone += summary.jobs();
        membersSeen = Math.max(membersSeen, summary.membersSeen());
        reassigned += summary.jobsReassigned();
        return Arrays.asList(results);
      } catch (TimeoutException stillRunning) {
        // poll the cancellation again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReplicationsInterrupted("interrupted", Arrays.asList(results));
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() instanceof WorkPoolFailure ? e.getCause() : e;
        int failed = 0;
        while (failed < results.length && results[failed] != null) {
          failed++;
        }
        throw new ReplicationsFailed(failed, Arrays.asList(results), cause);
      }
    }
  }
}
