package org.dmsim.reports.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.chart.DisruptedArea;
import org.dmsim.reports.chart.DisruptionWindow;
import org.dmsim.reports.network.NetworkGeometry;

/**
 * An experiment's results as its folder holds them, read back by {@link ResultsFolder}: what was run
 * ({@code manifest.json}), the intervals and paired differences ({@code summary.json}), the daily on-time
 * share ({@code timeseries.csv}), the disruptions applied ({@code disruptions.csv}) and, when the folder
 * has one, each variant's network for the map ({@code network.json}).
 *
 * @param run         what was run and whether it finished
 * @param variants    the variants in the experiment's order; the first is the baseline of every difference
 * @param indicators  the indicators in the order of {@code kpis.csv}
 * @param cases       per case, in the experiment's order, the results
 * @param confidence  the level of every interval (0.95)
 * @param networks    each variant's network, in variant order; empty when the folder has no {@code network.json}
 */
public record ExperimentResults(RunInfo run, List<String> variants, List<String> indicators, List<CaseResults> cases,
    double confidence, List<NetworkGeometry> networks) {
  public ExperimentResults {
    Objects.requireNonNull(run, "run");
    variants = List.copyOf(variants);
    indicators = List.copyOf(indicators);
    cases = List.copyOf(cases);
    networks = List.copyOf(networks);
  }

  /** Results without networks (a folder without {@code network.json}: no map). */
  public ExperimentResults(RunInfo run, List<String> variants, List<String> indicators, List<CaseResults> cases,
      double confidence) {
    this(run, variants, indicators, cases, confidence, List.of());
  }

  /**
   * What was run, from {@code manifest.json}.
   *
   * @param experiment    the experiment's name
   * @param description   the experiment's description, as its file gives it (free text; empty when none)
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
  public record RunInfo(String experiment, String description, String source, long seed, int replications,
      String engine, int threads, String dmsimVersion, String status, int runsPlanned, int runsFinished, String message,
      double wallSeconds) {
    public RunInfo {
      Objects.requireNonNull(experiment, "experiment");
      Objects.requireNonNull(description, "description");
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
   * A disruption as {@code disruptions.csv} lists it, its target resolved in one variant's network.
   *
   * @param variant     the variant whose network resolved the target; empty in folders written before
   *                    targets were resolved per variant
   * @param replication the replication it hit (the same in every variant)
   * @param severity    its severity, 0 to 1
   * @param window      type, target and days
   * @param centreLat   for a regional disaster or border closure, its centre's latitude, degrees; else NaN
   * @param centreLon   its centre's longitude, degrees; else NaN
   * @param radiusKm    its radius, km; else NaN
   */
  public record AppliedDisruption(String variant, int replication, double severity, DisruptionWindow window,
      double centreLat, double centreLon, double radiusKm) {
    public AppliedDisruption {
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(window, "window");
    }

    /** A disruption without a variant or circle, as older folders list it. */
    public AppliedDisruption(int replication, double severity, DisruptionWindow window) {
      this("", replication, severity, window, Double.NaN, Double.NaN, Double.NaN);
    }

    /** The circle it covers, for a regional disaster or border closure. */
    public Optional<DisruptedArea> area() {
      if (Double.isNaN(centreLat) || Double.isNaN(centreLon) || !(radiusKm > 0)) {
        return Optional.empty();
      }
      return Optional.of(new DisruptedArea(window.target(), centreLat, centreLon, radiusKm));
    }
  }
}
