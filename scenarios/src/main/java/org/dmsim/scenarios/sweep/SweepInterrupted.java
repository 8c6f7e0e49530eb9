package org.dmsim.scenarios.sweep;

import java.util.List;

/** A sweep was stopped (Ctrl-C, {@code SIGTERM}); carries the points whose every run finished. */
public final class SweepInterrupted extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<SweepRunner.PointResult> finished;
  private final int planned;

  SweepInterrupted(String reason, List<SweepRunner.PointResult> finished, int planned) {
    super(reason);
    this.finished = List.copyOf(finished);
    this.planned = planned;
  }

  /** The points that finished, in order. */
  public List<SweepRunner.PointResult> finished() {
    return finished;
  }

  /** How many points were planned. */
  public int planned() {
    return planned;
  }
}
