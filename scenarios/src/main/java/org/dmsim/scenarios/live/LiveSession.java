package org.dmsim.scenarios.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionSchedule;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.sequential.SteppedRun;

/**
 * The variants of a scenario or experiment file run side by side in simulated time, for a live view: one
 * run per variant (replication 0 under the file's seed) on the sequential engine, all at the same
 * simulated time, advanced by the caller ({@link #advanceTo}, {@link #advanceDays}).
 *
 * <p><b>Interventions are exact by construction.</b> An {@link Intervention} at or after the current time
 * becomes an ordinary fixed disruption of every variant; each variant is then run again from time 0 with
 * the session's disruptions so far, up to the current time. The session's runs are therefore always
 * ordinary runs of its {@link #recording()} (the same plan, built as {@code ExperimentRunner} builds it),
 * and a replay of the recording gives the same results byte for byte; no event is handled twice or out of
 * order. The price is the re-run: milliseconds to seconds for a classroom network (docs/performance.md).
 * A disruption in a plan is known to the run from the start only where the model says physics knows it
 * ahead (a closed lane holds shipments that would cross it); a site outage, a regional disaster and a
 * demand surge act from their start, so the days before an intervention stay as the class saw them (a
 * test checks it).
 *
 * <p>Not thread-safe: one caller (the server's session actor) drives it.
 */
public final class LiveSession {
  /** A producing site with more units than this waiting for a machine is {@link SiteState#OVERLOADED}. */
  public static final double OVERLOAD_QUEUED_UNITS = 50;

  private final String name;
  private final long seed;
  private final long warmupMs;
  private final long horizonMs;
  private final List<Experiment.Variant> variants;
  private final List<Network> networks = new ArrayList<>();
  private final List<Disruption> initial;
  private final List<Intervention> interventions = new ArrayList<>();
  private List<Disruption> disruptions;
  private final SteppedRun[] runs;
  private long nowMs;

  private LiveSession(String name, long seed, long warmupMs, List<Experiment.Variant> variants, List<Disruption> initial) {
    this.name = name;
    this.seed = seed;
    this.warmupMs = warmupMs;
    this.variants = List.copyOf(variants);
    this.horizonMs = variants.get(0).spec().horizonMs();
    this.initial = List.copyOf(initial);
    this.disruptions = this.initial;
    for (Experiment.Variant v : this.variants) {
      networks.add(new Network(v.spec().withDisruptions(List.of())));
    }
    this.runs = new SteppedRun[variants.size()];
    restart();
  }

  /**
   * Opens a session of a file: an experiment's variants under its first case, or a scenario as one
   * variant (a scenario without disruptions: those belong to an experiment's cases, where the recording
   * can replay them).
   *
   * @throws ScenarioException with every problem of the file, each with its file, line and column
   * @throws IllegalArgumentException if the scenario has disruptions
   */
  public static LiveSession open(Path file) throws ScenarioException {
    return open(file, null);
  }

  /**
   * Opens a session of a file, as {@link #open(Path)}, an experiment under its case named {@code caseName}
   * ({@code null}: the first).
   *
   * @throws ScenarioException with every problem of the file, each with its file, line and column
   * @throws IllegalArgumentException if the scenario has disruptions, if a case is named for a scenario file,
   *     or if the experiment has no such case (the message lists its cases)
   */
  public static LiveSession open(Path file, String caseName) throws ScenarioException {
    if (ScenarioLoader.isExperiment(file)) {
      Experiment e = ScenarioLoader.loadExperiment(file);
      Experiment.Case chosen = e.cases().get(0);
      if (caseName != null) {
        chosen = e.cases().stream().filter(c -> c.name().equals(caseName)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("--case: " + file + " has no case '" + caseName
                + "'; its cases: " + String.join(", ", e.cases().stream().map(Experiment.Case::name).toList())));
      }
      return new LiveSession(e.name() + "-live", e.seed(), e.warmupMs(), e.variants(),
          chosen.disruptions().forReplication(e.seed(), 0));
    }
    if (caseName != null) {
      throw new IllegalArgumentException("--case: " + file + " is a scenario file, which has no cases; --case "
          + "chooses a case of an experiment file");
    }
    Scenario s = ScenarioLoader.load(file);
    if (!s.network().disruptions().isEmpty() || !s.disruptionGenerators().isEmpty()) {
      throw new IllegalArgumentException(file + ": a live session of a scenario file needs one without disruptions "
          + "(the recording names it as an experiment's variant); put its disruptions in a case of an experiment "
          + "file and open that");
    }
    Experiment.Variant v = new Experiment.Variant(s.name(), s.network(), file.toString(),
        s.parts().stream().map(Scenario.Part::source).toList());
    return new LiveSession(s.name() + "-live", s.defaultSeed(), 0, List.of(v), List.of());
  }

  /** The variants' names, in the file's order. */
  public List<String> variants() {
    return variants.stream().map(Experiment.Variant::name).toList();
  }

  /** The variants' networks (without the session's disruptions), in the file's order. */
  public List<ManufacturingSpec> specs() {
    return variants.stream().map(Experiment.Variant::spec).toList();
  }

  /** The simulated time every variant has reached, ms. */
  public long nowMs() {
    return nowMs;
  }

  /** The length of the run, ms. */
  public long horizonMs() {
    return horizonMs;
  }

  /** Whether every variant has reached the end of the run. */
  public boolean finished() {
    return nowMs >= horizonMs;
  }

  /**
   * Steps every variant to {@code timeMs} (capped at the horizon): every event before it is handled.
   *
   * @throws InterventionRefused if {@code timeMs} is before the current time
   */
  public void advanceTo(long timeMs) {
    if (timeMs < nowMs) {
      throw new InterventionRefused("time: " + Durations.format(timeMs) + " is in the past; the session is at "
          + Durations.format(nowMs));
    }
    long to = Math.min(timeMs, horizonMs);
    for (SteppedRun r : runs) {
      r.advanceTo(to);
    }
    nowMs = to;
  }

  /** Steps every variant by {@code days} simulated days (capped at the horizon); {@code days} at least 0. */
  public void advanceDays(int days) {
    if (days < 0) {
      throw new InterventionRefused("days: expected 0 or more, got " + days);
    }
    advanceTo(Math.min(horizonMs, nowMs + days * SimTime.DAY_MS));
  }

  /**
   * Applies {@code intervention} to every variant: checks it, adds it to the session's disruptions and runs
   * every variant again from time 0 to the current time with them (see the class comment).
   *
   * @throws InterventionRefused naming the field and what it expects: a site not in every variant, a
   *     region or product not in the market, a start in the past or at or after the horizon, a duration not
   *     above 0, a radius or factor out of range
   */
  public void intervene(Intervention intervention) {
    check(intervention);
    List<Disruption> next = new ArrayList<>(disruptions);
    next.add(intervention.toDisruption());
    next.sort(DisruptionSchedule.ORDER);
    interventions.add(intervention);
    disruptions = List.copyOf(next);
    long target = nowMs;
    restart();
    advanceTo(target);
  }

  /** The interventions so far, in the order they were made. */
  public List<Intervention> interventions() {
    return List.copyOf(interventions);
  }

  /** Every variant at the current time, in variant order. */
  public List<Snapshot> snapshots() {
    List<Snapshot> out = new ArrayList<>(runs.length);
    for (int k = 0; k < runs.length; k++) {
      out.add(snapshot(k, runs[k].snapshot()));
    }
    return out;
  }

  /**
   * Steps every variant to the end and returns their results, in variant order: the runs of
   * {@link #recording()}, replication 0.
   */
  public List<RunResult> finish() {
    List<RunResult> out = new ArrayList<>(runs.length);
    for (SteppedRun r : runs) {
      out.add(r.finish());
    }
    nowMs = horizonMs;
    return out;
  }

  /** The session so far as an experiment file that replays it. */
  public Recording recording() {
    return new Recording(name, seed, warmupMs, horizonMs, variants, disruptions);
  }

  private void restart() {
    for (int k = 0; k < runs.length; k++) {
      // Built as ExperimentRunner builds a run, so that the replay of the recording runs the same plan.
      SimulationPlan plan = NetworkPlan.of(networks.get(k).withDisruptions(disruptions));
      if (warmupMs > 0) {
        plan = plan.withWarmup(warmupMs);
      }
      runs[k] = SequentialEngine.start(plan, seed, 0);
    }
    nowMs = 0;
  }

  private void check(Intervention i) {
    if (i.atMs() < nowMs) {
      throw new InterventionRefused("at: " + Durations.format(i.atMs()) + " is in the past; the session is at "
          + Durations.format(nowMs) + " (an intervention starts now or later)");
    }
    if (i.atMs() >= horizonMs) {
      throw new InterventionRefused("at: " + Durations.format(i.atMs()) + " is not before the end of the run ("
          + Durations.format(horizonMs) + ")");
    }
    if (i.forMs() <= 0) {
      throw new InterventionRefused("for: expected a duration above 0, got " + i.forMs() + " ms");
    }
    if (i instanceof Intervention.SiteOutage o && !Disruption.LARGEST.equals(o.site())) {
      checkSite(o.site());
    } else if (i instanceof Intervention.DemandSurge s) {
      ManufacturingSpec market = variants.get(0).spec();
      checkName("region", s.region(), market.regions().stream().map(RegionSpec::id).toList());
      checkName("product", s.product(), market.products().stream().map(Product::id).toList());
    }
    try {
      i.toDisruption();
    } catch (IllegalArgumentException e) {
      throw new InterventionRefused(e.getMessage());
    }
  }

  private void checkSite(String site) {
    Set<String> everywhere = null;
    List<String> missing = new ArrayList<>();
    for (Experiment.Variant v : variants) {
      Set<String> ids = new TreeSet<>();
      v.spec().nodes().forEach(n -> ids.add(n.id()));
      v.spec().suppliers().forEach(s -> ids.add(s.id()));
      if (!ids.contains(site)) {
        missing.add(v.name());
      }
      if (everywhere == null) {
        everywhere = ids;
      } else {
        everywhere.retainAll(ids);
      }
    }
    if (!missing.isEmpty()) {
      throw new InterventionRefused("site: '" + site + "' is not a node or supplier of " + String.join(", ", missing)
          + "; an intervention hits every variant alike, so expected one of " + everywhere + " or \""
          + Disruption.LARGEST + "\" (each variant's largest producer)");
    }
  }

  private static void checkName(String field, String value, List<String> ids) {
    if (!"*".equals(value) && !ids.contains(value)) {
      throw new InterventionRefused(field + ": no " + field + " '" + value + "'; expected \"*\" or one of "
          + new TreeSet<>(ids));
    }
  }

  private Snapshot snapshot(int k, RunResult run) {
    ManufacturingSpec spec = variants.get(k).spec();
    TreeMap<String, SiteState> sites = new TreeMap<>();
    for (NodeSpec node : spec.nodes()) {
      sites.put(node.id(), stateOf(node, spec, run));
    }
    for (SupplierSpec s : spec.suppliers()) {
      sites.put(s.id(), down(s.id(), s.location(), spec) ? SiteState.DOWN : SiteState.WORKING);
    }
    Map<String, double[]> daily = ManufacturingKpis.of(run, spec, Math.min(warmupMs, horizonMs - 1)).daily();
    double[] fill = daily.get("fill_rate");
    double[] due = daily.get("due_units");
    double[] backlog = daily.get("backlog_units");
    int completed = (int) Math.min(fill.length, nowMs / SimTime.DAY_MS);
    List<DayKpis> days = new ArrayList<>(completed);
    for (int d = 0; d < completed; d++) {
      days.add(new DayKpis(d, fill[d], due[d], backlog[d]));
    }
    return new Snapshot(variants.get(k).name(), nowMs, sites, days);
  }

  private SiteState stateOf(NodeSpec node, ManufacturingSpec spec, RunResult run) {
    if (down(node.id(), node.location(), spec)) {
      return SiteState.DOWN;
    }
    double queued = run.entity(node.id()).flatMap(e -> e.metric(Metrics.QUEUED_UNITS))
        .map(MetricValue::max).orElse(0.0);
    return queued > OVERLOAD_QUEUED_UNITS ? SiteState.OVERLOADED : SiteState.WORKING;
  }

  /** Whether a node outage or regional disaster of the session covers the site now. */
  private boolean down(String id, org.dmsim.model.geo.GeoPoint location, ManufacturingSpec spec) {
    for (Disruption d : disruptions) {
      if (d.startMs() > nowMs || d.endMs() <= nowMs) {
        continue;
      }
      if (d instanceof Disruption.NodeOutage o && o.targetIn(spec).equals(id)) {
        return true;
      }
      if (d instanceof Disruption.RegionalDisaster r && location != null
          && r.centre().distanceKmTo(location) <= r.radiusKm()) {
        return true;
      }
    }
    return false;
  }
}
