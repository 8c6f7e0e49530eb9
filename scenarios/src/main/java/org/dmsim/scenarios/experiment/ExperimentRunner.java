package org.dmsim.scenarios.experiment;

import org.dmsim.model.result.ExperimentRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.resilience.DisruptionFill;
import org.dmsim.model.resilience.PerformanceCurve;
import org.dmsim.model.resilience.ResilienceMeasures;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;

/**
 * Runs an experiment: every case × variant × replication as one job (up to --threads at once, on either
 * engine), then each run's indicators, including the resilience measures of each disruption that
 * starts after the warm-up: the performance curve is the daily share of units due that were delivered
 * on time (docs/metrics.md). Per run: {@code loss_unit_days} (summed over its disruptions),
 * {@code time_to_recover_d} and {@code max_drop} (the worst of its disruptions),
 * {@code censored_recoveries} (disruptions not recovered from by the end or the next disruption); then
 * {@code fill_during_disruption} and {@code fill_after_disruption}, the on-time share of units due while
 * the case's disruptions act and in the recovery period after each ({@link DisruptionFill}).
 */
public final class ExperimentRunner {
  private ExperimentRunner() {}

  /** The runs in case, variant, replication order. @throws ExperimentFailed keeping the runs that finished */
  public static List<ExperimentRun> run(Experiment e, EngineKind engine, int threads, boolean fused,
      ProgressListener progress) {
    return run(e, engine, threads, fused, AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, progress);
  }

  /**
   * The runs in case, variant, replication order; the actor engine fails a run in which no time window
   * completes for {@code stallTimeout} of wall time. @throws ExperimentFailed keeping the runs that finished
   */
  public static List<ExperimentRun> run(Experiment e, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, ProgressListener progress) {
    return run(e, engine, threads, fused, stallTimeout, progress, Cancellation.never());
  }

  /**
   * The runs in case, variant, replication order, as {@link #run(Experiment, EngineKind, int, boolean,
   * Duration, ProgressListener)}, until {@code cancel} is requested.
   *
   * @throws ExperimentInterrupted when {@code cancel} stopped it, keeping the runs that finished
   * @throws ExperimentFailed keeping the runs that finished
   */
  public static List<ExperimentRun> run(Experiment e, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel) {
    return run(e, engine, threads, fused, stallTimeout, progress, cancel, RunLog.NONE);
  }

  /**
   * The runs in case, variant, replication order, as {@link #run(Experiment, EngineKind, int, boolean,
   * Duration, ProgressListener, Cancellation)}: a run that {@code log} already holds is taken from it
   * instead of run again, and every run that finishes is handed to {@code log} as it finishes. The progress
   * listener counts the runs still to do.
   *
   * @throws ExperimentInterrupted when {@code cancel} stopped it, keeping the runs that finished (logged ones included)
   * @throws ExperimentFailed keeping the runs that finished (logged ones included)
   */
  public static List<ExperimentRun> run(Experiment e, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel, RunLog log) {
    return run(e, engine, threads, fused, stallTimeout, progress, cancel, log, null);
  }

  /**
   * The runs in case, variant, replication order, as {@link #run(Experiment, EngineKind, int, boolean,
   * Duration, ProgressListener, Cancellation, RunLog)}, with the runs still to do sent to {@code remote}
   * ({@code null}: run here, on {@code threads} threads). The results and outputs are the same either way.
   *
   * @throws ExperimentInterrupted when {@code cancel} stopped it, keeping the runs that finished (logged ones included)
   * @throws ExperimentFailed keeping the runs that finished (logged ones included)
   */
  public static List<ExperimentRun> run(Experiment e, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, ProgressListener progress, Cancellation cancel, RunLog log, RemoteRuns remote) {
    List<Replications.Job> jobs = new ArrayList<>();
    List<RemoteRuns.RunKey> keys = new ArrayList<>();
    List<String[]> labels = new ArrayList<>();
    List<List<Disruption>> lists = new ArrayList<>();
    List<ManufacturingSpec> specs = new ArrayList<>();
    // One compiled network per design, shared by its cases: only the disruptions differ between them, and
    // compiling a large network for every case and replication would cost seconds and its heap each time.
    Map<Experiment.Variant, Network> compiled = new IdentityHashMap<>();
    for (int ci = 0; ci < e.cases().size(); ci++) {
      Experiment.Case c = e.cases().get(ci);
      for (int vi = 0; vi < e.variants().size(); vi++) {
        Experiment.Variant v = e.variants().get(vi);
        for (int rep = 0; rep < e.replications(); rep++) {
          if (cancel.requested()) {
            // Building thousands of plans takes seconds: a stop asked for meanwhile need not wait for them.
            int planned = e.cases().size() * e.variants().size() * e.replications();
            throw new ExperimentInterrupted(new ReplicationsInterrupted(cancel.reason(),
                java.util.Collections.<RunResult>nCopies(planned, null)), List.of());
          }
          List<Disruption> disruptions = c.disruptions().forReplication(e.seed(), rep);
          // Only the case's disruptions: a design's own are never applied silently (the reader
          // rejects variant files that have any), so disruptions.csv lists everything that hit.
          ManufacturingSpec spec = v.spec().withDisruptions(disruptions);
          SimulationPlan plan = NetworkPlan.of(compiled.computeIfAbsent(v,
              k -> new Network(k.spec().withDisruptions(List.of()))).withDisruptions(disruptions));
          if (e.warmupMs() > 0) {
            plan = plan.withWarmup(e.warmupMs());
          }
          jobs.add(new Replications.Job(plan, e.seed(), rep));
          keys.add(new RemoteRuns.RunKey(ci, vi, rep));
          labels.add(new String[] {c.name(), v.name()});
          lists.add(disruptions);
          specs.add(spec);
        }
      }
    }
    RunResult[] known = new RunResult[jobs.size()];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      known[i] = log.finished(labels.get(i)[0], labels.get(i)[1], jobs.get(i).replication()).orElse(null);
      if (known[i] == null) {
        todo.add(i);
      }
    }
    List<Replications.Job> remaining = todo.stream().map(jobs::get).toList();
    Replications.ResultListener record = (k, r) -> {
      int i = todo.get(k);
      log.record(labels.get(i)[0], labels.get(i)[1], jobs.get(i).replication(), r);
    };
    List<RunResult> results;
    try {
      results = merge(known, todo, remote == null
          ? Replications.runAll(remaining, engine, threads, fused, stallTimeout, progress, cancel, record)
          : remote.run(todo.stream().map(keys::get).toList(), progress, cancel, record));
    } catch (ReplicationsInterrupted i) {
      List<RunResult> all = merge(known, todo, i.byJob());
      throw new ExperimentInterrupted(new ReplicationsInterrupted(cancel.reason(), all),
          collect(e, all, labels, lists, specs));
    } catch (ReplicationsFailed f) {
      List<RunResult> all = merge(known, todo, f.byJob());
      throw new ExperimentFailed(new ReplicationsFailed(todo.get(f.failedReplication()), all, f.getCause()),
          collect(e, all, labels, lists, specs));
    }
    return collect(e, results, labels, lists, specs);
  }

  /** The results of every job: the known ones, and at each index in {@code todo} the result run for it (or null). */
  private static List<RunResult> merge(RunResult[] known, List<Integer> todo, List<RunResult> run) {
    List<RunResult> all = new ArrayList<>(java.util.Arrays.asList(known));
    for (int k = 0; k < todo.size(); k++) {
      all.set(todo.get(k), run.get(k));
    }
    return all;
  }

  private static List<ExperimentRun> collect(Experiment e, List<RunResult> results, List<String[]> labels,
      List<List<Disruption>> lists, List<ManufacturingSpec> specs) {
    List<ExperimentRun> runs = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      RunResult r = results.get(i);
      if (r != null) {
        runs.add(runOf(e, labels.get(i)[0], labels.get(i)[1], lists.get(i), specs.get(i), r));
      }
    }
    return runs;
  }

  static ExperimentRun runOf(Experiment e, String caseName, String variant, List<Disruption> disruptions,
      ManufacturingSpec spec, RunResult r) {
    ManufacturingKpis k = ManufacturingKpis.of(r, spec, e.warmupMs());
    return new ExperimentRun(caseName, variant, r.replication(), disruptions, r, indicators(k, disruptions,
        e.warmupMs()), k.daily());
  }

  /**
   * The indicators of one run of {@code spec} (with {@code disruptions} applied), by {@link #indicatorNames()}:
   * the kpis.csv row of an experiment's run, for callers that build their own runs (sizing).
   */
  public static Map<String, Double> indicators(ManufacturingSpec spec, List<Disruption> disruptions, long warmupMs,
      RunResult r) {
    return indicators(ManufacturingKpis.of(r, spec, warmupMs), disruptions, warmupMs);
  }

  private static Map<String, Double> indicators(ManufacturingKpis k, List<Disruption> disruptions, long warmupMs) {
    Map<String, Double> kpis = new LinkedHashMap<>(k.values());
    kpis.putAll(resilience(k, disruptions, (int) (warmupMs / SimTime.DAY_MS)));
    return kpis;
  }

  /** The resilience indicators each run adds after {@link ManufacturingKpis#NAMES}, in print order. */
  static final List<String> RESILIENCE_NAMES = List.of("disruptions_measured", "loss_unit_days", "time_to_recover_d",
      "max_drop", "censored_recoveries", "fill_during_disruption", "fill_after_disruption");

  /**
   * The names of every indicator of an experiment's runs, the columns of {@code kpis.csv}: those of
   * {@link ManufacturingKpis#NAMES}, then the resilience indicators. Known before anything runs, so that
   * an option naming one is checked up front.
   */
  public static List<String> indicatorNames() {
    List<String> names = new ArrayList<>(ManufacturingKpis.NAMES);
    names.addAll(RESILIENCE_NAMES);
    return List.copyOf(names);
  }

  /** The resilience indicators of one run (NaN when no disruption could be measured). */
  static Map<String, Double> resilience(ManufacturingKpis k, List<Disruption> disruptions, int warmupDays) {
    PerformanceCurve curve = PerformanceCurve.of(k.daily().get("due_units"), k.daily().get("on_time_units"));
    List<Integer> starts = new ArrayList<>();
    for (Disruption d : disruptions) {
      int day = (int) (d.startMs() / SimTime.DAY_MS);
      if (day > warmupDays && day < curve.days() && !starts.contains(day)) {
        starts.add(day);
      }
    }
    starts.sort(null);
    double loss = 0;
    double worstTime = Double.NaN;
    double worstDrop = Double.NaN;
    int censored = 0;
    int measured = 0;
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : curve.days();
      ResilienceMeasures m;
      try {
        m = ResilienceMeasures.of(curve, starts.get(i), warmupDays, end, ResilienceMeasures.Criteria.DEFAULT);
      } catch (IllegalArgumentException noBaseline) {
        continue;
      }
      measured++;
      loss += m.lossAreaUnitDays();
      worstTime = Double.isNaN(worstTime) ? m.timeToRecoverDays() : Math.max(worstTime, m.timeToRecoverDays());
      worstDrop = Double.isNaN(worstDrop) ? m.maxDrop() : Math.max(worstDrop, m.maxDrop());
      censored += m.censored() ? 1 : 0;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("disruptions_measured", (double) measured);
    out.put("loss_unit_days", measured == 0 ? Double.NaN : loss);
    out.put("time_to_recover_d", worstTime);
    out.put("max_drop", worstDrop);
    out.put("censored_recoveries", measured == 0 ? Double.NaN : censored);
    List<DisruptionFill.Window> windows = disruptions.stream()
        .map(d -> new DisruptionFill.Window(d.startMs(), d.endMs())).toList();
    DisruptionFill fill = DisruptionFill.of(curve, windows, SimTime.DAY_MS, warmupDays);
    out.put("fill_during_disruption", fill.during());
    out.put("fill_after_disruption", fill.after());
    return out;
  }
}
