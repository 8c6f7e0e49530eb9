package org.dmsim.scenarios.experiment;

/**
 * Told when each replication finishes, for progress bars. Called from worker threads, but one call at
 * a time and in order: {@code done} goes 1, 2, … {@code total}.
 */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} replications have finished. */
  void replicationDone(int done, int total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> { };
  }
}
