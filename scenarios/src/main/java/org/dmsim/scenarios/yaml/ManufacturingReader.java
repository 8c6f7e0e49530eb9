package org.dmsim.scenarios.yaml;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.AllocationPolicy;
import org.dmsim.model.mfg.Batching;
import org.dmsim.model.mfg.Component;
import org.dmsim.model.mfg.ComponentStock;
import org.dmsim.model.mfg.CostSpec;
import org.dmsim.model.mfg.DemandSpec;
import org.dmsim.model.mfg.Discipline;
import org.dmsim.model.mfg.FailureBasis;
import org.dmsim.model.mfg.Failures;
import org.dmsim.model.mfg.MachineGroup;
import org.dmsim.model.mfg.MachineType;
import org.dmsim.model.mfg.ManufacturingSpec;
import org.dmsim.model.mfg.Names;
import org.dmsim.model.mfg.NodeKind;
import org.dmsim.model.mfg.NodeSpec;
import org.dmsim.model.mfg.PlatformSpec;
import org.dmsim.model.mfg.ProcessType;
import org.dmsim.model.mfg.Product;
import org.dmsim.model.mfg.RegionSpec;
import org.dmsim.model.mfg.ShiftCalendar;
import org.dmsim.model.mfg.Step;
import org.dmsim.model.mfg.StockPolicy;
import org.dmsim.model.mfg.StockRule;
import org.dmsim.model.mfg.SupplierSpec;
import org.dmsim.model.mfg.TransportSpec;
import org.dmsim.model.time.Durations;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario into a {@link ManufacturingSpec}, in three passes:
 * every field on its own (type, range, allowed words), then every reference between sections
 * (a demand line's product, a machine group's type, a distribution centre's source, a bill of
 * materials' components, duplicate ids), then, only when both found nothing, the model's own
 * {@link ManufacturingSpec#problems()}, each placed at the entry it is about. A reference is
 * checked only against a section whose ids could all be read, so that one broken id does not also
 * break every reference to it.
 */
final class ManufacturingReader {
  static final List<String> SCENARIO_FIELDS = List.of("format", "kind", "name", "description", "horizon", "seed",
      "replications", "products", "machineTypes", "nodes", "suppliers", "regions", "platform", "transport", "costs",
      "disruptions");
  static final List<String> PRODUCT_FIELDS =
      List.of("id", "weightKg", "valueEur", "stocked", "variants", "bom", "routing");
  static final List<String> COMPONENT_FIELDS = List.of("component", "quantity");
  static final List<String> STEP_FIELDS = List.of("process", "time", "setup");
  static final List<String> MACHINE_TYPE_FIELDS = List.of("id", "capabilities", "speed", "scrapProbability", "failures");
  static final List<String> FAILURE_FIELDS = List.of("timeBetween", "repair", "basis");
  static final List<String> PRODUCER_FIELDS = List.of("id", "kind", "location", "machines", "discipline", "unitCostEur",
      "fixedCostEurPerDay", "quality", "shifts", "componentStock");
  static final List<String> CENTRE_FIELDS =
      List.of("id", "kind", "location", "fixedCostEurPerDay", "quality", "replenishFrom", "stock");
  static final List<String> NODE_FIELDS = List.of("id", "kind", "location", "machines", "discipline", "unitCostEur",
      "fixedCostEurPerDay", "quality", "shifts", "componentStock", "replenishFrom", "stock");
  static final List<String> GROUP_FIELDS = List.of("type", "count");
  static final List<String> SHIFT_FIELDS = List.of("days", "from", "to");
  static final List<String> COMPONENT_STOCK_FIELDS = List.of("reorderPoint", "orderUpTo");
  static final List<String> STOCK_FIELDS =
      List.of("product", "policy", "reorderPoint", "orderUpTo", "quantity", "level", "initial");
  static final List<String> SUPPLIER_FIELDS = List.of("id", "location", "components", "leadTime", "capacityPerDay");
  static final List<String> REGION_FIELDS = List.of("id", "location", "demand");
  static final List<String> DEMAND_FIELDS = List.of("product", "ordersPerDay", "seasonality", "trendPerYear",
      "orderSize", "promisedLeadTime", "patience");
  static final List<String> SEASONALITY_FIELDS = List.of("amplitude", "peakDay");
  static final List<String> PLATFORM_FIELDS = List.of("location", "policy", "orderLatency", "infoDelay",
      "statusInterval", "maxQueuePerMachine", "minQuality");
  static final List<String> TRANSPORT_FIELDS = List.of("modes", "lanes", "batching", "consolidation");
  static final List<String> LANE_FIELDS =
      List.of("from", "to", "mode", "distanceKm", "transit", "transitCv", "costPerTonneKm", "co2KgPerTonneKm");
  static final List<String> CONSOLIDATION_FIELDS = List.of("maxWeightKg", "maxWait");
  static final List<String> COSTS_FIELDS = List.of("holdingRatePerYear", "latenessPenaltyEurPerUnitDay");
  static final List<String> LOCATION_FIELDS = List.of("lat", "lon");
  static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  static final List<String> STOCK_POLICIES = List.of("s-S", "r-Q", "base-stock");
  static final List<String> BATCHING = List.of("per-order", "consolidate");

  static final int MAX_COUNT = 10_000;
  static final long MAX_UNITS = 1_000_000_000L;
  static final double MAX_DISTANCE_KM = 100_000;

  private static final String SCENARIO = mapping("a scenario", SCENARIO_FIELDS);
  private static final String PRODUCTS = "a non-empty list of products";
  private static final String PRODUCT = mapping("a product", PRODUCT_FIELDS);
  private static final String PRODUCT_ID = id("a product id", "impeller");
  private static final String WEIGHT = "a weight in kg per unit, a number greater than 0";
  private static final String VALUE_EUR = "a value in EUR per unit, a number 0 or more";
  private static final String VARIANTS = "a number of variants, an integer from 1 to " + MAX_COUNT;
  private static final String BOM = "a list of bill-of-materials lines";
  private static final String BOM_LINE = mapping("a bill-of-materials line", COMPONENT_FIELDS);
  private static final String COMPONENT_ID = id("a component id", "steel-bar");
  private static final String QUANTITY = "a quantity per unit of product, an integer from 1 to " + MAX_COUNT;
  private static final String ROUTING = "a non-empty list of routing steps";
  private static final String STEP = mapping("a routing step", STEP_FIELDS);
  private static final String MACHINE_TYPES = "a non-empty list of machine types";
  private static final String MACHINE_TYPE = mapping("a machine type", MACHINE_TYPE_FIELDS);
  private static final String TYPE_ID = id("a machine type id", "cnc-5axis");
  private static final String CAPABILITIES =
      "a non-empty list of processes, each one of: " + Names.list(ProcessType.class);
  private static final String SPEED = "a speed multiplier, a number greater than 0";
  private static final String SCRAP = "a scrap probability, a number from 0 to below 1";
  private static final String FAILURES = mapping("failures", FAILURE_FIELDS);
  private static final String NODES = "a non-empty list of nodes";
  private static final String NODE = mapping("a node", NODE_FIELDS);
  private static final String NODE_ID = id("a node id", "plant-lyon");
  private static final String MACHINES = "a non-empty list of machine groups";
  private static final String GROUP = mapping("a machine group", GROUP_FIELDS);
  private static final String COUNT = "a number of machines, an integer from 1 to " + MAX_COUNT;
  private static final String UNIT_COSTS =
      "unit costs: a mapping from process (" + Names.list(ProcessType.class) + ") to EUR per unit";
  private static final String UNIT_COST = "a cost in EUR per unit, a number 0 or more";
  private static final String FIXED_COST = "a cost in EUR per day, a number 0 or more";
  private static final String QUALITY = "a quality rating, a number from 0 to 1";
  private static final String SHIFTS = mapping("shifts", SHIFT_FIELDS);
  private static final String DAY_LIST = "a non-empty list of days, each one of: " + String.join(", ", DAYS);
  private static final String FROM = "a time of day HH:MM from 00:00 to 23:59 (e.g. \"06:00\")";
  private static final String TO = "a time of day HH:MM from 00:01 to 24:00 (e.g. \"22:00\")";
  private static final String COMPONENT_STOCK = mapping("a component stock policy", COMPONENT_STOCK_FIELDS);
  private static final String UNITS = "a number of units, an integer from 0 to " + MAX_UNITS;
  private static final String POSITIVE_UNITS = "a number of units, an integer from 1 to " + MAX_UNITS;
  private static final String STOCK = "a non-empty list of stock rules";
  private static final String STOCK_RULE = mapping("a stock rule", STOCK_FIELDS);
  private static final String SUPPLIERS = "a list of suppliers";
  private static final String SUPPLIER = mapping("a supplier", SUPPLIER_FIELDS);
  private static final String SUPPLIER_ID = id("a supplier id", "supplier-steel");
  private static final String COMPONENTS = "a non-empty list of component ids";
  private static final String CAPACITY = "a capacity in units per day, a number greater than 0";
  private static final String REGIONS = "a non-empty list of regions";
  private static final String REGION = mapping("a region", REGION_FIELDS);
  private static final String REGION_ID = id("a region id", "region-paris");
  private static final String DEMAND = "a non-empty list of demand lines";
  private static final String DEMAND_LINE = mapping("a demand line", DEMAND_FIELDS);
  private static final String ORDERS_PER_DAY = "a positive number of orders per day";
  private static final String SEASONALITY = mapping("a seasonality", SEASONALITY_FIELDS);
  private static final String AMPLITUDE = "a seasonal amplitude, a number from 0 to below 1";
  private static final String PEAK_DAY = "a day of the year, a number from 0 to 365";
  private static final String TREND = "a relative change of the rate per year, a number greater than -1";
  private static final String PLATFORM = mapping("the order platform", PLATFORM_FIELDS);
  private static final String MAX_QUEUE = "a number of waiting jobs per working machine, a number greater than 0";
  private static final String TRANSPORT = mapping("transport", TRANSPORT_FIELDS);
  private static final String MODES = "a list of transport modes, each one of: " + Names.list(TransportMode.class);
  private static final String LANES = "a list of lanes";
  private static final String LANE = mapping("a lane", LANE_FIELDS);
  private static final String DISTANCE = "a distance in km, a number from 0 to " + (long) MAX_DISTANCE_KM;
  private static final String TRANSIT_CV = "a coefficient of variation, a number 0 or more";
  private static final String COST_PER_TONNE_KM = "a cost in EUR per tonne-km, a number 0 or more";
  private static final String CO2 = "emissions in kg CO2e per tonne-km, a number 0 or more";
  private static final String CONSOLIDATION = mapping("a consolidation rule", CONSOLIDATION_FIELDS);
  private static final String MAX_WEIGHT = "a weight in kg, a number greater than 0";
  private static final String COSTS = mapping("cost rates", COSTS_FIELDS);
  private static final String HOLDING = "a share of unit value per year, a number 0 or more";
  private static final String LATENESS = "a penalty in EUR per unit per day late, a number 0 or more";
  static final String LOCATION = mapping("a location", LOCATION_FIELDS);
  private static final String LATITUDE = "a latitude in degrees, a number from -90 to 90";
  private static final String LONGITUDE = "a longitude in degrees, a number from -180 to 180";
  private static final String NAME_TAKEN = "a name no other node, supplier or region has";

  /** The default order size: one unit. */
  private static final Distribution ONE_UNIT = new Deterministic(1);

  private static final Pattern TIME_OF_DAY = Pattern.compile("([0-9]{1,2}):([0-9]{2})");
  private static final Pattern CANNOT_MAKE = Pattern.compile("node (\\S+): (\\S+) cannot make (\\S+)");
  private static final Pattern NOT_STOCKED = Pattern.compile("product (\\S+): no distribution centre stocks it");
  private static final Pattern NOT_MADE = Pattern.compile("product (\\S+): no node can make it.*");
  private static final Pattern ABOUT = Pattern.compile("(node|product|region) (\\S+): .*");
  private static final Pattern DISRUPTION = Pattern.compile("disruption ([0-9]+) \\((\\S+)\\): (.*)");
  private static final DisruptionReader.Read NO_DISRUPTIONS = new DisruptionReader.Read(List.of(), List.of(), List.of());

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;

  private final Section products = new Section();
  private final Section machineTypes = new Section();
  private final Section nodes = new Section();
  private final Section suppliers = new Section();
  private final Section regions = new Section();
  /** Whether every supplier's component list could be read, so that {@link #supplied} is complete. */
  private boolean componentsComplete = true;
  private final Map<String, Value> supplied = new TreeMap<>();
  private final Map<String, Boolean> stockedById = new LinkedHashMap<>();
  private final Map<String, NodeKind> kindById = new LinkedHashMap<>();
  /** Per distribution centre, its stock rules' product values, for placing the model's "cannot make" problem. */
  private final Map<String, Map<String, Value>> stockProducts = new LinkedHashMap<>();
  /** Reference checks, run once every section has been read. */
  private final List<Runnable> references = new ArrayList<>();
  /** The ids disruptions may name, taken when the first disruption reference is checked. */
  private DisruptionTargets targets;

  ManufacturingReader(ValueReader in) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = new DistributionReader(in);
  }

  /** Reads the root mapping of a file that says {@code format: 2}; empty when there were problems. */
  Optional<Scenario> read(Value root, String source) {
    Optional<Fields> top = in.fields(root, SCENARIO_FIELDS, SCENARIO, key -> key.equals("factory")
        ? Optional.of("a field of the retired format 1; a factory is a node of kind plant") : Optional.empty());
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    Optional<String> name = f.required("name", ScenarioReader.SCENARIO_NAME)
        .flatMap(v -> in.name(v, ScenarioReader.SCENARIO_NAME));
    String description = f.optional("description").flatMap(in::text).orElse("");
    Optional<Long> horizonMs = f.required("horizon", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    Optional<Long> seed = optional(f, "seed", ScenarioReader.DEFAULT_SEED,
        v -> in.integer(v, Long.MIN_VALUE, Long.MAX_VALUE, ScenarioReader.SEED));
    Optional<Long> replications = optional(f, "replications", (long) ScenarioReader.DEFAULT_REPLICATIONS,
        v -> in.integer(v, 1, ScenarioReader.MAX_REPLICATIONS, ScenarioReader.REPLICATIONS));

    Optional<List<Product>> productList = section(f, "products", PRODUCTS, false, products, this::product);
    Optional<List<MachineType>> typeList =
        section(f, "machineTypes", MACHINE_TYPES, false, machineTypes, this::machineType);
    Optional<List<NodeSpec>> nodeList = section(f, "nodes", NODES, false, nodes, this::node);
    Optional<List<SupplierSpec>> supplierList = f.has("suppliers")
        ? section(f, "suppliers", SUPPLIERS, true, suppliers, this::supplier) : Optional.of(List.of());
    Optional<List<RegionSpec>> regionList = section(f, "regions", REGIONS, false, regions, this::region);
    Optional<PlatformSpec> platform = f.required("platform", PLATFORM).flatMap(this::platform);
    Optional<TransportSpec> transport = optional(f, "transport", TransportSpec.ROAD, this::transport);
    Optional<CostSpec> costs = optional(f, "costs", CostSpec.NONE, this::costs);
    String horizonText = f.optional("horizon").flatMap(Value::scalarText).map(String::strip).orElse("?");
    DisruptionReader disruptionReader = new DisruptionReader(in, distributions, this::location,
        r -> references.add(() -> requireTarget(r)));
    Optional<DisruptionReader.Read> disruptions = optional(f, "disruptions", NO_DISRUPTIONS,
        v -> disruptionReader.read(v, horizonMs, horizonText));

    products.reportDuplicates("a product id no other product has");
    machineTypes.reportDuplicates("a machine type id no other machine type has");
    reportSharedNames();
    references.forEach(Runnable::run);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    Optional<ManufacturingSpec> spec = build(root, "network", () -> new ManufacturingSpec(name.orElseThrow(),
        horizonMs.orElseThrow(), productList.orElseThrow(), typeList.orElseThrow(), nodeList.orElseThrow(),
        supplierList.orElseThrow(), regionList.orElseThrow(), platform.orElseThrow(), transport.orElseThrow(),
        costs.orElseThrow(), disruptions.orElseThrow().fixed()));
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    for (String problem : spec.get().problems()) {
      place(problem, root, spec.get(), disruptions.orElseThrow().fixedEntries());
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return build(root, "scenario", () -> new Scenario(source, name.orElseThrow(), description,
        spec.get(), seed.orElseThrow(), Math.toIntExact(replications.orElseThrow()),
        disruptions.orElseThrow().generators()));
  }

  // ---- products --------------------------------------------------------------------------------

  private Optional<Product> product(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, PRODUCT_FIELDS, PRODUCT);
    if (fields.isEmpty()) {
      products.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = id(f, "id", PRODUCT_ID, products);
    Optional<Double> weightKg = f.required("weightKg", WEIGHT).flatMap(v -> in.decimal(v, x -> x > 0, WEIGHT));
    Optional<Double> valueEur = f.required("valueEur", VALUE_EUR).flatMap(v -> in.decimal(v, x -> x >= 0, VALUE_EUR));
    Optional<Boolean> stocked = optional(f, "stocked", false, in::bool);
    Optional<Long> variants = optional(f, "variants", 1L, v -> in.integer(v, 1, MAX_COUNT, VARIANTS));
    Optional<List<Component>> bom = optional(f, "bom", List.of(), this::bom);
    Optional<List<Step>> routing = f.required("routing", ROUTING).flatMap(v -> items(v, ROUTING, false, this::step));
    rawId(f, "id").ifPresent(raw -> stocked.ifPresent(s -> stockedById.putIfAbsent(raw, s)));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "product", () -> new Product(id.orElseThrow(), weightKg.orElseThrow(), valueEur.orElseThrow(),
        stocked.orElseThrow(), Math.toIntExact(variants.orElseThrow()), bom.orElseThrow(), routing.orElseThrow()));
  }

  private Optional<List<Component>> bom(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return items(value, BOM, true, line -> component(line, seen));
  }

  private Optional<Component> component(Value value, Map<String, Value> seen) {
    Optional<Fields> fields = in.fields(value, COMPONENT_FIELDS, BOM_LINE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> componentValue = f.required("component", COMPONENT_ID);
    Optional<String> component = componentValue.flatMap(v -> in.name(v, COMPONENT_ID));
    Optional<Long> quantity = f.required("quantity", QUANTITY).flatMap(v -> in.integer(v, 1, MAX_COUNT, QUANTITY));
    component.ifPresent(c -> {
      Value v = componentValue.orElseThrow();
      if (once(seen, c, v, "each component once per bill of materials")) {
        references.add(() -> {
          if (componentsComplete && !supplied.containsKey(c)) {
            in.report(v, "a component some supplier supplies" + listed(supplied.keySet()),
                ValueReader.quote(c) + ValueReader.suggestion(c, List.copyOf(supplied.keySet())));
          }
        });
      }
    });
    if (component.isEmpty() || quantity.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "bill-of-materials line", () -> new Component(component.get(), Math.toIntExact(quantity.get())));
  }

  private Optional<Step> step(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, STEP_FIELDS, STEP);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<ProcessType> process = f.required("process", "one of: " + Names.list(ProcessType.class))
        .flatMap(v -> in.choice(v, ProcessType.class));
    Optional<Distribution> time = f.required("time", "a time distribution (e.g. 25min)").flatMap(distributions::time);
    Optional<Long> setupMs = optional(f, "setup", 0L, v -> in.duration(v, false));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "routing step", () -> new Step(process.orElseThrow(), time.orElseThrow(), setupMs.orElseThrow()));
  }

  // ---- machine types ---------------------------------------------------------------------------

  private Optional<MachineType> machineType(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, MACHINE_TYPE_FIELDS, MACHINE_TYPE);
    if (fields.isEmpty()) {
      machineTypes.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = id(f, "id", TYPE_ID, machineTypes);
    Optional<Set<ProcessType>> capabilities = f.required("capabilities", CAPABILITIES).flatMap(this::capabilities);
    Optional<Double> speed = optional(f, "speed", 1.0, v -> in.decimal(v, x -> x > 0, SPEED));
    Optional<Double> scrap = optional(f, "scrapProbability", 0.0, v -> in.decimal(v, x -> x >= 0 && x < 1, SCRAP));
    Optional<Optional<Failures>> failures = optional(f, "failures", Optional.empty(), v -> failures(v).map(Optional::of));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "machine type", () -> new MachineType(id.orElseThrow(), capabilities.orElseThrow(),
        speed.orElseThrow(), scrap.orElseThrow(), failures.orElseThrow()));
  }

  private Optional<Set<ProcessType>> capabilities(Value value) {
    Map<String, Value> seen = new LinkedHashMap<>();
    return items(value, CAPABILITIES, false, item -> in.choice(item, ProcessType.class)
        .filter(p -> once(seen, Names.of(p), item, "each process once")))
        .map(list -> Set.copyOf(EnumSet.copyOf(list)));
  }

  private Optional<Failures> failures(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, FAILURE_FIELDS, FAILURES);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    String positiveMean = "a time distribution with a mean greater than zero (e.g. {kind: exponential, mean: 120h})";
    Optional<Distribution> between = f.required("timeBetween", positiveMean).flatMap(v -> distributions.time(v)
        .filter(d -> {
          if (d.mean() > 0) {
            return true;
          }
          in.report(v, positiveMean, v.scalarText().map(ValueReader::quote).orElse("a distribution whose mean is 0"));
          return false;
        }));
    Optional<Distribution> repair = f.required("repair", "a time distribution (e.g. {kind: lognormal, mean: 4h, cv: 0.5})")
        .flatMap(distributions::time);
    Optional<FailureBasis> basis = optional(f, "basis", FailureBasis.OPERATING, v -> in.choice(v, FailureBasis.class));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "failures", () -> new Failures(between.orElseThrow(), repair.orElseThrow(), basis.orElseThrow()));
  }

  // ---- nodes -----------------------------------------------------------------------------------

  private Optional<NodeSpec> node(Value value) {
    int before = problems.count();
    Optional<NodeKind> peeked = peek(value, "kind").map(k -> Names.parse(NodeKind.class, k));
    List<String> allowed = peeked.map(k -> k.produces() ? PRODUCER_FIELDS : CENTRE_FIELDS).orElse(NODE_FIELDS);
    Optional<Fields> fields = in.fields(value, allowed, NODE, key -> !NODE_FIELDS.contains(key) ? Optional.empty()
        : Optional.of(PRODUCER_FIELDS.contains(key) ? "a field of plants and microfactories only"
            : "a field of distribution centres only"));
    if (fields.isEmpty()) {
      nodes.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = id(f, "id", NODE_ID, nodes);
    Optional<NodeKind> kind = f.required("kind", "one of: " + Names.list(NodeKind.class))
        .flatMap(v -> in.choice(v, NodeKind.class));
    rawId(f, "id").ifPresent(raw -> kind.ifPresent(k -> kindById.putIfAbsent(raw, k)));
    Optional<GeoPoint> location = f.required("location", LOCATION).flatMap(this::location);
    boolean producer = kind.map(NodeKind::produces).orElse(false);
    boolean centre = kind.map(k -> !k.produces()).orElse(false);
    Map<String, Value> groupTypes = new LinkedHashMap<>();
    Optional<List<MachineGroup>> machines = producer
        ? f.required("machines", MACHINES + " (a " + Names.of(kind.get()) + " makes products)")
            .flatMap(v -> items(v, MACHINES, false, g -> group(g, groupTypes)))
        : optional(f, "machines", List.of(), v -> items(v, MACHINES, false, g -> group(g, groupTypes)));
    Optional<Discipline> discipline = optional(f, "discipline", Discipline.FIFO, v -> in.choice(v, Discipline.class));
    Optional<Map<ProcessType, Double>> unitCosts = optional(f, "unitCostEur", Map.of(), this::unitCosts);
    Optional<Double> fixedCost = optional(f, "fixedCostEurPerDay", 0.0, v -> in.decimal(v, x -> x >= 0, FIXED_COST));
    Optional<Double> quality = optional(f, "quality", 1.0, v -> in.decimal(v, x -> x >= 0 && x <= 1, QUALITY));
    Optional<ShiftCalendar> shifts = optional(f, "shifts", ShiftCalendar.ALWAYS, this::shifts);
    Optional<Optional<ComponentStock>> componentStock =
        optional(f, "componentStock", Optional.empty(), v -> componentStock(v).map(Optional::of));
    String nodeRaw = rawId(f, "id").orElse("");
    Optional<Optional<String>> replenishFrom = centre
        ? f.required("replenishFrom", "the id of a plant or microfactory that refills this distribution centre")
            .flatMap(this::replenishFrom).map(Optional::of)
        : optional(f, "replenishFrom", Optional.empty(), v -> replenishFrom(v).map(Optional::of));
    Optional<List<StockRule>> stock = centre
        ? f.required("stock", STOCK + " (a distribution-centre holds stock)").flatMap(v -> stock(v, nodeRaw))
        : optional(f, "stock", List.of(), v -> stock(v, nodeRaw));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "node", () -> new NodeSpec(id.orElseThrow(), kind.orElseThrow(), location.orElseThrow(),
        machines.orElseThrow(), discipline.orElseThrow(), unitCosts.orElseThrow(), fixedCost.orElseThrow(),
        quality.orElseThrow(), shifts.orElseThrow(), componentStock.orElseThrow(), replenishFrom.orElseThrow(),
        stock.orElseThrow()));
  }

  private Optional<MachineGroup> group(Value value, Map<String, Value> seen) {
    Optional<Fields> fields = in.fields(value, GROUP_FIELDS, GROUP);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> typeValue = f.required("type", TYPE_ID);
    Optional<String> type = typeValue.flatMap(v -> in.name(v, TYPE_ID));
    Optional<Long> count = f.required("count", COUNT).flatMap(v -> in.integer(v, 1, MAX_COUNT, COUNT));
    type.ifPresent(t -> {
      Value v = typeValue.orElseThrow();
      if (once(seen, t, v, "each machine type once per node (add to the count instead)")) {
        references.add(() -> machineTypes.requireKnown(v, t, "a machine type declared in machineTypes"));
      }
    });
    if (type.isEmpty() || count.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "machine group", () -> new MachineGroup(type.get(), Math.toIntExact(count.get())));
  }

  private Optional<Map<ProcessType, Double>> unitCosts(Value value) {
    Optional<Fields> fields = in.fields(value, processNames(), UNIT_COSTS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    EnumMap<ProcessType, Double> costs = new EnumMap<>(ProcessType.class);
    boolean complete = true;
    for (Map.Entry<String, Value> e : fields.get().byName.entrySet()) {
      Optional<Double> cost = in.decimal(e.getValue(), x -> x >= 0, UNIT_COST);
      cost.ifPresent(c -> costs.put(Names.parse(ProcessType.class, e.getKey()), c));
      complete &= cost.isPresent();
    }
    return complete ? Optional.of(costs) : Optional.empty();
  }

  private Optional<ShiftCalendar> shifts(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, SHIFT_FIELDS, SHIFTS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<List<DayOfWeek>> days = f.required("days", DAY_LIST).flatMap(v -> items(v, DAY_LIST, false,
        d -> in.word(d, DAYS, w -> DayOfWeek.of(DAYS.indexOf(w) + 1))
            .filter(w -> once(seen, DAYS.get(w.ordinal()), d, "each day once"))));
    Optional<Value> fromValue = f.required("from", FROM);
    Optional<Long> fromMs = fromValue.flatMap(v -> timeOfDay(v, false));
    Optional<Long> toMs = f.required("to", TO).flatMap(v -> timeOfDay(v, true).filter(to -> {
      if (fromMs.isEmpty() || to > fromMs.get()) {
        return true;
      }
      String from = fromValue.orElseThrow().scalarText().orElse("").strip();
      in.report(v, "a time of day after from (" + from + "), up to 24:00; a shift cannot pass midnight",
          ValueReader.quote(v.scalarText().orElse("")));
      return false;
    }));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "shift calendar", () -> new ShiftCalendar(EnumSet.copyOf(days.orElseThrow()),
        fromMs.orElseThrow(), toMs.orElseThrow()));
  }

  /** "HH:MM" as ms after midnight; {@code 24:00} only as an end. Quotes are optional. */
  private Optional<Long> timeOfDay(Value value, boolean end) {
    String expected = end ? TO : FROM;
    return in.scalar(value, expected).flatMap(s -> {
      Matcher m = TIME_OF_DAY.matcher(s.getValue().strip());
      if (m.matches()) {
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        long ms = hours * SimTime.HOUR_MS + minutes * SimTime.MINUTE_MS;
        if (minutes < 60 && (end ? ms > 0 && ms <= SimTime.DAY_MS : hours < 24)) {
          return Optional.of(ms);
        }
      }
      in.report(value, expected, ValueReader.quote(s.getValue()));
      return Optional.empty();
    });
  }

  private Optional<ComponentStock> componentStock(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, COMPONENT_STOCK_FIELDS, COMPONENT_STOCK);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Long> reorderPoint = f.required("reorderPoint", UNITS).flatMap(v -> in.integer(v, 0, MAX_UNITS, UNITS));
    Optional<Long> orderUpTo = f.required("orderUpTo", POSITIVE_UNITS).flatMap(v -> above(v, reorderPoint, f));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "component stock", () -> new ComponentStock(reorderPoint.orElseThrow(), orderUpTo.orElseThrow()));
  }

  /** A number of units above the reorder point (when that could be read), up to {@link #MAX_UNITS}. */
  private Optional<Long> above(Value value, Optional<Long> reorderPoint, Fields f) {
    if (reorderPoint.isEmpty()) {
      return in.integer(value, 1, MAX_UNITS, POSITIVE_UNITS);
    }
    String s = f.byName.get("reorderPoint").scalarText().orElse("").strip();
    return in.integer(value, reorderPoint.get() + 1, MAX_UNITS,
        "a number of units greater than reorderPoint (" + s + "), an integer up to " + MAX_UNITS);
  }

  private Optional<String> replenishFrom(Value value) {
    Optional<String> source = in.name(value, NODE_ID);
    source.ifPresent(s -> references.add(() -> {
      NodeKind k = kindById.get(s);
      Optional<String> what = whatIs(s);
      // A node whose kind could not be read, or an unknown name while some node's id could not be read: no telling.
      if (k != null && k.produces() || k == null && nodes.has(s) || what.isEmpty() && !nodes.complete) {
        return;
      }
      List<String> producers = kindById.entrySet().stream().filter(e -> e.getValue().produces()).map(Map.Entry::getKey)
          .toList();
      in.report(value, "a plant or microfactory declared in nodes" + listed(producers),
          ValueReader.quote(s) + what.map(w -> " (" + w + ")").orElseGet(() -> ValueReader.suggestion(s, producers)));
    }));
    return source;
  }

  private Optional<List<StockRule>> stock(Value value, String nodeId) {
    Map<String, Value> seen = stockProducts.computeIfAbsent(nodeId, n -> new LinkedHashMap<>());
    return items(value, STOCK, false, rule -> stockRule(rule, seen));
  }

  private Optional<StockRule> stockRule(Value value, Map<String, Value> seen) {
    int before = problems.count();
    Optional<StockPolicy> peeked = peek(value, "policy").flatMap(ManufacturingReader::stockPolicy);
    List<String> allowed = peeked.map(ManufacturingReader::stockFields).orElse(STOCK_FIELDS);
    Optional<Fields> fields = in.fields(value, allowed, STOCK_RULE, key -> {
      List<String> policies = new ArrayList<>();
      for (StockPolicy p : StockPolicy.values()) {
        if (stockFields(p).contains(key)) {
          policies.add(STOCK_POLICIES.get(p.ordinal()));
        }
      }
      return policies.isEmpty() ? Optional.empty() : Optional.of("a field of the " + String.join(" and ", policies)
          + (policies.size() == 1 ? " policy" : " policies"));
    });
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> productValue = f.required("product", PRODUCT_ID);
    Optional<String> product = productValue.flatMap(v -> in.name(v, PRODUCT_ID));
    product.ifPresent(p -> {
      Value v = productValue.orElseThrow();
      if (once(seen, p, v, "each product once per distribution centre")) {
        references.add(() -> requireProduct(v, p, true));
      }
    });
    Optional<StockPolicy> policy = f.required("policy", "one of: " + String.join(", ", STOCK_POLICIES))
        .flatMap(v -> in.word(v, STOCK_POLICIES, w -> stockPolicy(w).orElse(null), STOCK_POLICIES));
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    long reorderPoint;
    long orderUpTo = 0;
    long quantity = 0;
    long defaultInitial;
    switch (policy.get()) {
      case S_S -> {
        Optional<Long> s = f.required("reorderPoint", UNITS).flatMap(v -> in.integer(v, 0, MAX_UNITS, UNITS));
        Optional<Long> bigS = f.required("orderUpTo", POSITIVE_UNITS).flatMap(v -> above(v, s, f));
        reorderPoint = s.orElse(0L);
        orderUpTo = bigS.orElse(1L);
        defaultInitial = orderUpTo;
      }
      case R_Q -> {
        Optional<Long> r = f.required("reorderPoint", UNITS).flatMap(v -> in.integer(v, 0, MAX_UNITS, UNITS));
        Optional<Long> q = f.required("quantity", POSITIVE_UNITS)
            .flatMap(v -> in.integer(v, 1, MAX_UNITS, POSITIVE_UNITS));
        reorderPoint = r.orElse(0L);
        quantity = q.orElse(1L);
        defaultInitial = reorderPoint + quantity;
      }
      default -> {
        Optional<Long> level = f.required("level", POSITIVE_UNITS)
            .flatMap(v -> in.integer(v, 1, MAX_UNITS, POSITIVE_UNITS));
        orderUpTo = level.orElse(1L);
        reorderPoint = orderUpTo - 1;
        defaultInitial = orderUpTo;
      }
    }
    Optional<Long> initial = optional(f, "initial", defaultInitial, v -> in.integer(v, 0, MAX_UNITS, UNITS));
    if (problems.count() != before) {
      return Optional.empty();
    }
    long s = reorderPoint;
    long bigS = orderUpTo;
    long q = quantity;
    return build(value, "stock rule", () -> new StockRule(product.orElseThrow(), policy.get(), s, bigS, q,
        initial.orElseThrow()));
  }

  private static List<String> stockFields(StockPolicy policy) {
    return switch (policy) {
      case S_S -> List.of("product", "policy", "reorderPoint", "orderUpTo", "initial");
      case R_Q -> List.of("product", "policy", "reorderPoint", "quantity", "initial");
      case BASE_STOCK -> List.of("product", "policy", "level", "initial");
    };
  }

  /**
   * The policy a file names: {@code s-S}, {@code r-Q} and {@code base-stock} as the literature writes
   * them, and also the all-lower-case {@code s-s} and {@code r-q} that {@link Names#of} gives.
   */
  private static Optional<StockPolicy> stockPolicy(String word) {
    return switch (word) {
      case "s-S", "s-s" -> Optional.of(StockPolicy.S_S);
      case "r-Q", "r-q" -> Optional.of(StockPolicy.R_Q);
      case "base-stock" -> Optional.of(StockPolicy.BASE_STOCK);
      default -> Optional.empty();
    };
  }

  // ---- suppliers and regions -------------------------------------------------------------------

  private Optional<SupplierSpec> supplier(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, SUPPLIER_FIELDS, SUPPLIER);
    if (fields.isEmpty()) {
      suppliers.complete = false;
      componentsComplete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = id(f, "id", SUPPLIER_ID, suppliers);
    Optional<GeoPoint> location = f.required("location", LOCATION).flatMap(this::location);
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<Value> componentsValue = f.required("components", COMPONENTS);
    if (componentsValue.isEmpty() || !(componentsValue.get().node() instanceof SequenceNode list)
        || list.getValue().isEmpty()) {
      componentsComplete = false;
    }
    Optional<List<String>> components = componentsValue.flatMap(v -> items(v, COMPONENTS, false, c -> {
      Optional<String> raw = c.scalarText();
      raw.ifPresentOrElse(r -> supplied.putIfAbsent(r, c), () -> componentsComplete = false);
      return in.name(c, COMPONENT_ID).filter(n -> once(seen, n, c, "each component once per supplier"));
    }));
    Optional<Distribution> leadTime = f.required("leadTime", "a time distribution (e.g. {kind: lognormal, mean: 5d, cv: 0.3})")
        .flatMap(distributions::time);
    Optional<Double> capacity = f.required("capacityPerDay", CAPACITY).flatMap(v -> in.decimal(v, x -> x > 0, CAPACITY));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "supplier", () -> new SupplierSpec(id.orElseThrow(), location.orElseThrow(),
        components.orElseThrow(), leadTime.orElseThrow(), capacity.orElseThrow()));
  }

  private Optional<RegionSpec> region(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, REGION_FIELDS, REGION);
    if (fields.isEmpty()) {
      regions.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = id(f, "id", REGION_ID, regions);
    Optional<GeoPoint> location = f.required("location", LOCATION).flatMap(this::location);
    Map<String, Value> seen = new LinkedHashMap<>();
    Optional<List<DemandSpec>> demand = f.required("demand", DEMAND)
        .flatMap(v -> items(v, DEMAND, false, line -> demandLine(line, seen)));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "region", () -> new RegionSpec(id.orElseThrow(), location.orElseThrow(), demand.orElseThrow()));
  }

  private Optional<DemandSpec> demandLine(Value value, Map<String, Value> seen) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, DEMAND_FIELDS, DEMAND_LINE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> productValue = f.required("product", PRODUCT_ID);
    Optional<String> product = productValue.flatMap(v -> in.name(v, PRODUCT_ID));
    product.ifPresent(p -> {
      Value v = productValue.orElseThrow();
      if (once(seen, p, v, "each product once per region")) {
        references.add(() -> requireProduct(v, p, false));
      }
    });
    Optional<Double> ordersPerDay = f.required("ordersPerDay", ORDERS_PER_DAY)
        .flatMap(v -> in.decimal(v, x -> x > 0, ORDERS_PER_DAY));
    Optional<double[]> season = optional(f, "seasonality", new double[] {0, 0}, this::seasonality);
    Optional<Double> trend = optional(f, "trendPerYear", 0.0, v -> in.decimal(v, x -> x > -1, TREND));
    Optional<Distribution> orderSize = optional(f, "orderSize", ONE_UNIT, distributions::size);
    Optional<Long> promisedMs = f.required("promisedLeadTime", Durations.EXPECTED).flatMap(v -> in.duration(v, false));
    Optional<Long> patienceMs = optional(f, "patience", SimTime.NEVER, v -> in.duration(v, true));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "demand line", () -> new DemandSpec(product.orElseThrow(), ordersPerDay.orElseThrow(),
        season.orElseThrow()[0], season.orElseThrow()[1], trend.orElseThrow(),
        orderSize.orElseThrow(),
        promisedMs.orElseThrow(), patienceMs.orElseThrow()));
  }

  private Optional<double[]> seasonality(Value value) {
    Optional<Fields> fields = in.fields(value, SEASONALITY_FIELDS, SEASONALITY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> amplitude = f.required("amplitude", AMPLITUDE)
        .flatMap(v -> in.decimal(v, x -> x >= 0 && x < 1, AMPLITUDE));
    Optional<Double> peakDay = f.required("peakDay", PEAK_DAY).flatMap(v -> in.decimal(v, x -> x >= 0 && x <= 365, PEAK_DAY));
    if (amplitude.isEmpty() || peakDay.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new double[] {amplitude.get(), peakDay.get()});
  }

  /** Reports a demand line's or stock rule's product that is not declared, or not make-to-stock where it must be. */
  private void requireProduct(Value value, String product, boolean mustBeStocked) {
    if (!products.requireKnown(value, product, "a product declared in products")) {
      return;
    }
    Boolean stocked = stockedById.get(product);
    if (mustBeStocked && Boolean.FALSE.equals(stocked)) {
      in.report(value, "a make-to-stock product (stocked: true); only those are kept in stock",
          ValueReader.quote(product) + ", which is make-to-order (" + products.pathOf(product) + " has stocked: false)");
    }
  }

  // ---- platform, transport, costs --------------------------------------------------------------

  private Optional<PlatformSpec> platform(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, PLATFORM_FIELDS, PLATFORM);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<GeoPoint> location = f.required("location", LOCATION).flatMap(this::location);
    Optional<AllocationPolicy> policy = f.required("policy", "one of: " + Names.list(AllocationPolicy.class))
        .flatMap(v -> in.choice(v, AllocationPolicy.class));
    Optional<Long> latency = f.required("orderLatency", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    Optional<Long> infoDelay = f.required("infoDelay", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    Optional<Long> interval = f.required("statusInterval", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, true));
    Optional<Double> maxQueue = optional(f, "maxQueuePerMachine", Double.POSITIVE_INFINITY,
        v -> in.decimal(v, x -> x > 0, MAX_QUEUE));
    Optional<Double> minQuality = optional(f, "minQuality", 0.0, v -> in.decimal(v, x -> x >= 0 && x <= 1, QUALITY));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "platform", () -> new PlatformSpec(location.orElseThrow(), policy.orElseThrow(),
        latency.orElseThrow(), infoDelay.orElseThrow(), interval.orElseThrow(), maxQueue.orElseThrow(),
        minQuality.orElseThrow()));
  }

  private Optional<TransportSpec> transport(Value value) {
    int before = problems.count();
    Optional<Fields> fields = in.fields(value, TRANSPORT_FIELDS, TRANSPORT);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Map<String, Value> seenModes = new LinkedHashMap<>();
    Optional<List<TransportMode>> modes = optional(f, "modes", List.of(TransportMode.ROAD), v -> items(v, MODES, true,
        m -> in.choice(m, TransportMode.class).filter(x -> once(seenModes, Names.of(x), m, "each mode once"))));
    Map<String, Value> seenLanes = new LinkedHashMap<>();
    Optional<List<LaneSpec>> lanes = optional(f, "lanes", List.of(), v -> items(v, LANES, true, l -> lane(l, seenLanes)));
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
    return build(value, "transport", () -> new TransportSpec(modes.orElseThrow(), lanes.orElseThrow(), b.orElseThrow()));
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
    Optional<String> from = fromValue.flatMap(v -> in.name(v, NODE_ID));
    Optional<Value> toValue = f.required("to", toExpected);
    Optional<String> to = toValue.flatMap(v -> in.name(v, NODE_ID)).filter(t -> {
      if (from.isEmpty() || !t.equals(from.get())) {
        return true;
      }
      in.report(toValue.get(), "a destination other than from (" + t + ")", ValueReader.quote(t));
      return false;
    });
    Optional<TransportMode> mode = f.required("mode", "one of: " + Names.list(TransportMode.class))
        .flatMap(v -> in.choice(v, TransportMode.class));
    from.ifPresent(x -> references.add(() -> requirePlace(fromValue.get(), x, fromExpected, true)));
    to.ifPresent(x -> references.add(() -> requirePlace(toValue.get(), x, toExpected, false)));
    if (from.isPresent() && to.isPresent() && mode.isPresent()) {
      once(seen, from.get() + " -> " + to.get() + " by " + Names.of(mode.get()), value, "each lane (from, to, mode) once");
    }
    Optional<Double> distance = f.optional("distanceKm").flatMap(v -> in.decimal(v, x -> x >= 0 && x <= MAX_DISTANCE_KM,
        DISTANCE));
    Optional<Long> transit = f.optional("transit").flatMap(v -> in.duration(v, false));
    Optional<Double> cv = f.optional("transitCv").flatMap(v -> in.decimal(v, x -> x >= 0, TRANSIT_CV));
    Optional<Double> cost = f.optional("costPerTonneKm").flatMap(v -> in.decimal(v, x -> x >= 0, COST_PER_TONNE_KM));
    Optional<Double> co2 = f.optional("co2KgPerTonneKm").flatMap(v -> in.decimal(v, x -> x >= 0, CO2));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return build(value, "lane", () -> {
      LaneSpec lane = LaneSpec.of(from.orElseThrow(), to.orElseThrow(), mode.orElseThrow());
      lane = distance.isPresent() ? lane.withDistanceKm(distance.get()) : lane;
      lane = transit.isPresent() ? lane.withTransitMs(transit.get()) : lane;
      lane = cv.isPresent() ? lane.withTransitCv(cv.get()) : lane;
      lane = cost.isPresent() ? lane.withCostPerTonneKm(cost.get()) : lane;
      return co2.isPresent() ? lane.withCo2KgPerTonneKm(co2.get()) : lane;
    });
  }

  /** Reports a lane end that is not a place goods can leave from ({@code origin}) or go to. */
  private void requirePlace(Value value, String id, String expected, boolean origin) {
    Section allowedA = origin ? suppliers : nodes;
    Section allowedB = origin ? nodes : regions;
    if (allowedA.has(id) || allowedB.has(id)) {
      return;
    }
    Optional<String> what = whatIs(id);
    if (what.isEmpty() && !(allowedA.complete && allowedB.complete)) {
      return;
    }
    List<String> candidates = new ArrayList<>(allowedA.ids());
    candidates.addAll(allowedB.ids());
    in.report(value, expected, ValueReader.quote(id)
        + what.map(w -> " (" + w + ")").orElseGet(() -> ValueReader.suggestion(id, candidates)));
  }

  private Optional<Batching> consolidation(Value value) {
    Optional<Fields> fields = in.fields(value, CONSOLIDATION_FIELDS, CONSOLIDATION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> weight = f.required("maxWeightKg", MAX_WEIGHT).flatMap(v -> in.decimal(v, x -> x > 0, MAX_WEIGHT));
    Optional<Long> wait = f.required("maxWait", ValueReader.POSITIVE_DURATION).flatMap(v -> in.duration(v, true));
    if (weight.isEmpty() || wait.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "consolidation", () -> new Batching(true, weight.get(), wait.get()));
  }

  private Optional<CostSpec> costs(Value value) {
    Optional<Fields> fields = in.fields(value, COSTS_FIELDS, COSTS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> holding = optional(f, "holdingRatePerYear", 0.0, v -> in.decimal(v, x -> x >= 0, HOLDING));
    Optional<Double> lateness = optional(f, "latenessPenaltyEurPerUnitDay", 0.0, v -> in.decimal(v, x -> x >= 0, LATENESS));
    if (holding.isEmpty() || lateness.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "cost rates", () -> new CostSpec(holding.get(), lateness.get()));
  }

  /** A {@code {lat, lon}} mapping; also how experiment files read the places in their disruptions. */
  Optional<GeoPoint> location(Value value) {
    Optional<Fields> fields = in.fields(value, LOCATION_FIELDS, LOCATION);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Double> lat = f.required("lat", LATITUDE).flatMap(v -> in.decimal(v, x -> x >= -90 && x <= 90, LATITUDE));
    Optional<Double> lon = f.required("lon", LONGITUDE).flatMap(v -> in.decimal(v, x -> x >= -180 && x <= 180, LONGITUDE));
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    return build(value, "location", () -> new GeoPoint(lat.get(), lon.get()));
  }

  // ---- names shared by nodes, suppliers and regions ----------------------------------------------

  /** Node, supplier and region ids share one namespace with the platform: report each repeat, in file order. */
  private void reportSharedNames() {
    List<Declared> all = new ArrayList<>();
    all.addAll(nodes.declared);
    all.addAll(suppliers.declared);
    all.addAll(regions.declared);
    all.sort(Comparator.comparingInt((Declared d) -> d.idValue().at().getIndex()));
    Map<String, Declared> first = new LinkedHashMap<>();
    for (Declared d : all) {
      if (d.id().equals(ManufacturingSpec.PLATFORM)) {
        in.report(d.idValue(), NAME_TAKEN + " and not 'platform', the order platform's name",
            ValueReader.quote(d.id()));
        continue;
      }
      Declared earlier = first.putIfAbsent(d.id(), d);
      if (earlier != null) {
        in.report(d.idValue(), NAME_TAKEN, ValueReader.quote(d.id()) + ", already the id of " + earlier.entry().path()
            + " at line " + earlier.idValue().line());
      }
    }
  }

  /** What a name in the shared namespace is ("a supplier", "a distribution-centre"), when it is declared. */
  private Optional<String> whatIs(String id) {
    if (nodes.has(id)) {
      return Optional.of(Optional.ofNullable(kindById.get(id)).map(k -> "a " + Names.of(k)).orElse("a node"));
    }
    if (suppliers.has(id)) {
      return Optional.of("a supplier");
    }
    if (regions.has(id)) {
      return Optional.of("a region");
    }
    return Optional.empty();
  }

  // ---- disruptions ------------------------------------------------------------------------------

  /** Reports an id in a disruption that does not name a declared thing of the kind it must. */
  private void requireTarget(DisruptionReader.Reference r) {
    if (targets == null) {
      targets = disruptionTargets();
    }
    targets.check(r).ifPresent(miss -> in.report(r.value(), miss.expected() + listed(miss.candidates()),
        ValueReader.quote(r.id()) + miss.what().map(w -> " (" + w + ")")
            .orElseGet(() -> ValueReader.suggestion(r.id(), miss.candidates()))));
  }

  /** The ids declared so far, for checking disruptions once every section has been read. */
  private DisruptionTargets disruptionTargets() {
    Map<String, Optional<NodeKind>> nodeKinds = new LinkedHashMap<>();
    for (String id : nodes.ids()) {
      nodeKinds.put(id, Optional.ofNullable(kindById.get(id)));
    }
    return new DisruptionTargets(nodeKinds, suppliers.ids(), regions.ids(), products.ids(), nodes.complete,
        suppliers.complete, regions.complete, products.complete);
  }

  // ---- the model's own checks ------------------------------------------------------------------

  /** Reports one of {@link ManufacturingSpec#problems()} at the entry it names, or the file's start. */
  private void place(String problem, Value root, ManufacturingSpec spec, List<Value> disruptionEntries) {
    Matcher m;
    if ((m = DISRUPTION.matcher(problem)).matches()) {
      int index = Integer.parseInt(m.group(1)) - 1;
      Value at = index < disruptionEntries.size() ? disruptionEntries.get(index) : root;
      in.report(at, "a " + m.group(2) + " that fits the network", m.group(3));
    } else if ((m = CANNOT_MAKE.matcher(problem)).matches()) {
      String node = m.group(1);
      String source = m.group(2);
      String product = m.group(3);
      Value at = Optional.ofNullable(stockProducts.get(node)).map(s -> s.get(product))
          .orElseGet(() -> nodes.entry(node).orElse(root));
      in.report(at, "a product that " + source + " (replenishFrom) can make: it needs a machine capable of each "
          + "routing step", ValueReader.quote(product) + ", which " + source + " cannot make");
    } else if ((m = NOT_STOCKED.matcher(problem)).matches()) {
      String product = m.group(1);
      Value at = products.fields(product).flatMap(f -> f.optional("stocked")).or(() -> products.entry(product))
          .orElse(root);
      in.report(at, "a make-to-stock product that some distribution centre stocks, since a region demands it",
          "no distribution centre lists it in its stock");
    } else if ((m = NOT_MADE.matcher(problem)).matches()) {
      String product = m.group(1);
      Value at = products.fields(product).flatMap(f -> f.optional("routing")).or(() -> products.entry(product))
          .orElse(root);
      String where = spec.platform().policy() == AllocationPolicy.CENTRALIZED ? " at one plant (policy centralized)"
          : " at one node";
      in.report(at, "a routing some node can make, since a region demands it: a machine capable of each step" + where,
          "no node can make it");
    } else if ((m = ABOUT.matcher(problem)).matches()) {
      Section s = switch (m.group(1)) {
        case "node" -> nodes;
        case "product" -> products;
        default -> regions;
      };
      in.report(s.entry(m.group(2)).orElse(root), "a network whose parts fit together", problem);
    } else {
      in.report(root, "a network whose parts fit together", problem);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Reads a top-level list section of entries; the section's ids count as complete only when it is a
   * list whose every entry's id could be seen.
   */
  private <T> Optional<List<T>> section(Fields top, String field, String expected, boolean allowEmpty, Section section,
      Function<Value, Optional<T>> entry) {
    Optional<Value> value = top.required(field, expected);
    if (value.isEmpty()) {
      section.complete = false;
      return Optional.empty();
    }
    // Without a usable list, "not declared" would only repeat this section's own problem.
    if (!(value.get().node() instanceof SequenceNode list) || !allowEmpty && list.getValue().isEmpty()) {
      section.complete = false;
    }
    Optional<List<T>> read = items(value.get(), expected, allowEmpty, entry);
    return read;
  }

  /** The entries of a list, each read by {@code entry}; empty if the list or any entry had a problem. */
  private <T> Optional<List<T>> items(Value value, String expected, boolean allowEmpty, Function<Value, Optional<T>> entry) {
    Optional<List<Value>> items = in.list(value, expected, allowEmpty);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      Optional<T> t = entry.apply(item);
      t.ifPresent(out::add);
      complete &= t.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  /** An entry's id: declared in its section as written (even when invalid, so references to it do not fail too). */
  private Optional<String> id(Fields f, String field, String expected, Section section) {
    Optional<Value> value = f.required(field, expected);
    Optional<String> raw = value.flatMap(Value::scalarText);
    raw.ifPresent(r -> section.declared.add(new Declared(r, value.get(), f.mapping, f)));
    Optional<String> id = value.flatMap(v -> in.name(v, expected));
    if (id.isEmpty()) {
      // References to it are probably to this entry: do not call them unknown as well.
      section.complete = false;
    }
    return id;
  }

  private static Optional<String> rawId(Fields f, String field) {
    return f.optional(field).flatMap(Value::scalarText);
  }

  /** The optional field's value, or {@code fallback} when the field is absent. */
  private static <T> Optional<T> optional(Fields f, String field, T fallback, Function<Value, Optional<T>> read) {
    return f.optional(field).map(read).orElseGet(() -> Optional.ofNullable(fallback));
  }

  /** Whether {@code key} is new in {@code seen}; reports the repeat otherwise. */
  private boolean once(Map<String, Value> seen, String key, Value value, String expected) {
    Value earlier = seen.putIfAbsent(key, value);
    if (earlier != null) {
      in.report(value, expected, ValueReader.quote(key) + " again, first at line " + earlier.line());
      return false;
    }
    return true;
  }

  /** Builds a model record, turning its constructor's refusal into a problem at the mapping it came from. */
  private <T> Optional<T> build(Value value, String what, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (IllegalArgumentException e) {
      in.report(value, "a valid " + what, "values the model rejects: " + e.getMessage());
      return Optional.empty();
    } catch (NoSuchElementException skipped) {
      // A part was not read without a new problem here: an alias or a tag, which PlainYamlCheck
      // reported where it is written. The scenario is not built, since problems is not empty.
      return Optional.empty();
    }
  }

  /** The scalar text of a mapping's field, read before the mapping's fields are checked. */
  private static Optional<String> peek(Value value, String field) {
    if (value.node() instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(field) && t.getValueNode() instanceof ScalarNode v) {
          return Optional.of(v.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> processNames() {
    List<String> names = new ArrayList<>();
    for (ProcessType p : ProcessType.values()) {
      names.add(Names.of(p));
    }
    return names;
  }

  /** " (one of: a, b, c)" for up to ten ids, " (none is declared)" for none. */
  static String listed(Collection<String> ids) {
    if (ids.isEmpty()) {
      return " (none is declared)";
    }
    List<String> shown = ids.stream().limit(10).toList();
    return " (one of: " + String.join(", ", shown) + (ids.size() > shown.size() ? ", ..." : "") + ")";
  }

  private static String mapping(String what, List<String> fields) {
    return what + ": a mapping with the fields " + String.join(", ", fields);
  }

  private static String id(String what, String example) {
    return what + " of lower-case letters, digits and '-', not starting with '-' (e.g. " + example + ")";
  }

  /** An id as written, where it is, and the entry it names. */
  private record Declared(String id, Value idValue, Value entry, Fields fields) {}

  /** The ids one section declares, for duplicates, references and placing the model's problems. */
  private final class Section {
    final List<Declared> declared = new ArrayList<>();
    /** False when some entry's id could not be seen, so an unknown reference may just be that entry's. */
    boolean complete = true;

    boolean has(String id) {
      return declared.stream().anyMatch(d -> d.id().equals(id));
    }

    List<String> ids() {
      return declared.stream().map(Declared::id).distinct().toList();
    }

    Optional<Value> entry(String id) {
      return declared.stream().filter(d -> d.id().equals(id)).findFirst().map(Declared::entry);
    }

    Optional<Fields> fields(String id) {
      return declared.stream().filter(d -> d.id().equals(id)).findFirst().map(Declared::fields);
    }

    String pathOf(String id) {
      return entry(id).map(Value::path).orElse(id);
    }

    /** Reports a reference to an id this section does not declare; whether the id is declared (or may be). */
    boolean requireKnown(Value value, String id, String expected) {
      if (has(id)) {
        return true;
      }
      if (complete) {
        in.report(value, expected + listed(ids()), ValueReader.quote(id) + ValueReader.suggestion(id, ids()));
      }
      return false;
    }

    void reportDuplicates(String expected) {
      Map<String, Declared> first = new LinkedHashMap<>();
      for (Declared d : declared) {
        Declared earlier = first.putIfAbsent(d.id(), d);
        if (earlier != null) {
          in.report(d.idValue(), expected, ValueReader.quote(d.id()) + ", already the id of " + earlier.entry().path()
              + " at line " + earlier.idValue().line());
        }
      }
    }
  }
}
