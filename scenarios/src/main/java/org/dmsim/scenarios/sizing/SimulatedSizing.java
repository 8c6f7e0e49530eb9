package org.dmsim.scenarios.sizing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.experiment.Replications;
import org.dmsim.scenarios.experiment.ReplicationsInterrupted;
import org.dmsim.sim.engine.EngineKind;

/**
 * Evaluates the designs of a {@link SizingStudy} by simulation: replication r of the design of size k
 * (k sites, or k machines per group) runs every case with the study's seed and index r, so every design
 * meets the same demand and the same disruptions (common random numbers; {@code @largest} is resolved in
 * each design). A replication's indicator is its mean over the cases (a case where it is undefined, NaN,
 * is left out; a replication where it is undefined in every case is an error), and so is its cost per unit.
 */
public final class SimulatedSizing implements SizingSearch.Evaluator {
  private static final String COST = "cost_per_delivered_unit_eur";

  private final SizingStudy study;
  private final EngineKind engine;
  private final int threads;
  private final Duration stallTimeout;
  private final ProgressListener progress;
  private final Cancellation cancel;

  /** Runs on {@code engine} with up to {@code threads} runs at once, until {@code cancel} is requested. */
  public SimulatedSizing(SizingStudy study, EngineKind engine, int threads, Duration stallTimeout,
      ProgressListener progress, Cancellation cancel) {
    this.study = study;
    this.engine = engine;
    this.threads = threads;
    this.stallTimeout = stallTimeout;
    this.progress = progress;
    this.cancel = cancel;
  }

  @Override
  public int[] size(int k) {
    ManufacturingSpec spec = study.designWith(k);
    return new int[] {SiteDesigns.producingSites(spec), SiteDesigns.machines(spec)};
  }

  @Override
  public List<SizingSearch.Sample> evaluate(int k, int first, int count) {
    ManufacturingSpec design = study.designWith(k);
    List<Replications.Job> jobs = new ArrayList<>();
    List<ManufacturingSpec> specs = new ArrayList<>();
    List<List<Disruption>> lists = new ArrayList<>();
    for (int rep = first; rep < first + count; rep++) {
      for (var c : study.cases()) {
        List<Disruption> disruptions = c.disruptions().forReplication(study.seed(), rep);
        ManufacturingSpec spec = design.withDisruptions(disruptions);
        SimulationPlan plan = spec.plan();
        if (study.warmupMs() > 0) {
          plan = plan.withWarmup(study.warmupMs());
        }
        jobs.add(new Replications.Job(plan, study.seed(), rep));
        specs.add(spec);
        lists.add(disruptions);
      }
    }
    List<RunResult> results;
    try {
      results = Replications.runAll(jobs, engine, threads, false, stallTimeout, progress, cancel);
    } catch (ReplicationsInterrupted i) {
      throw new SizingSearch.Stopped(cancel.reason());
    }
    List<SizingSearch.Sample> samples = new ArrayList<>();
    int cases = study.cases().size();
    for (int r = 0; r < count; r++) {
      double indicator = 0;
      int defined = 0;
      double cost = 0;
      int costed = 0;
      for (int c = 0; c < cases; c++) {
        int i = r * cases + c;
        Map<String, Double> kpis = ExperimentRunner.indicators(specs.get(i), lists.get(i), study.warmupMs(),
            results.get(i));
        double v = kpis.getOrDefault(study.indicator(), Double.NaN);
        if (!Double.isNaN(v)) {
          indicator += v;
          defined++;
        }
        double u = kpis.getOrDefault(COST, Double.NaN);
        if (!Double.isNaN(u)) {
          cost += u;
          costed++;
        }
      }
      if (defined == 0) {
        throw new IllegalStateException(study.indicator() + " is undefined in replication " + (first + r)
            + " of the design with " + k + " " + study.quantity().noun() + " under every case (e.g. no disruption"
            + " starts after the warm-up and before the horizon)");
      }
      samples.add(new SizingSearch.Sample(indicator / defined, costed == 0 ? Double.NaN : cost / costed));
    }
    return samples;
  }
}
