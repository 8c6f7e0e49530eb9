package org.dmsim.scenarios.experiment;

import java.util.Optional;
import org.dmsim.model.result.RunResult;

/**
 * Where an experiment's finished runs are kept as they finish, so that a stopped experiment can go on
 * where it stopped ({@link RunRecord}). A run is named by its case, variant and replication; the inputs
 * that make those names mean the same runs (files, overrides, seed, version) are the log's to check.
 */
public interface RunLog {
  /** A log that holds nothing and keeps nothing. */
  RunLog NONE = new RunLog() {
    @Override
    public Optional<RunResult> finished(String caseName, String variant, int replication) {
      return Optional.empty();
    }

    @Override
    public void record(String caseName, String variant, int replication, RunResult result) {
      // nothing is kept
    }
  };

  /** The result of the run, if the log holds it. */
  Optional<RunResult> finished(String caseName, String variant, int replication);

  /**
   * Keeps a run that just finished. Called from the thread that ran it, possibly from several at once.
   *
   * @throws java.io.UncheckedIOException when it cannot be kept (the experiment then fails)
   */
  void record(String caseName, String variant, int replication, RunResult result);
}
