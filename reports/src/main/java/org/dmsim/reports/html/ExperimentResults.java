package org.dmsim.reports.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.chart.DisruptionWindow;

/**
 * An experiment's results as its folder holds them, read back by {@link ResultsFolder}: what was run
 * ({@code manifest.json}), the intervals and paired differences ({@code summary.json}), the daily on-time
 * share ({@code timeseries.csv}) and the disruptions applied ({@code disruptions.csv}).
 *
 * @param run         what was run and whether it finished
 * @param variants    the variants in the experiment's order; the first is the baseline of every difference
 * @param indicators  the indicators in the order of {@code kpis.csv}
 * @param cases       per case, in the experiment's order, the results
 * @param confidence  the level of every interval (0.95)
 */
public record ExperimentResults(RunInfo run, List<String> variants, List<String> indicators, List<CaseResults> cases,
    double confidence) {
  public ExperimentResults {
    Objects.requireNonNull(run, "run");
    variants = List.copyOf(variants);
    indicators = List.copyOf(indicators);
    cases = List.copyOf(cases);
  }

  /**
   * What was run, from {@code manifest.json}.
   *
   * @param experiment    the experiment's name
   * @param source        the experiment file
   * @param seed          master seed
   * @param replications  replications per case and variant
   * @param engine        the engine's command-line name
   * @param threads       threads
   * @param dmsimVersion  the dmsim version
   * @param status        {@code complete}, {@code partial} or {@code failed}
   * @param runsPlanned   runs planned
   * @param runsFinished  runs that finished
   * @param message       why the runs stopped early; empty when complete
   * @param wallSeconds   wall time of all runs, s
   */
  public record RunInfo(String experiment, String source, long seed, int replications, String engine, int threads,
      String dmsimVersion, String status, int runsPlanned, int runsFinished, String message, double wallSeconds) {
    public RunInfo {
      Objects.requireNonNull(experiment, "experiment");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(engine, "engine");
      Objects.requireNonNull(dmsimVersion, "dmsimVersion");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(message, "message");
    }

    /** Whether every planned run finished. */
    public boolean isComplete() {
      return status.equals("complete");
    }
  }

  /**
   * One case's results.
   *
   * @param name        the case
   * @param estimates   per variant, per indicator, the interval of the mean (an undefined indicator absent)
   * @param differences per later variant, per indicator, the paired difference {@code variant − baseline}
   * @param daily       per variant, the daily on-time share of each replication in replication order
   * @param disruptions the disruptions applied, one per replication that had it
   * @param detail      the further series: units due and on time, lead times, utilization
   */
  public record CaseResults(String name, Map<String, Map<String, Interval>> estimates,
      Map<String, Map<String, Interval>> differences, Map<String, List<double[]>> daily,
      List<AppliedDisruption> disruptions, CaseDetail detail) {
    public CaseResults {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(detail, "detail");
      estimates = Map.copyOf(estimates);
      differences = Map.copyOf(differences);
      daily = Map.copyOf(daily);
      disruptions = List.copyOf(disruptions);
    }

    /** A case without the further series. */
    public CaseResults(String name, Map<String, Map<String, Interval>> estimates,
        Map<String, Map<String, Interval>> differences, Map<String, List<double[]>> daily,
        List<AppliedDisruption> disruptions) {
      this(name, estimates, differences, daily, disruptions, CaseDetail.NONE);
    }

    /** The interval of {@code indicator} for {@code variant}, if defined. */
    public Optional<Interval> estimate(String variant, String indicator) {
      return Optional.ofNullable(estimates.getOrDefault(variant, Map.of()).get(indicator));
    }

    /** The paired difference {@code variant − baseline} of {@code indicator}, if defined. */
    public Optional<Interval> difference(String variant, String indicator) {
      return Optional.ofNullable(differences.getOrDefault(variant, Map.of()).get(indicator));
    }
  }

  /**
   * A disruption as {@code disruptions.csv} lists it, its target resolved.
   *
   * @param replication the replication it hit (the same in every variant)
   * @param severity    its severity, 0 to 1
   * @param window      type, target and days
   */
  public record AppliedDisruption(int replication, double severity, DisruptionWindow window) {
    public AppliedDisruption {
      Objects.requireNonNull(window, "window");
    }
  }
}
