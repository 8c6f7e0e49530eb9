package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the {@code regions} of a scenario: where each customer region is and its demand lines (rate,
 * seasonality, trend, order size, promise, patience, the demand generator). Declares region ids in {@link Declarations} and
 * hands over the check that each demanded product is declared.
 */
final class RegionReader {
  static final List<String> REGION_FIELDS = ScenarioFormat.REGION.names();
  static final List<String> DEMAND_FIELDS = ScenarioFormat.DEMAND_LINE.names();
  static final List<String> SEASONALITY_FIELDS = ScenarioFormat.SEASONALITY.names();
  private static final String REGION = ValueReader.mapping("a region", REGION_FIELDS);
  private static final String REGION_ID = ValueReader.named("a region id", "region-paris");
  private static final String DEMAND = ScenarioFormat.REGION.field("demand").expected();
  private static final String DEMAND_LINE = ValueReader.mapping("a demand line", DEMAND_FIELDS);
  private static final Field ORDERS_PER_DAY = ScenarioFormat.DEMAND_LINE.field("ordersPerDay");
  private static final String SEASONALITY = ValueReader.mapping("a seasonality", SEASONALITY_FIELDS);
  private static final Field AMPLITUDE = ScenarioFormat.SEASONALITY.field("amplitude");
  private static final Field PEAK_DAY = ScenarioFormat.SEASONALITY.field("peakDay");
  private static final Field TREND = ScenarioFormat.DEMAND_LINE.field("trendPerYear");
  private static final Distribution ONE_UNIT = new Deterministic(1);

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Declarations ids;

  RegionReader(ValueReader in, DistributionReader distributions, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = distributions;
    this.ids = ids;
  }

  Optional<RegionSpec> region(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, REGION_FIELDS, REGION);
    if (fields.isEmpty()) {
      ids.regions.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = ids.id(f, "id", REGION_ID, ids.regions);
    Optional<GeoPoint> location = f.required("location", ValueReader.LOCATION).flatMap(in::location);
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<List<DemandSpec>> demand = f.required("demand", DEMAND)
        .flatMap(v -> in.items(v, DEMAND, false, line -> demandLine(line, seen)));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "region", () -> new RegionSpec(id.orElseThrow(), location.orElseThrow(), demand.orElseThrow()));
  }

  private Optional<DemandSpec> demandLine(Value value, Map<String, Value> seen) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, DEMAND_FIELDS, DEMAND_LINE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> product = ids.productReference(f, seen, "each product once per region", false);
    Optional<Double> ordersPerDay = f.required(ORDERS_PER_DAY).flatMap(v -> in.decimal(v, ORDERS_PER_DAY));
    Optional<double[]> season = optional(f, "seasonality", new double[] {0, 0}, this::seasonality);
    Optional<Double> trend = optional(f, TREND.name(), TREND.defaultDouble(), v -> in.decimal(v, TREND));
    Optional<Distribution> orderSize = optional(f, "orderSize", ONE_UNIT, distributions::size);
    Optional<Long> promisedMs = f.required("promisedLeadTime", Durations.EXPECTED)
        .flatMap(v -> in.duration(v, ScenarioFormat.DEMAND_LINE.field("promisedLeadTime"), false));
    Optional<Long> patienceMs = optional(f, "patience", SimTime.NEVER,
        v -> in.duration(v, ScenarioFormat.DEMAND_LINE.field("patience"), true));
    Optional<RuleRef> generator = optional(f, "generator", DemandSpec.POISSON,
        v -> new RuleReader(in).rule(v, "demand", RuleReader.demandGenerators(), PolicyCatalog.installed()::demand,
            new ReplayFile(in)::expand));
    if (generator.filter(g -> g.name().equals("replay")).isPresent()) {
      // replay plays the recorded series as it is: a season or trend there would be silently ignored
      for (String shaping : new String[] {"seasonality", TREND.name()}) {
        f.optional(shaping).ifPresent(v -> in.report(v, "no " + shaping + " with the replay generator, which plays"
            + " the recorded series as it is", "a " + shaping));
      }
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "demand line", () -> new DemandSpec(product.orElseThrow(), ordersPerDay.orElseThrow(),
        season.orElseThrow()[0], season.orElseThrow()[1], trend.orElseThrow(),
        orderSize.orElseThrow(),
        promisedMs.orElseThrow(), patienceMs.orElseThrow(), generator.orElseThrow()));
  }

  private Optional<double[]> seasonality(Value value) {
    Optional<Fields> fields = in.fields(value, SEASONALITY_FIELDS, SEASONALITY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> amplitude = f.required(AMPLITUDE).flatMap(v -> in.decimal(v, AMPLITUDE));
    Optional<Double> peakDay = f.required(PEAK_DAY).flatMap(v -> in.decimal(v, PEAK_DAY));
    if (amplitude.isEmpty() || peakDay.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new double[] {amplitude.get(), peakDay.get()});
  }
}
