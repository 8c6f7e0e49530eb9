package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads how orders and goods move and what they cost: the order {@code platform}, {@code transport}
 * (modes, explicit lanes, batching) and the {@code costs} rates. Hands over the check that each
 * lane's ends are places goods can leave from and go to.
 */
final class LogisticsReader {
  static final List<String> PLATFORM_FIELDS = ScenarioFormat.PLATFORM.names();
  static final List<String> TRANSPORT_FIELDS = ScenarioFormat.TRANSPORT.names();
  static final List<String> LANE_FIELDS = ScenarioFormat.LANE.names();
  static final List<String> CONSOLIDATION_FIELDS = ScenarioFormat.CONSOLIDATION.names();
  static final List<String> COSTS_FIELDS = ScenarioFormat.COSTS.names();
  static final List<String> BATCHING = List.of("per-order", "consolidate");
  static final String PLATFORM = ValueReader.mapping("the order platform", PLATFORM_FIELDS);
  private static final Field MAX_QUEUE = ScenarioFormat.PLATFORM.field("maxQueuePerMachine");
  private static final Field MIN_QUALITY = ScenarioFormat.PLATFORM.field("minQuality");
  private static final String TRANSPORT = ValueReader.mapping("transport", TRANSPORT_FIELDS);
  private static final String MODES = "a list of transport modes, each one of: " + Names.list(TransportMode.class);
  private static final String LANES = ScenarioFormat.TRANSPORT.field("lanes").expected();
  private static final String LANE = ValueReader.mapping("a lane", LANE_FIELDS);
  private static final Field DISTANCE = ScenarioFormat.LANE.field("distanceKm");
  private static final Field TRANSIT_CV = ScenarioFormat.LANE.field("transitCv");
  private static final Field COST_PER_TONNE_KM = ScenarioFormat.LANE.field("costPerTonneKm");
  private static final Field CO2 = ScenarioFormat.LANE.field("co2KgPerTonneKm");
  private static final String CONSOLIDATION = ValueReader.mapping("a consolidation rule", CONSOLIDATION_FIELDS);
  private static final Field MAX_WEIGHT = ScenarioFormat.CONSOLIDATION.field("maxWeightKg");
  private static final String COSTS = ValueReader.mapping("cost rates", COSTS_FIELDS);
  private static final Field HOLDING = ScenarioFormat.COSTS.field("holdingRatePerYear");
  private static final Field LATENESS = ScenarioFormat.COSTS.field("latenessPenaltyEurPerUnitDay");

  private final ValueReader in;
  private final Problems problems;
  private final Declarations ids;

  LogisticsReader(ValueReader in, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.ids = ids;
  }

  Optional<PlatformSpec> platform(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, PLATFORM_FIELDS, PLATFORM);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<GeoPoint> location = f.required("location", ValueReader.LOCATION).flatMap(in::location);
    // 'policy' is the field's first name: either is read, not both.
    Optional<Value> allocationValue = f.optional("allocation").or(() -> f.optional("policy"));
    if (f.optional("allocation").isPresent() && f.optional("policy").isPresent()) {
      in.report(f.optional("policy").get(), "allocation or its old name policy, not both", "both");
    }
    List<String> rules = RuleReader.allocationRules();
    Optional<RuleRef> policy = (allocationValue.isPresent() ? allocationValue
        : f.required("allocation", "an allocation rule: one of: " + String.join(", ", rules)))
        .flatMap(v -> new RuleReader(in).rule(v, "allocation", rules, PolicyCatalog.installed()::allocation));
    Optional<Long> latency = f.required("orderLatency", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, ScenarioFormat.PLATFORM.field("orderLatency"), true));
    Optional<Long> infoDelay = f.required("infoDelay", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, ScenarioFormat.PLATFORM.field("infoDelay"), true));
    Optional<Long> interval = f.required("statusInterval", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, ScenarioFormat.PLATFORM.field("statusInterval"), true));
    Optional<Double> maxQueue = optional(f, MAX_QUEUE.name(), Double.POSITIVE_INFINITY, v -> in.decimal(v, MAX_QUEUE));
    Optional<Double> minQuality = optional(f, MIN_QUALITY.name(), MIN_QUALITY.defaultDouble(),
        v -> in.decimal(v, MIN_QUALITY));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "platform", () -> new PlatformSpec(location.orElseThrow(), policy.orElseThrow(),
        latency.orElseThrow(), infoDelay.orElseThrow(), interval.orElseThrow(), maxQueue.orElseThrow(),
        minQuality.orElseThrow()));
  }

  Optional<TransportSpec> transport(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, TRANSPORT_FIELDS, TRANSPORT);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Map<String, Value> seenModes = new LinkedHashMap<>();
    Optional<List<TransportMode>> modes = optional(f, "modes", List.of(TransportMode.ROAD), v -> in.items(v, MODES, true,
        m -> in.choice(m, TransportMode.class).filter(x -> in.once(seenModes, Names.of(x), m, "each mode once"))));
    Map<String, Value> seenLanes = new LinkedHashMap<>();
    Optional<List<LaneSpec>> lanes = optional(f, "lanes", List.of(), v -> in.items(v, LANES, true, l -> lane(l, seenLanes)));
    if (modes.isPresent() && modes.get().isEmpty() && lanes.isPresent() && lanes.get().isEmpty()) {
      in.report(f.byName.get("modes"), MODES + "; at least one when no lanes are given", "an empty list");
    }
    Optional<Boolean> consolidate = optional(f, "batching", false, v -> in.word(v, BATCHING, w -> w.equals("consolidate")));
    Optional<Batching> batching = Optional.of(Batching.PER_ORDER);
    if (consolidate.orElse(false)) {
      batching = f.required("consolidation", CONSOLIDATION + " (batching is consolidate)").flatMap(this::consolidation);
    } else if (consolidate.isPresent() && f.has("consolidation")) {
      in.report(f.byName.get("consolidation"), "no consolidation with batching per-order (set batching: consolidate "
          + "to use it)", ValueReader.describe(f.byName.get("consolidation").node()));
    }
    if (problems.count() != before) {
      return Optional.empty();
    }
    Optional<Batching> b = batching;
    return in.build(value, "transport", () -> new TransportSpec(modes.orElseThrow(), lanes.orElseThrow(), b.orElseThrow()));
  }

  private Optional<LaneSpec> lane(Value value, Map<String, Value> seen) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, LANE_FIELDS, LANE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    String fromExpected = "a supplier or node declared in suppliers or nodes (where goods leave from)";
    String toExpected = "a node or region declared in nodes or regions (where goods go to)";
    Optional<Value> fromValue = f.required("from", fromExpected);
    Optional<String> from = fromValue.flatMap(v -> in.name(v, NodeReader.NODE_ID));
    Optional<Value> toValue = f.required("to", toExpected);
    Optional<String> to = toValue.flatMap(v -> in.name(v, NodeReader.NODE_ID)).filter(t -> {
      if (from.isEmpty() || !t.equals(from.get())) {
        return true;
      }
      in.report(toValue.get(), "a destination other than from (" + t + ")", ValueReader.quote(t));
      return false;
    });
    Optional<TransportMode> mode = f.required("mode", "one of: " + Names.list(TransportMode.class))
        .flatMap(v -> in.choice(v, TransportMode.class));
    from.ifPresent(x -> ids.later(() -> ids.requirePlace(fromValue.get(), x, fromExpected, true)));
    to.ifPresent(x -> ids.later(() -> ids.requirePlace(toValue.get(), x, toExpected, false)));
    if (from.isPresent() && to.isPresent() && mode.isPresent()) {
      in.once(seen, from.get() + " -> " + to.get() + " by " + Names.of(mode.get()), value, "each lane (from, to, mode) once");
    }
    Optional<Double> distance = f.optional(DISTANCE.name()).flatMap(v -> in.decimal(v, DISTANCE));
    Optional<Long> transit = f.optional("transit").flatMap(v -> in.duration(v, ScenarioFormat.LANE.field("transit"), true));
    Optional<Double> cv = f.optional(TRANSIT_CV.name()).flatMap(v -> in.decimal(v, TRANSIT_CV));
    Optional<Double> cost = f.optional(COST_PER_TONNE_KM.name()).flatMap(v -> in.decimal(v, COST_PER_TONNE_KM));
    Optional<Double> co2 = f.optional(CO2.name()).flatMap(v -> in.decimal(v, CO2));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "lane", () -> {
      LaneSpec lane = LaneSpec.of(from.orElseThrow(), to.orElseThrow(), mode.orElseThrow());
      lane = distance.isPresent() ? lane.withDistanceKm(distance.get()) : lane;
      lane = transit.isPresent() ? lane.withTransitMs(transit.get()) : lane;
      lane = cv.isPresent() ? lane.withTransitCv(cv.get()) : lane;
      lane = cost.isPresent() ? lane.withCostPerTonneKm(cost.get()) : lane;
      return co2.isPresent() ? lane.withCo2KgPerTonneKm(co2.get()) : lane;
    });
  }


  private Optional<Batching> consolidation(Value value) {
    Optional<Fields> fields = in.fields(value, CONSOLIDATION_FIELDS, CONSOLIDATION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> weight = f.required(MAX_WEIGHT).flatMap(v -> in.decimal(v, MAX_WEIGHT));
    Optional<Long> wait = f.required("maxWait", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, ScenarioFormat.CONSOLIDATION.field("maxWait"), true));
    if (weight.isEmpty() || wait.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "consolidation", () -> new Batching(true, weight.get(), wait.get()));
  }

  Optional<CostSpec> costs(Value value) {
    Optional<Fields> fields = in.fields(value, COSTS_FIELDS, COSTS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> holding = optional(f, HOLDING.name(), HOLDING.defaultDouble(), v -> in.decimal(v, HOLDING));
    Optional<Double> lateness = optional(f, LATENESS.name(), LATENESS.defaultDouble(), v -> in.decimal(v, LATENESS));
    if (holding.isEmpty() || lateness.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "cost rates", () -> new CostSpec(holding.get(), lateness.get()));
  }

}
