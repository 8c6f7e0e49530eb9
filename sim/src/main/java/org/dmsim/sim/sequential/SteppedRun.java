package org.dmsim.sim.sequential;

import org.dmsim.model.result.RunResult;

/**
 * A run of the {@link SequentialEngine} that the caller advances in steps of simulated time, for a live
 * view: {@link #advanceTo} handles every event earlier than the given time, in the engine's key order,
 * and stops; nothing else changes, so stepping to the end gives the same {@link #finish result} as
 * {@link SequentialEngine#run}. Single-threaded; not for sharing between threads.
 */
public final class SteppedRun {
  private final SequentialEngine.Run run;
  private long nowMs;

  SteppedRun(SequentialEngine.Run run) {
    this.run = run;
  }

  /**
   * Handles every event earlier than {@code untilMs} (capped at the end of the run).
   *
   * @throws IllegalArgumentException if {@code untilMs} is before the time already reached
   */
  public void advanceTo(long untilMs) {
    if (untilMs < nowMs) {
      throw new IllegalArgumentException("cannot step back to " + untilMs + " ms: the run is at " + nowMs + " ms");
    }
    run.advanceTo(untilMs);
    nowMs = Math.min(untilMs, run.endMs());
  }

  /** The simulated time reached, ms: every event before it is handled, none at or after it. */
  public long nowMs() {
    return nowMs;
  }

  /** The end of the run, ms. */
  public long endMs() {
    return run.endMs();
  }

  /** The results so far, with time-weighted statistics closed at {@link #nowMs()}; the run goes on unchanged. */
  public RunResult snapshot() {
    return run.resultAt(nowMs);
  }

  /** Steps to the end and returns the run's result, as {@link SequentialEngine#run} would. */
  public RunResult finish() {
    advanceTo(run.endMs());
    return run.result();
  }
}
