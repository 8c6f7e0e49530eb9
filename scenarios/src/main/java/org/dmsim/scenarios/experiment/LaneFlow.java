package org.dmsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.sequential.SequentialEngine;

/**
 * The normal flow on each lane of a network: shipments and units over it in one undisrupted reference
 * run (replication 0 of the seed, the scenario's own disruptions left out), measured by a run that
 * counts every shipment on its lane ({@link Network#measuringLaneFlow}). A lane "in use" is one that
 * carried at least one shipment in that run; lanes that the network could use but did not are not
 * listed. The measuring run is a reference only: its extra counters never reach an experiment's results.
 */
public final class LaneFlow {
  private LaneFlow() {}

  /**
   * The flow on one lane, {@code from → to}: shipments dispatched on it and the customer and stock units
   * they carried (components from suppliers travel in shipments but are not counted as units).
   */
  public record Flow(String from, String to, long shipments, long units) {
    /** The lane as a {@code lane-closure} names it: {@code FROM->TO}. */
    public String lane() {
      return from + "->" + to;
    }
  }

  /** Busiest first: by shipments, then units, then the lane's name. */
  public static final Comparator<Flow> BUSIEST_FIRST = Comparator.comparingLong(Flow::shipments).reversed()
      .thenComparing(Comparator.comparingLong(Flow::units).reversed()).thenComparing(Flow::lane);

  /**
   * The lanes {@code spec} uses in an undisrupted run of {@code horizonMs} with {@code seed}, replication
   * 0, busiest first ({@link #BUSIEST_FIRST}). Runs on the sequential engine: the flow is the same on both.
   */
  public static List<Flow> measure(ManufacturingSpec spec, long horizonMs, long seed) {
    return measure(spec, horizonMs, seed, Cancellation.never());
  }

  /**
   * As {@link #measure(ManufacturingSpec, long, long)}, stopped within moments when {@code cancel} is
   * requested (Ctrl-C, {@code SIGTERM}).
   *
   * @throws ReferenceRunInterrupted when {@code cancel} was requested before the run finished
   */
  public static List<Flow> measure(ManufacturingSpec spec, long horizonMs, long seed, Cancellation cancel) {
    ManufacturingSpec reference = spec.withHorizon(horizonMs).withDisruptions(List.of());
    if (!cancel.enter()) {
      throw new ReferenceRunInterrupted(cancel.reason());
    }
    RunResult result;
    try (SequentialEngine engine = new SequentialEngine()) {
      result = engine.run(NetworkPlan.of(Network.measuringLaneFlow(reference)), seed, 0);
    } catch (SimulationFailure stopped) {
      if (cancel.requested()) {
        throw new ReferenceRunInterrupted(cancel.reason());
      }
      throw stopped;
    } finally {
      cancel.leave();
    }
    return of(result);
  }

  /** The lane flows counted in {@code result} (a measuring run's), busiest first. */
  static List<Flow> of(RunResult result) {
    Map<String, long[]> byLane = new TreeMap<>();
    for (EntityResult e : result.entities()) {
      for (MetricValue m : e.metrics()) {
        if (m.name().startsWith(Metrics.LANE_SHIPMENTS_PREFIX)) {
          byLane.computeIfAbsent(m.name().substring(Metrics.LANE_SHIPMENTS_PREFIX.length()), k -> new long[2])[0] +=
              m.count();
        } else if (m.name().startsWith(Metrics.LANE_UNITS_PREFIX)) {
          byLane.computeIfAbsent(m.name().substring(Metrics.LANE_UNITS_PREFIX.length()), k -> new long[2])[1] +=
              m.count();
        }
      }
    }
    List<Flow> flows = new ArrayList<>();
    byLane.forEach((lane, n) -> {
      int arrow = lane.indexOf("->");
      if (n[0] > 0) {
        flows.add(new Flow(lane.substring(0, arrow), lane.substring(arrow + 2), n[0], n[1]));
      }
    });
    flows.sort(BUSIEST_FIRST);
    return List.copyOf(flows);
  }
}
