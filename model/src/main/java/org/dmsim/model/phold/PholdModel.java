package org.dmsim.model.phold;

import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;

/**
 * Builds a PHOLD plan. Parameters are in PHOLD's customary time unit, here one second of simulated
 * time: lookahead 0.1 and mean 1.0 mean 100 ms and 1000 ms.
 *
 * @param processes        number of logical processes (each one node actor without children)
 * @param eventsPerProcess tokens each process starts with; the population stays constant
 * @param lookaheadSeconds minimum delay of every hop, seconds
 * @param meanSeconds      mean of the exponential part of a hop's delay, seconds
 * @param endSeconds       end of the run, seconds
 */
public record PholdModel(int processes, int eventsPerProcess, double lookaheadSeconds, double meanSeconds,
    double endSeconds) {
  /** The largest time parameter, in seconds: the latest representable event time. */
  private static final double MAX_SECONDS = Event.MAX_TIME_MS / 1000.0;

  public PholdModel {
    if (processes < 1) {
      throw new IllegalArgumentException("PHOLD needs at least one process, got " + processes);
    }
    if (eventsPerProcess < 0) {
      throw new IllegalArgumentException("events per process must not be negative, got " + eventsPerProcess);
    }
    if (!(lookaheadSeconds >= 0.001 && lookaheadSeconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException("lookahead must be at least 0.001 s and at most " + MAX_SECONDS + " s, got "
          + lookaheadSeconds);
    }
    if (!(meanSeconds >= 0 && meanSeconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException("mean must be at least 0 s and at most " + MAX_SECONDS + " s, got "
          + meanSeconds);
    }
    if (!(endSeconds > 0 && endSeconds <= MAX_SECONDS)) {
      throw new IllegalArgumentException("end must be positive and at most " + MAX_SECONDS + " s, got " + endSeconds);
    }
  }

  /** The benchmark's defaults: 1024 processes, 16 events each, lookahead 0.1, mean 1.0, end 1000. */
  public static PholdModel defaults() {
    return new PholdModel(1024, 16, 0.1, 1.0, 1000);
  }

  /** The plan: processes {@code lp-0000 …}, zero-padded so that name order is numeric order. */
  public SimulationPlan plan() {
    long lookaheadMs = Math.round(lookaheadSeconds * 1000);
    double meanMs = meanSeconds * 1000;
    int digits = Math.max(4, String.valueOf(processes - 1).length());
    SimulationPlan.Builder b = SimulationPlan.builder("phold");
    for (int i = 0; i < processes; i++) {
      b.node(String.format("lp-%0" + digits + "d", i), dir -> {
        List<EntityId> all = dir.nodes();
        return new PholdProcess(all, eventsPerProcess, lookaheadMs, meanMs);
      });
    }
    return b.build(lookaheadMs, Math.round(endSeconds * 1000));
  }
}
