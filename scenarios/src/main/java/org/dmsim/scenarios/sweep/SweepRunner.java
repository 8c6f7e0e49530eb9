package org.dmsim.scenarios.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.dmsim.scenarios.experiment.RemoteRuns;
import org.dmsim.scenarios.experiment.RunLog;
import java.util.Map;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.csv.SweepCsv;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.experiment.ExperimentInterrupted;
import org.dmsim.scenarios.experiment.ExperimentRunner;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;

/**
 * Runs a sweep: loads the experiment once per point with the point's overrides (every point before the
 * first run, so a bad value anywhere stops the sweep before it starts), then runs the points in order, each
 * with {@link ExperimentRunner} at the same seed and replications: run {@code r} of every point and variant
 * sees the same demand and disruptions.
 */
public final class SweepRunner {
  private SweepRunner() {}

  /** A point with the experiment its overrides give. */
  public record PreparedPoint(SweepPoint point, Experiment experiment) {}

  /** A point that ran: its runs in case, variant, replication order. */
  public record PointResult(SweepPoint point, Experiment experiment, List<ExperimentRun> runs) {
    public PointResult {
      runs = List.copyOf(runs);
    }
  }

  /** Told when each point starts and ends, for the console. */
  public interface Listener {
    /** Point {@code point} (of {@code total}) starts; its replications are reported to the returned listener. */
    ProgressListener started(SweepPoint point, int total);

    /** A point has finished, of {@code total}, in {@code seconds} of wall time. */
    void finished(PointResult result, int total, double seconds);
  }

  /**
   * The points of {@code sweep}, each with its experiment: {@code everyVariant} first (the command line's
   * {@code --set}), then the point's values as overrides, each after the variant's own {@code set:}; the
   * experiment's seed and replications replaced when given.
   *
   * @throws ScenarioException with every problem of the first point that has one, positioned at the
   *     parameter ({@code --param[i]:1:col}) or in the files
   * @throws IllegalArgumentException when a parameter names a variant the experiment does not have
   */
  public static List<PreparedPoint> prepare(Sweep sweep, List<FieldOverride> everyVariant, boolean variantsAnywhere,
      Long seed, Integer replications) throws ScenarioException {
    Experiment plain = ScenarioLoader.loadExperiment(sweep.experiment(), everyVariant, variantsAnywhere);
    List<String> variants = plain.variants().stream().map(Experiment.Variant::name).toList();
    for (SweepParameter p : sweep.parameters()) {
      p.onlyVariant().filter(v -> !variants.contains(v)).ifPresent(v -> {
        throw new IllegalArgumentException(p.source() + ":1:1: variant: expected a variant of " + sweep.experiment()
            + " (" + String.join(", ", variants) + "), found '" + v + "'");
      });
    }
    List<PreparedPoint> out = new ArrayList<>();
    for (SweepPoint point : sweep.design().points(sweep.parameters())) {
      List<FieldOverride> all = new ArrayList<>(everyVariant);
      Map<String, List<FieldOverride>> byVariant = new LinkedHashMap<>();
      for (int j = 0; j < sweep.parameters().size(); j++) {
        SweepParameter p = sweep.parameters().get(j);
        FieldOverride o = p.override(point.values().get(j));
        if (p.onlyVariant().isEmpty()) {
          all.add(o);
        } else {
          byVariant.computeIfAbsent(p.variant(), v -> new ArrayList<>()).add(o);
        }
      }
      Experiment e = ScenarioLoader.loadExperiment(sweep.experiment(), all, byVariant, variantsAnywhere);
      out.add(new PreparedPoint(point, new Experiment(e.name(), e.source(), e.variants(), e.cases(),
          seed != null ? seed : e.seed(), replications != null ? replications : e.replications(), e.warmupMs(),
          e.description())));
    }
    return List.copyOf(out);
  }

  /**
   * Runs the points in order.
   *
   * @throws SweepInterrupted when {@code cancel} stopped it, keeping the points whose every run finished
   */
  public static List<PointResult> run(List<PreparedPoint> points, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, Listener listener, Cancellation cancel) {
    return run(points, engine, threads, fused, stallTimeout, listener, cancel, null);
  }

  /**
   * Runs the points in order, each point's runs sent where {@code remote} says for its experiment
   * ({@code null}: this machine's threads; the results are the same).
   *
   * @throws SweepInterrupted when {@code cancel} stopped it, keeping the points whose every run finished
   */
  public static List<PointResult> run(List<PreparedPoint> points, EngineKind engine, int threads, boolean fused,
      Duration stallTimeout, Listener listener, Cancellation cancel, Function<Experiment, RemoteRuns> remote) {
    List<PointResult> done = new ArrayList<>();
    for (PreparedPoint p : points) {
      if (cancel.requested()) {
        throw new SweepInterrupted(cancel.reason(), done, points.size());
      }
      long start = System.nanoTime();
      List<ExperimentRun> runs;
      try {
        runs = ExperimentRunner.run(p.experiment(), engine, threads, fused, stallTimeout,
            listener.started(p.point(), points.size()), cancel, RunLog.NONE,
            remote == null ? null : remote.apply(p.experiment()));
      } catch (ExperimentInterrupted i) {
        throw new SweepInterrupted(i.getMessage(), done, points.size());
      }
      PointResult result = new PointResult(p.point(), p.experiment(), runs);
      done.add(result);
      listener.finished(result, points.size(), (System.nanoTime() - start) / 1e9);
    }
    return List.copyOf(done);
  }

  /**
   * The rows of {@code sweep.csv}: per point, case, variant and indicator (of {@code indicators}, in order),
   * the mean and 95 % interval over the point's replications.
   */
  public static List<SweepCsv.Row> rows(List<PointResult> results, List<String> indicators) {
    List<SweepCsv.Row> rows = new ArrayList<>();
    for (PointResult r : results) {
      ExperimentStats stats = new ExperimentStats(r.runs(), 0.95);
      for (Experiment.Case c : r.experiment().cases()) {
        for (Experiment.Variant v : r.experiment().variants()) {
          for (String kpi : indicators) {
            Interval i = stats.interval(c.name(), v.name(), kpi);
            rows.add(i == null
                ? new SweepCsv.Row(r.point().index(), r.point().values(), v.name(), c.name(), kpi, Double.NaN, Double.NaN,
                    Double.NaN, 0)
                : new SweepCsv.Row(r.point().index(), r.point().values(), v.name(), c.name(), kpi, i.mean(), i.lower(),
                    i.upper(), i.n()));
          }
        }
      }
    }
    return List.copyOf(rows);
  }
}
