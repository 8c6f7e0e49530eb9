package org.dmsim.scenarios.experiment;

/** Told when each replication finishes, for progress bars; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} replications have finished. */
  void replicationDone(int done, int total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> { };
  }
}
