package org.dmsim.scenarios.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.resilience.PerformanceCurve;
import org.dmsim.model.resilience.ResilienceMeasures;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.engine.EngineKind;

/**
 * A stress test after Simchi-Levi's time to survive: each element of one network is knocked out in
 * turn for the same time, in the same replications, and the network is measured: how long it keeps
 * serving at least 95 % of its baseline (time to survive; censored at the outage's length when it never
 * falls below), what it loses (loss area, lost sales) and its on-time fill during the outage. The
 * elements ({@link Elements}) are the nodes (every plant, microfactory, distribution centre and
 * supplier, each out), the lanes (each lane in use closed), the ports (all lanes into one region or
 * distribution centre closed) or the suppliers (each failed). Elements come ranked by loss, worst first.
 */
public final class StressTest {
  private StressTest() {}

  /** What is knocked out in turn. */
  public enum Elements {
    /** Each plant, microfactory, distribution centre and supplier out ({@code node-outage}). */
    NODES("node"),
    /** Each lane in use closed ({@code lane-closure} from its origin to its destination). */
    LANES("lane"),
    /**
     * Each port closed: a port is every lane into one customer region or distribution centre — the way
     * all its goods come in — closed at once ({@code lane-closure} from {@code *} to it).
     */
    PORTS("port"),
    /** Each supplier failed ({@code supplier-failure}): it delivers nothing, orders wait. */
    SUPPLIERS("supplier");

    private final String singular;

    Elements(String singular) {
      this.singular = singular;
    }

    /** Its name on the command line: {@code nodes}, {@code lanes}, {@code ports}, {@code suppliers}. */
    public String cliName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One of them, for texts: {@code node}, {@code lane}, {@code port}, {@code supplier}. */
    public String singular() {
      return singular;
    }

    /** Whether they are chosen by their normal flow (lanes and ports), so that {@code --top} applies. */
    public boolean flowRanked() {
      return this == LANES || this == PORTS;
    }
  }

  /**
   * One element to knock out: its id ({@code FROM->TO} for a lane), its kind (a node kind,
   * {@code supplier}, {@code lane} or {@code port}), its normal flow in shipments and units over an
   * undisrupted run ({@link LaneFlow}; -1 when not measured, for nodes and suppliers), and the disruption
   * that knocks it out.
   */
  public record Target(String id, String kind, long normalFlowShipments, long normalFlowUnits, Knockout knockout) {}

  /** The disruption that knocks an element out from {@code startMs} to {@code endMs}. */
  @FunctionalInterface
  public interface Knockout {
    /** The disruption of the element over {@code [startMs, endMs)}. */
    Disruption from(long startMs, long endMs);
  }

  /**
   * One element's result; the normal flow is -1 when not measured (nodes, suppliers), and the fill
   * during the disruption is null when no unit was due during it.
   */
  public record NodeResult(String node, String kind, Interval timeToSurviveDays, int survivedWholeOutage,
      Interval lossUnitDays, Interval lostSalesUnits, Interval onTimeFillRate, Interval fillDuringDisruption,
      long normalFlowShipments, long normalFlowUnits) {}

  /**
   * Runs the stress test of {@code spec}'s nodes: each out from {@code atMs} for {@code outageMs}, runs of
   * {@code horizonMs} with {@code warmupMs} left out, {@code replications} each; the actor engine fails a
   * run in which no time window completes for {@code stallTimeout} of wall time.
   */
  public static List<NodeResult> run(ManufacturingSpec spec, long atMs, long outageMs, long horizonMs, long warmupMs,
      long seed, int replications, EngineKind engine, int threads, boolean fused, Duration stallTimeout,
      ProgressListener progress) {
    return run(spec, targets(spec, Elements.NODES, Integer.MAX_VALUE, horizonMs, seed), atMs, outageMs, horizonMs,
        warmupMs, seed, replications, engine, threads, fused, stallTimeout, progress, Cancellation.never());
  }

  /**
   * Runs the stress test of {@code targets} as {@link #run(ManufacturingSpec, long, long, long, long, long, int,
   * EngineKind, int, boolean, Duration, ProgressListener)} until {@code cancel} is requested.
   *
   * @throws ExperimentInterrupted when {@code cancel} stopped it, keeping the runs that finished (rank
   *     the elements they cover with {@link #rank})
   */
  public static List<NodeResult> run(ManufacturingSpec spec, List<Target> targets, long atMs, long outageMs,
      long horizonMs, long warmupMs, long seed, int replications, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel) {
    List<Experiment.Case> cases = new ArrayList<>();
    for (Target t : targets) {
      Disruption outage = t.knockout().from(atMs, atMs + outageMs);
      cases.add(new Experiment.Case(t.id(), Experiment.DisruptionSource.fixed(List.of(outage))));
    }
    Experiment e = new Experiment(spec.name() + "-stress", spec.name(),
        List.of(new Experiment.Variant(spec.name(), spec.withHorizon(horizonMs))), cases, seed, replications, warmupMs);
    List<ExperimentRun> runs = ExperimentRunner.run(e, engine, threads, fused, stallTimeout, progress, cancel);
    return rank(spec, targets, runs, atMs, outageMs, warmupMs, replications);
  }

  /**
   * The elements of {@code spec} of kind {@code elements}, in the order they are run: nodes then suppliers
   * for {@link Elements#NODES}, suppliers in file order, and for lanes and ports the {@code top} busiest
   * in an undisrupted reference run of {@code horizonMs} with {@code seed} ({@link LaneFlow}), busiest first.
   *
   * @throws IllegalArgumentException when the network has no element of that kind (no supplier, no lane in use)
   */
  public static List<Target> targets(ManufacturingSpec spec, Elements elements, int top, long horizonMs, long seed) {
    return targets(spec, elements, top, horizonMs, seed, Cancellation.never());
  }

  /**
   * As {@link #targets(ManufacturingSpec, Elements, int, long, long)}, with a reference run (lanes, ports)
   * that {@code cancel} stops.
   *
   * @throws ReferenceRunInterrupted when {@code cancel} stopped the reference run
   */
  public static List<Target> targets(ManufacturingSpec spec, Elements elements, int top, long horizonMs, long seed,
      Cancellation cancel) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    List<Target> out = new ArrayList<>();
    switch (elements) {
      case NODES -> {
        for (NodeSpec n : spec.nodes()) {
          out.add(new Target(n.id(), org.dmsim.model.mfg.spec.Names.of(n.kind()), -1, -1,
              (from, to) -> new Disruption.NodeOutage(n.id(), from, to)));
        }
        for (SupplierSpec s : spec.suppliers()) {
          out.add(new Target(s.id(), "supplier", -1, -1, (from, to) -> new Disruption.NodeOutage(s.id(), from, to)));
        }
      }
      case SUPPLIERS -> {
        if (spec.suppliers().isEmpty()) {
          throw new IllegalArgumentException(spec.name() + " has no suppliers to fail (its file lists none under"
              + " 'suppliers'); try --elements nodes, lanes or ports");
        }
        for (SupplierSpec s : spec.suppliers()) {
          out.add(new Target(s.id(), "supplier", -1, -1,
              (from, to) -> new Disruption.SupplierFailure(s.id(), from, to)));
        }
      }
      case LANES -> {
        for (LaneFlow.Flow f : inUse(spec, horizonMs, seed, cancel)) {
          out.add(new Target(f.lane(), "lane", f.shipments(), f.units(),
              (from, to) -> new Disruption.LaneClosure(f.from(), f.to(), 0, from, to)));
        }
      }
      case PORTS -> {
        Map<String, long[]> into = new TreeMap<>();
        for (LaneFlow.Flow f : inUse(spec, horizonMs, seed, cancel)) {
          if (isPort(spec, f.to())) {
            long[] sum = into.computeIfAbsent(f.to(), k -> new long[2]);
            sum[0] += f.shipments();
            sum[1] += f.units();
          }
        }
        List<LaneFlow.Flow> ports = new ArrayList<>();
        into.forEach((port, n) -> ports.add(new LaneFlow.Flow("*", port, n[0], n[1])));
        ports.sort(LaneFlow.BUSIEST_FIRST.thenComparing(LaneFlow.Flow::to));
        for (LaneFlow.Flow p : ports) {
          out.add(new Target(p.to(), "port", p.shipments(), p.units(),
              (from, to) -> new Disruption.LaneClosure("*", p.to(), 0, from, to)));
        }
      }
      default -> throw new IllegalStateException(elements.name());
    }
    return List.copyOf(out.subList(0, Math.min(top, out.size())));
  }

  private static List<LaneFlow.Flow> inUse(ManufacturingSpec spec, long horizonMs, long seed, Cancellation cancel) {
    List<LaneFlow.Flow> flows = LaneFlow.measure(spec, horizonMs, seed, cancel);
    if (flows.isEmpty()) {
      throw new IllegalArgumentException(spec.name() + " ships nothing in an undisrupted run of "
          + SimTime.format(horizonMs) + ": no lane is in use");
    }
    return flows;
  }

  /** Whether {@code id} is a port's destination: a customer region or a distribution centre. */
  private static boolean isPort(ManufacturingSpec spec, String id) {
    return spec.regions().stream().anyMatch(r -> r.id().equals(id))
        || spec.nodes().stream().anyMatch(n -> n.id().equals(id) && !n.kind().produces());
  }

  /**
   * The ranking of the {@code targets} whose every one of {@code replications} is among {@code runs} (every
   * element after a complete stress test; after an interrupted one, those whose runs all finished), worst
   * first: by loss, then by normal flow, then by id.
   */
  public static List<NodeResult> rank(ManufacturingSpec spec, List<Target> targets, List<ExperimentRun> runs,
      long atMs, long outageMs, long warmupMs, int replications) {
    Map<String, List<ExperimentRun>> byCase = new TreeMap<>();
    for (ExperimentRun r : runs) {
      byCase.computeIfAbsent(r.caseName(), k -> new ArrayList<>()).add(r);
    }
    ExperimentStats stats = new ExperimentStats(runs, 0.95);
    int startDay = (int) (atMs / SimTime.DAY_MS);
    int outageDays = (int) Math.max(1, outageMs / SimTime.DAY_MS);
    List<NodeResult> out = new ArrayList<>();
    for (Target n : targets) {
      List<ExperimentRun> mine = byCase.getOrDefault(n.id(), List.of());
      if (mine.size() != replications) {
        continue;
      }
      List<Double> tts = new ArrayList<>();
      int survived = 0;
      for (ExperimentRun r : mine) {
        int t = timeToSurvive(r, startDay, outageDays, (int) (warmupMs / SimTime.DAY_MS));
        tts.add((double) Math.min(t, outageDays));
        survived += t >= outageDays ? 1 : 0;
      }
      double[] ttsValues = tts.stream().mapToDouble(Double::doubleValue).toArray();
      out.add(new NodeResult(n.id(), n.kind(), Interval.studentT(ttsValues, 0.95), survived,
          stats.interval(n.id(), spec.name(), "loss_unit_days"), stats.interval(n.id(), spec.name(), "lost_sales_units"),
          stats.interval(n.id(), spec.name(), "on_time_fill_rate"),
          stats.interval(n.id(), spec.name(), "fill_during_disruption"), n.normalFlowShipments(),
          n.normalFlowUnits()));
    }
    out.sort(Comparator.comparingDouble((NodeResult r) -> r.lossUnitDays() == null ? 0 : -r.lossUnitDays().mean())
        .thenComparing(Comparator.comparingLong(NodeResult::normalFlowShipments).reversed())
        .thenComparing(NodeResult::node));
    return out;
  }

  /**
   * Days from the outage's start until the 7-day served-demand average first falls below 95 % of the
   * baseline; {@code outageDays} (or more) when it does not fall below before the outage ends.
   */
  static int timeToSurvive(ExperimentRun r, int startDay, int outageDays, int warmupDays) {
    PerformanceCurve curve = PerformanceCurve.of(r.daily().get("due_units"), r.daily().get("on_time_units"));
    double baseline;
    try {
      baseline = ResilienceMeasures.of(curve, startDay, warmupDays).baseline();
    } catch (IllegalArgumentException noBaseline) {
      return outageDays;
    }
    double[] avg = curve.movingAverage(PerformanceCurve.WEEK_DAYS, warmupDays);
    for (int d = startDay; d < Math.min(avg.length, startDay + outageDays); d++) {
      if (avg[d] < ResilienceMeasures.Criteria.DEFAULT.recoveredFraction() * baseline) {
        return d - startDay;
      }
    }
    return outageDays;
  }
}
