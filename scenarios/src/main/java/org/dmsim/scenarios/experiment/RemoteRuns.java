package org.dmsim.scenarios.experiment;

import java.util.List;
import org.dmsim.model.result.RunResult;

/**
 * Where {@link ExperimentRunner} sends an experiment's runs still to do when they do not run on this JVM's
 * threads (a cluster): each run is named by its case, variant and replication, which with the experiment
 * describes it completely; the results come back in the order asked, whatever order they finish in.
 */
@FunctionalInterface
public interface RemoteRuns {
  /**
   * Runs {@code runs} and returns their results in the same order, handing each to {@code done} (with its
   * position in {@code runs}) as it arrives.
   *
   * @throws ReplicationsInterrupted when {@code cancel} stopped it, with the results that arrived (null for the rest)
   * @throws ReplicationsFailed when a run failed, with the results that arrived
   */
  List<RunResult> run(List<RunKey> runs, ProgressListener progress, Cancellation cancel,
      Replications.ResultListener done);

  /**
   * One run of an experiment.
   *
   * @param caseIndex    the case, from 0, in the file's order
   * @param variantIndex the variant, from 0
   * @param replication  the replication, from 0
   */
  record RunKey(int caseIndex, int variantIndex, int replication) {}
}
