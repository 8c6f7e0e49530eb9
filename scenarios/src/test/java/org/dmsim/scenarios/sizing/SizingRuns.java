package org.dmsim.scenarios.sizing;

import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;

/** Runs a sizing study's search on the sequential engine, for the end-to-end tests. */
final class SizingRuns {
  private SizingRuns() {}

  /** The outcome of {@code study}'s search, 2 threads, no progress. */
  static SizingOutcome size(SizingStudy study) {
    SimulatedSizing evaluator = new SimulatedSizing(study, EngineKind.SEQUENTIAL, 2,
        AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, ProgressListener.none(), Cancellation.never());
    return study.search().run(evaluator, (k, e, done) -> { });
  }

  /** In how many of the seeds {@code first}, {@code first + 1}, … ({@code seeds} of them) the answer is {@code right}. */
  static int timesRight(SizingStudy study, SizingAnswer right, long first, int seeds) {
    int n = 0;
    for (long seed = first; seed < first + seeds; seed++) {
      if (size(study.withSeed(seed)).answer().equals(right)) {
        n++;
      }
    }
    return n;
  }
}
