package org.dmsim.scenarios.experiment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * A stress test after Simchi-Levi's time to survive: each node of one network — every plant,
 * microfactory, distribution centre and supplier — is knocked out in turn for the same time, in the
 * same replications, and the network is measured: how long it keeps serving at least 95 % of its
 * baseline (time to survive; censored at the outage's length when it never falls below), and what
 * it loses (loss area, lost sales). Nodes come ranked by loss, worst first.
 */
public final class StressTest {
  private StressTest() {}

  /** One node's result. */
  public record NodeResult(String node, String kind, Interval timeToSurviveDays, int survivedWholeOutage,
      Interval lossUnitDays, Interval lostSalesUnits, Interval onTimeFillRate) {}

  /**
   * Runs the stress test of {@code spec}: each node out from {@code atMs} for {@code outageMs}, runs of
   * {@code horizonMs} with {@code warmupMs} left out, {@code replications} each; the actor engine fails a
   * run in which no time window completes for {@code stallTimeout} of wall time.
   */
  public static List<NodeResult> run(ManufacturingSpec spec, long atMs, long outageMs, long horizonMs, long warmupMs,
      long seed, int replications, EngineKind engine, int threads, boolean fused, Duration stallTimeout,
      ProgressListener progress) {
    return run(spec, atMs, outageMs, horizonMs, warmupMs, seed, replications, engine, threads, fused, stallTimeout,
        progress, Cancellation.never());
  }

  /**
   * Runs the stress test as {@link #run(ManufacturingSpec, long, long, long, long, long, int, EngineKind, int,
   * boolean, Duration, ProgressListener)} until {@code cancel} is requested.
   *
   * @throws ExperimentInterrupted when {@code cancel} stopped it, keeping the runs that finished (rank
   *     the nodes they cover with {@link #rank})
   */
  public static List<NodeResult> run(ManufacturingSpec spec, long atMs, long outageMs, long horizonMs, long warmupMs,
      long seed, int replications, EngineKind engine, int threads, boolean fused, Duration stallTimeout,
      ProgressListener progress, Cancellation cancel) {
    List<String[]> nodes = nodes(spec);
    List<Experiment.Case> cases = new ArrayList<>();
    for (String[] n : nodes) {
      Disruption outage = new Disruption.NodeOutage(n[0], atMs, atMs + outageMs);
      cases.add(new Experiment.Case(n[0], Experiment.DisruptionSource.fixed(List.of(outage))));
    }
    Experiment e = new Experiment(spec.name() + "-stress", spec.name(),
        List.of(new Experiment.Variant(spec.name(), spec.withHorizon(horizonMs))), cases, seed, replications, warmupMs);
    List<ExperimentRun> runs = ExperimentRunner.run(e, engine, threads, fused, stallTimeout, progress, cancel);
    return rank(spec, runs, atMs, outageMs, warmupMs, replications);
  }

  /** Each node of {@code spec} knocked out in turn, then each supplier: id and kind. */
  private static List<String[]> nodes(ManufacturingSpec spec) {
    List<String[]> nodes = new ArrayList<>();
    for (NodeSpec n : spec.nodes()) {
      nodes.add(new String[] {n.id(), org.dmsim.model.mfg.spec.Names.of(n.kind())});
    }
    for (SupplierSpec s : spec.suppliers()) {
      nodes.add(new String[] {s.id(), "supplier"});
    }
    return nodes;
  }

  /**
   * The ranking of the nodes whose every one of {@code replications} is among {@code runs} (every node
   * after a complete stress test; after an interrupted one, those whose runs all finished), worst first.
   */
  public static List<NodeResult> rank(ManufacturingSpec spec, List<ExperimentRun> runs, long atMs, long outageMs,
      long warmupMs, int replications) {
    List<String[]> nodes = new ArrayList<>();
    for (String[] n : nodes(spec)) {
      if (runs.stream().filter(r -> r.caseName().equals(n[0])).count() == replications) {
        nodes.add(n);
      }
    }
    ExperimentStats stats = new ExperimentStats(runs, 0.95);
    int startDay = (int) (atMs / SimTime.DAY_MS);
    int outageDays = (int) Math.max(1, outageMs / SimTime.DAY_MS);
    List<NodeResult> out = new ArrayList<>();
    for (String[] n : nodes) {
      List<Double> tts = new ArrayList<>();
      int survived = 0;
      for (ExperimentRun r : runs) {
        if (r.caseName().equals(n[0])) {
          int t = timeToSurvive(r, startDay, outageDays, (int) (warmupMs / SimTime.DAY_MS));
          tts.add((double) Math.min(t, outageDays));
          survived += t >= outageDays ? 1 : 0;
        }
      }
      double[] ttsValues = tts.stream().mapToDouble(Double::doubleValue).toArray();
      out.add(new NodeResult(n[0], n[1], Interval.studentT(ttsValues, 0.95), survived,
          stats.interval(n[0], spec.name(), "loss_unit_days"), stats.interval(n[0], spec.name(), "lost_sales_units"),
          stats.interval(n[0], spec.name(), "on_time_fill_rate")));
    }
    out.sort(Comparator.comparingDouble((NodeResult r) -> r.lossUnitDays() == null ? 0 : -r.lossUnitDays().mean())
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
