package org.dmsim.scenarios.format;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.time.SimTime;

/**
 * Format 2 as a table: every {@link Section} of scenario, market and experiment files with the
 * {@link Field}s it holds. The single source of the readers' field names, defaults and ranges, of the
 * generated reference ({@link ReferenceDoc}) and of the JSON Schema ({@link JsonSchema}).
 */
public final class ScenarioFormat {
  /** The largest count of machines, variants or a bill-of-materials quantity. */
  public static final int MAX_COUNT = 10_000;
  /** The largest number of units of stock. */
  public static final long MAX_UNITS = 1_000_000_000L;
  /** The longest distance, km: more than twice around the Earth. */
  public static final double MAX_DISTANCE_KM = 100_000;
  /** The most replications of a scenario or an experiment. */
  public static final int MAX_REPLICATIONS = 10_000;
  /** The highest rate of a disruption generator, per year. */
  public static final double MAX_PER_YEAR = 10_000;
  /** The lowest rate of a disruption generator, per year. */
  public static final double MIN_PER_YEAR = 0.0001;
  /**
   * The longest horizon and the ceiling of every duration and time parameter: 100,000 weeks (about
   * 1,900 years), in ms. Each stays within the engine's latest event time, 2^47 ms (about 4,400 years),
   * and so does the horizon plus any one of them; a later sum of times (an order's time plus its
   * promised lead time plus its patience, a long-tailed draw) lies past every horizon, and the engine
   * saturates it at the latest event time: "not within this run".
   */
  public static final long MAX_DURATION_MS = 100_000L * SimTime.WEEK_MS;
  /** The most units of one order (an order-size distribution's values and mean). */
  public static final double MAX_ORDER_UNITS = 1_000_000;
  /** The highest base order rate of a demand line, per day. */
  public static final double MAX_ORDERS_PER_DAY = 1_000_000;
  /** The lowest order rate, per day: one order in about 27 years; a smaller one makes arrival times infinite. */
  public static final double MIN_ORDERS_PER_DAY = 0.0001;
  /** The heaviest unit of a product, and the largest consolidation weight, kg. */
  public static final double MAX_WEIGHT_KG = 1_000_000;
  /** The largest amount of money in a rate or value, EUR. */
  public static final double MAX_EUR = 1_000_000_000;
  /** The largest multiplier: a machine's speed, a lane slowdown, a demand surge. */
  public static final double MAX_FACTOR = 1_000;
  /** The slowest machine speed. */
  public static final double MIN_SPEED = 0.001;
  /** The largest coefficient of variation of a distribution or a lane's transit time. */
  public static final double MAX_CV = 10;
  /** The largest shape parameter of a gamma or Weibull distribution. */
  public static final double MAX_SHAPE = 10_000;
  /** The largest relative change of an order rate per year (10: the rate grows elevenfold a year). */
  public static final double MAX_TREND_PER_YEAR = 10;
  /** The lowest capacity of a supplier, units per day. */
  public static final double MIN_CAPACITY_PER_DAY = 0.01;
  /** The highest cost or emissions per tonne-km of a lane. */
  public static final double MAX_PER_TONNE_KM = 1_000;
  /** The largest holding rate, as a share of unit value per year. */
  public static final double MAX_HOLDING_RATE = 100;
  /** The largest relative weight of a hazard. */
  public static final double MAX_HAZARD_WEIGHT = 1_000_000;

  /** A duration that may be 0: from 0 to {@link #MAX_DURATION_MS}. */
  public static final Range TIME_SPAN = Range.closed(0, MAX_DURATION_MS);
  /** A duration greater than 0, at most {@link #MAX_DURATION_MS}. */
  public static final Range POSITIVE_TIME = Range.aboveUpTo(0, MAX_DURATION_MS);
  /** A number of units in an order size. */
  public static final Range ORDER_UNITS = Range.closed(0, MAX_ORDER_UNITS);
  /** A coefficient of variation of a distribution. */
  public static final Range CV = Range.aboveUpTo(0, MAX_CV);
  /** A shape parameter of a distribution. */
  public static final Range SHAPE = Range.aboveUpTo(0, MAX_SHAPE);
  /** A money amount. */
  public static final Range MONEY = Range.closed(0, MAX_EUR);

  static final List<String> PROCESSES = words(ProcessType.class);
  static final List<String> NODE_KINDS = words(NodeKind.class);
  static final List<String> MODES = words(TransportMode.class);
  static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  static final List<String> STOCK_POLICIES = List.of("s-S", "r-Q", "base-stock");
  static final List<String> DISRUPTION_TYPES = List.of("node-outage", "capacity-loss", "regional-disaster",
      "border-closure", "lane-closure", "lane-slowdown", "supplier-failure", "demand-surge", "platform-outage",
      "platform-stale", "stock-destroyed");
  static final List<String> DISTRIBUTION_KINDS =
      List.of("deterministic", "exponential", "lognormal", "gamma", "weibull", "triangular", "uniform", "empirical");

  private static final FieldType NUMBER = new FieldType.Decimal();
  private static final FieldType INTEGER = new FieldType.Int();
  private static final FieldType NAME = new FieldType.Name();
  private static final FieldType TEXT = new FieldType.Text();
  private static final FieldType DURATION = new FieldType.Duration();
  private static final FieldType TIME = new FieldType.Distribution(true);
  private static final FieldType LOCATION = new FieldType.Mapping("location");
  private static final Range UNITS = Range.closed(0, MAX_UNITS);
  private static final Range POSITIVE_UNITS = Range.closed(1, MAX_UNITS);

  // Values used throughout.
  public static final Section LOCATION_SECTION = section("location", "location",
      "A place in decimal degrees (WGS84).",
      number("lat", "degrees", "latitude, north positive").within(Range.closed(-90, 90))
          .expecting("a latitude in degrees, a number from -90 to 90"),
      number("lon", "degrees", "longitude, east positive").within(Range.closed(-180, 180))
          .expecting("a longitude in degrees, a number from -180 to 180"));
  public static final Section RULE = section("rule", "rule mapping",
      "A rule with parameters; a rule is also written as its bare name.",
      field("rule", NAME, "", "the rule's name: a built-in or an installed plug-in"),
      field("params", new FieldType.MapOf(List.of("any parameter name"), TEXT), "",
          "the rule's parameters, each checked by the rule").orAbsent("none"));
  public static final Section DISTRIBUTION = section("distribution", "distribution mapping",
      "A random quantity: `kind` and that kind's parameters (a bare value is always that value). In a time"
          + " distribution the parameters other than `cv` and `shape` are durations up to 100000w, in an order size"
          + " numbers of units up to 1000000; so is the mean.",
      field("kind", new FieldType.Words(DISTRIBUTION_KINDS), "", "the distribution"),
      field("value", TEXT, "", "deterministic: the value").requiredFor("deterministic"),
      field("mean", TEXT, "", "exponential, lognormal, gamma, weibull: the mean; greater than 0")
          .requiredFor("exponential, lognormal"),
      number("cv", "", "lognormal, gamma: coefficient of variation").within(CV).requiredFor("lognormal"),
      number("shape", "", "gamma, weibull: shape").within(SHAPE).requiredFor("weibull"),
      field("scale", TEXT, "", "gamma, weibull: scale; greater than 0").orAbsent("none"),
      field("min", TEXT, "", "triangular, uniform: the least value").requiredFor("triangular, uniform"),
      field("mode", TEXT, "", "triangular: the most likely value").requiredFor("triangular"),
      field("max", TEXT, "", "triangular, uniform: the greatest value").requiredFor("triangular, uniform"),
      field("values", new FieldType.ListOf(TEXT, true), "", "empirical: the values, each drawn with equal chance")
          .requiredFor("empirical"));

  // Products.
  public static final Section BOM_LINE = section("products[].bom[]", "bill-of-materials line",
      "A component bought from suppliers, per unit of product.",
      field("component", new FieldType.Reference("a component some supplier lists", List.of()), "",
          "the component; each once per bill of materials")
          .expecting("a component id of lower-case letters, digits and '-', not starting with '-' (e.g. steel-bar)"),
      integer("quantity", "units", "units of the component per unit of product").within(Range.closed(1, MAX_COUNT))
          .expecting("a quantity per unit of product, an integer from 1 to " + MAX_COUNT));
  public static final Section REWORK = section("products[].routing[].rework", "rework",
      "A loop back after the step: an inspection that finds a defect sends the job to an earlier step.",
      number("probability", "", "the chance that a job goes back after this step").within(Range.fromBelow(0, 1))
          .expecting("a probability, a number from 0 to below 1"),
      integer("toStep", "", "the step it goes back to: its position in the routing, 0 for the first; this"
          + " step or an earlier one").within(Range.closed(0, MAX_COUNT))
          .expecting("a step of the routing, an integer from 0 (the first step)"));
  public static final Section STEP = section("products[].routing[]", "routing step",
      "A process step, done on a machine capable of it.",
      field("process", new FieldType.Words(PROCESSES), "", "the process"),
      field("time", TIME, "", "processing time per unit on a machine of speed 1")
          .expecting("a time distribution (e.g. 25min)"),
      field("setup", TIME, "", "set-up time: a duration, or a time distribution drawn for each set-up")
          .orDefault("0s").expecting("a set-up time: a duration (e.g. 30min) or a time distribution"),
      field("setupOnChange", new FieldType.Bool(), "",
          "true: the machine sets up when its previous job was another product or variant").orDefault("true"),
      integer("setupEvery", "jobs", "the machine also sets up after this many jobs since its last set-up")
          .within(Range.closed(1, MAX_COUNT)).orAbsent("never by count")
          .expecting("a number of jobs, an integer from 1 to " + MAX_COUNT),
      field("rework", new FieldType.Mapping(REWORK.name()), "", "a loop back to an earlier step")
          .orAbsent("none"));
  public static final Section PRODUCT = section("products[]", "product", "A product sold to the regions.",
      field("id", NAME, "", "unique among products")
          .expecting("a product id of lower-case letters, digits and '-', not starting with '-' (e.g. impeller)"),
      number("weightKg", "kg", "weight per unit").within(Range.aboveUpTo(0, MAX_WEIGHT_KG))
          .expecting("a weight in kg per unit, a number greater than 0"),
      number("valueEur", "EUR", "value per unit; the basis of holding cost").within(MONEY)
          .expecting("a value in EUR per unit, a number 0 or more"),
      field("stocked", new FieldType.Bool(), "",
          "true: make-to-stock, served from a distribution centre; false: make-to-order").orDefault("false"),
      integer("variants", "", "customisation variants; a change of variant needs the step's set-up")
          .within(Range.closed(1, MAX_COUNT)).orDefault("1")
          .expecting("a number of variants, an integer from 1 to " + MAX_COUNT),
      field("bom", new FieldType.ListOf(new FieldType.Mapping(BOM_LINE.name()), false), "",
          "the bill of materials").orAbsent("none").expecting("a list of bill-of-materials lines"),
      field("routing", new FieldType.ListOf(new FieldType.Mapping(STEP.name()), true), "", "the process steps in order")
          .expecting("a non-empty list of routing steps"));

  // Machine types.
  public static final Section FAILURES = section("machineTypes[].failures", "failures",
      "Breakdowns; a job interrupted by one resumes when the machine is repaired.",
      field("timeBetween", TIME, "", "time to the next failure (MTBF); its mean greater than 0"),
      field("repair", TIME, "", "time to repair (MTTR)"),
      field("basis", new FieldType.Words(words(FailureBasis.class)), "",
          "operating: only processing wears the machine; calendar: every hour counts").orDefault("operating"));
  public static final Section MACHINE_TYPE = section("machineTypes[]", "machine type", "A kind of machine.",
      field("id", NAME, "", "unique among machine types")
          .expecting("a machine type id of lower-case letters, digits and '-', not starting with '-' (e.g. cnc-5axis)"),
      field("capabilities", new FieldType.ListOf(new FieldType.Words(PROCESSES), true), "",
          "the processes it can do, each once"),
      number("speed", "", "processing-rate multiplier").within(Range.closed(MIN_SPEED, MAX_FACTOR)).orDefault("1")
          .expecting("a speed multiplier, a number greater than 0"),
      number("scrapProbability", "", "chance that a unit comes out scrap at a step").within(Range.fromBelow(0, 1))
          .orDefault("0").expecting("a scrap probability, a number from 0 to below 1"),
      field("failures", new FieldType.Mapping(FAILURES.name()), "", "breakdowns").orAbsent("never fails"));

  // Nodes.
  public static final Section MACHINE_GROUP = section("nodes[].machines[]", "machine group",
      "Machines of one type at a node.",
      field("type", new FieldType.Reference("a machine type", List.of()), "", "the machine type; each once per node"),
      integer("count", "machines", "machines of that type").within(Range.closed(1, MAX_COUNT))
          .expecting("a number of machines, an integer from 1 to " + MAX_COUNT));
  public static final Section SHIFTS = section("nodes[].shifts", "shifts",
      "The same daily working window on the listed days; a shift cannot pass midnight.",
      field("days", new FieldType.ListOf(new FieldType.Words(DAYS), true), "", "working days, each once"),
      field("from", new FieldType.TimeOfDay(), "", "start of the window, 00:00 … 23:59"),
      field("to", new FieldType.TimeOfDay(), "", "end of the window, after from, at most 24:00"));
  public static final Section COMPONENT_STOCK = section("nodes[].componentStock", "component stock",
      "The (s, S) policy for the components a producer buys; stock starts at orderUpTo.",
      integer("reorderPoint", "units", "s: order when the inventory position falls to it").within(UNITS),
      integer("orderUpTo", "units", "S: order up to it; greater than reorderPoint").within(POSITIVE_UNITS));
  public static final Section SOURCING = section("nodes[].sourcing[]", "sourcing rule",
      "Where a plant or microfactory buys a component: a primary supplier, a backup it turns to once the primary has"
          + " been failed (a supplier-failure disruption) for switchOver, and, with split, both at once (dual sourcing);"
          + " the rule is in docs/model.md (Sourcing).", join(List.of(
      field("component", NAME, "", "the component; each once per node; primary and backup must both supply it")
          .orAbsent("every component the primary supplies that no other rule of the node names; the backup must"
              + " supply each of them")
          .expecting("a component id of lower-case letters, digits and '-', not starting with '-' (e.g. steel-bar)"),
      field("primary", new FieldType.Reference("a supplier", List.of()), "", "the supplier orders go to first")
          .expecting("the id of a supplier declared in suppliers (e.g. supplier-steel)"),
      field("backup", new FieldType.Reference("a supplier", List.of()), "",
          "the supplier orders go to while the primary is known to be down; not the primary")
          .expecting("the id of a supplier declared in suppliers, not the primary")),
      switching("the primary", "fails", "supplier")));
  public static final Section BACKUP = section("nodes[].backup", "backup source",
      "A distribution centre's second source: another node it orders from once its replenishFrom has been out (a"
          + " disruption) for switchOver, and, with split, both at once; the rule of component sourcing, with nodes"
          + " (docs/model.md, Stock chains).", join(List.of(
      field("from", new FieldType.Reference("a node", List.of()), "",
          "the backup: a plant or microfactory that can make what the centre stocks, or a distribution centre that"
              + " stocks it; not the centre itself nor its replenishFrom")
          .expecting("the id of another node declared in nodes, not replenishFrom")),
      switching("replenishFrom", "goes out", "source"),
      List.of(field("shippingDelay", DURATION, "", "how long a lot from the backup takes, fixed")
          .within(POSITIVE_TIME).orAbsent("the lane's transit time"))));
  public static final Section STOCK_RULE = section("nodes[].stock[]", "stock rule",
      "One make-to-stock product kept by a distribution centre, reviewed continuously by the built-ins with flat fields, "
          + "periodically by the rules r-s, r-s-s, forecast-order-up-to, anchor-and-adjust and scripted-orders (rule form only); "
          + "a field of another policy is an error.",
      field("product", new FieldType.Reference("a product with stocked: true", List.of()), "",
          "the product; each once per distribution centre"),
      field("policy", new FieldType.Rule(STOCK_POLICIES), "",
          "the replenishment rule; a built-in with the fields below, or {rule: NAME, params: {...}}, "
              + "e.g. {rule: r-s, params: {period: 1w, orderUpTo: 40}} (docs/plugins.md)"),
      integer("reorderPoint", "units", "s or r (s-S, r-Q)").within(UNITS).requiredFor("s-S, r-Q"),
      integer("orderUpTo", "units", "S, greater than reorderPoint (s-S)").within(POSITIVE_UNITS).requiredFor("s-S"),
      integer("quantity", "units", "Q, the lot size (r-Q)").within(POSITIVE_UNITS).requiredFor("r-Q"),
      integer("level", "units", "the base-stock level (base-stock)").within(POSITIVE_UNITS).requiredFor("base-stock"),
      integer("initial", "units", "units on hand at time 0").within(UNITS)
          .orAbsent("orderUpTo; reorderPoint + quantity; level"),
      field("inTransit", new FieldType.ListOf(INTEGER, false), "units",
          "lots already shipped to it at time 0, each 0 or more; of n lots, lot i arrives at i × shippingDelay / n; "
              + "on order").orAbsent("none"),
      field("ordersInTransit", new FieldType.ListOf(INTEGER, false), "units",
          "its orders not yet received by replenishFrom at time 0, each 0 or more; of n, order i arrives at "
              + "i × orderDelay / n; on order").orAbsent("none"),
      integer("backlog", "units", "units owed at time 0 to the one distribution centre refilled from this one")
          .within(UNITS).orDefault("0"),
      number("holdingCost", "EUR per unit per period", "cost of a unit on hand at the end of a period; needs the "
          + "node's period").within(MONEY).orDefault("0"),
      number("backlogCost", "EUR per unit per period", "cost of a unit owed at the end of a period; needs the "
          + "node's period").within(MONEY).orDefault("0"),
      field("lostSales", new FieldType.Bool(), "",
          "a customer order it cannot fill at once is lost instead of backordered").orDefault("false"));
  public static final Section NODE = section("nodes[]", "node",
      "A plant or microfactory (makes products) or a distribution centre (holds stock); a field of the other kind is an error.",
      field("id", NAME, "", "unique among nodes, suppliers and regions; not platform")
          .expecting("a node id of lower-case letters, digits and '-', not starting with '-' (e.g. plant-lyon)"),
      field("kind", new FieldType.Words(NODE_KINDS), "", "what the node is"),
      field("location", LOCATION, "", "where it is").expecting("a location: a mapping with the fields lat, lon"),
      field("machines", new FieldType.ListOf(new FieldType.Mapping(MACHINE_GROUP.name()), true), "",
          "machine groups (plant, microfactory)").requiredFor("plant, microfactory")
          .expecting("a non-empty list of machine groups"),
      field("discipline", new FieldType.Rule(words(Discipline.class)), "",
          "the dispatch rule: the order machines take waiting jobs in (plant, microfactory)").orDefault("fifo"),
      field("unitCostEur", new FieldType.MapOf(PROCESSES, NUMBER), "EUR per unit",
          "cost per unit per step made here, by process; a process not listed costs 0 (plant, microfactory)")
          .within(MONEY).orAbsent("all 0"),
      number("fixedCostEurPerDay", "EUR per day", "fixed cost").within(MONEY).orDefault("0")
          .expecting("a cost in EUR per day, a number 0 or more"),
      number("quality", "", "quality rating; the platform skips nodes below its minQuality")
          .within(Range.closed(0, 1)).orDefault("1").expecting("a quality rating, a number from 0 to 1"),
      field("shifts", new FieldType.Mapping(SHIFTS.name()), "", "when the machines work (plant, microfactory)")
          .orAbsent("around the clock"),
      field("componentStock", new FieldType.Mapping(COMPONENT_STOCK.name()), "",
          "the (s, S) policy for bought components (plant, microfactory)").orAbsent("none"),
      field("sourcing", new FieldType.ListOf(new FieldType.Mapping(SOURCING.name()), false), "",
          "primary and backup suppliers per component (plant, microfactory)")
          .orAbsent("each component from the nearest supplier of it").expecting("a list of sourcing rules"),
      field("replenishFrom", new FieldType.Reference("a node", List.of()), "",
          "the node that refills its stock: a plant, microfactory or another distribution centre "
              + "(distribution centre)").requiredFor("distribution-centre")
          .expecting("the id of another node that refills this distribution centre"),
      field("stock", new FieldType.ListOf(new FieldType.Mapping(STOCK_RULE.name()), true), "",
          "stock rules (distribution centre)").requiredFor("distribution-centre")
          .expecting("a non-empty list of stock rules"),
      field("orderDelay", DURATION, "", "how long its orders take to reach replenishFrom (distribution centre)")
          .within(POSITIVE_TIME).orAbsent("the platform's orderLatency"),
      field("shippingDelay", DURATION, "", "how long a lot from replenishFrom takes to arrive, fixed "
          + "(distribution centre)").within(POSITIVE_TIME).orAbsent("the lane's transit time"),
      field("period", DURATION, "", "the period of its statistics and costs, recorded at the end of each period "
          + "after everything else then (distribution centre)").within(POSITIVE_TIME).orAbsent("none"),
      field("backup", new FieldType.Mapping(BACKUP.name()), "", "a second source and when orders go to it "
          + "(distribution centre)").orAbsent("none"));

  // Suppliers.
  public static final Section SUPPLIER = section("suppliers[]", "supplier",
      "A source of components; orders queue for its capacity in arrival order.",
      field("id", NAME, "", "unique among nodes, suppliers and regions; not platform")
          .expecting("a supplier id of lower-case letters, digits and '-', not starting with '-' (e.g. supplier-steel)"),
      field("location", LOCATION, "", "where it is").expecting("a location: a mapping with the fields lat, lon"),
      field("components", new FieldType.ListOf(NAME, true), "", "the component ids it supplies, each once")
          .expecting("a non-empty list of component ids"),
      field("leadTime", TIME, "", "from having capacity for an order to dispatching it")
          .expecting("a time distribution (e.g. {kind: lognormal, mean: 5d, cv: 0.3})"),
      number("capacityPerDay", "units per day", "units it can take on per day")
          .within(Range.closed(MIN_CAPACITY_PER_DAY, MAX_UNITS))
          .expecting("a capacity in units per day, a number greater than 0"));

  // Regions.
  public static final Section SEASONALITY = section("regions[].demand[].seasonality", "seasonality",
      "A yearly cosine on the order rate.",
      number("amplitude", "", "relative swing of the rate").within(Range.fromBelow(0, 1))
          .expecting("a seasonal amplitude, a number from 0 to below 1"),
      number("peakDay", "day of the year", "the day of the peak; day 0 is the first day of the run")
          .within(Range.closed(0, 365)).expecting("a day of the year, a number from 0 to 365"));
  public static final Section DEMAND_LINE = section("regions[].demand[]", "demand line",
      "A stream of orders for one product, by default Poisson.",
      field("product", new FieldType.Reference("a product", List.of()), "", "the product; each once per region"),
      number("ordersPerDay", "orders per day", "the base rate")
          .within(Range.closed(MIN_ORDERS_PER_DAY, MAX_ORDERS_PER_DAY))
          .expecting("a positive number of orders per day"),
      field("seasonality", new FieldType.Mapping(SEASONALITY.name()), "", "a yearly swing of the rate")
          .orAbsent("none"),
      number("trendPerYear", "per year", "relative change of the rate per year").within(Range.aboveUpTo(-1, MAX_TREND_PER_YEAR))
          .orDefault("0").expecting("a relative change of the rate per year, a number greater than -1"),
      field("orderSize", new FieldType.Distribution(false), "units", "units per order, rounded, at least 1")
          .orDefault("1"),
      field("promisedLeadTime", DURATION, "", "the due date is the order time plus this").within(TIME_SPAN),
      field("patience", DURATION, "", "an order not delivered within this is a lost sale; greater than 0")
          .within(POSITIVE_TIME).orAbsent("endless"),
      field("generator", new FieldType.Rule(List.of("poisson", "renewal", "per-period", "replay")), "",
          "the demand generator rule that draws arrivals and sizes: poisson, renewal (inter-arrival distribution), "
              + "per-period (a quantity per period), replay (a recorded series, file: a CSV relative to the scenario); "
              + "params in docs/plugins.md").orDefault("poisson"));
  public static final Section REGION = section("regions[]", "region", "A customer region and its demand.",
      field("id", NAME, "", "unique among nodes, suppliers and regions; not platform")
          .expecting("a region id of lower-case letters, digits and '-', not starting with '-' (e.g. region-paris)"),
      field("location", LOCATION, "", "where deliveries go").expecting("a location: a mapping with the fields lat, lon"),
      field("demand", new FieldType.ListOf(new FieldType.Mapping(DEMAND_LINE.name()), true), "",
          "demand lines, one per product").expecting("a non-empty list of demand lines"));

  // Platform, transport, costs.
  public static final Section PLATFORM = section("platform", "platform",
      "The order platform: receives every order and allocates it to a node.",
      field("location", LOCATION, "", "where it runs (for display)")
          .expecting("a location: a mapping with the fields lat, lon"),
      field("allocation", new FieldType.Rule(words(AllocationPolicy.class)), "",
          "how it picks a node among capable nodes that are up and not full").requiredFor("every platform (or policy)"),
      field("policy", new FieldType.Rule(words(AllocationPolicy.class)), "", "the older name of allocation (not both)")
          .orAbsent("see allocation"),
      field("orderLatency", DURATION, "", "delay of an order message, region → platform and platform → node")
          .within(POSITIVE_TIME),
      field("infoDelay", DURATION, "", "age of the node status reports it decides on").within(POSITIVE_TIME),
      field("statusInterval", DURATION, "", "how often nodes report their status").within(POSITIVE_TIME),
      number("maxQueuePerMachine", "jobs per machine", "a node reporting more waiting jobs per working machine is full")
          .within(Range.aboveUpTo(0, MAX_UNITS)).orAbsent("no limit")
          .expecting("a number of waiting jobs per working machine, a number greater than 0"),
      number("minQuality", "", "nodes with a lower quality are never chosen").within(Range.closed(0, 1))
          .orDefault("0").expecting("a quality rating, a number from 0 to 1"));
  public static final Section LANE = section("transport.lanes[]", "lane",
      "An explicit lane: replaces generated values for one (from, to, mode).",
      field("from", new FieldType.Reference("a supplier or node", List.of()), "", "where goods leave from"),
      field("to", new FieldType.Reference("a node or region", List.of()), "", "where goods go; not from"),
      field("mode", new FieldType.Words(MODES), "", "the mode; each (from, to, mode) once"),
      number("distanceKm", "km", "network distance; the transit time is recomputed from it unless transit is given")
          .within(Range.closed(0, MAX_DISTANCE_KM)).orAbsent("from the locations")
          .expecting("a distance in km, a number from 0 to " + (long) MAX_DISTANCE_KM),
      field("transit", DURATION, "", "mean transit time including handling; every lane takes at least 1 ms")
          .within(POSITIVE_TIME)
          .orAbsent("from the mode and distance"),
      number("transitCv", "", "coefficient of variation of the transit time").within(Range.closed(0, MAX_CV))
          .orAbsent("the mode's").expecting("a coefficient of variation, a number 0 or more"),
      number("costPerTonneKm", "EUR per t·km", "transport cost").within(Range.closed(0, MAX_PER_TONNE_KM)).orAbsent("the mode's")
          .expecting("a cost in EUR per tonne-km, a number 0 or more"),
      number("co2KgPerTonneKm", "kg CO2e per t·km", "emissions").within(Range.closed(0, MAX_PER_TONNE_KM)).orAbsent("the mode's")
          .expecting("emissions in kg CO2e per tonne-km, a number 0 or more"));
  public static final Section CONSOLIDATION = section("transport.consolidation", "consolidation",
      "When consolidated shipments leave: at a weight or after a wait, whichever comes first.",
      number("maxWeightKg", "kg", "ship when the waiting orders weigh this")
          .within(Range.aboveUpTo(0, MAX_WEIGHT_KG))
          .expecting("a weight in kg, a number greater than 0"),
      field("maxWait", DURATION, "", "or when the oldest has waited this").within(POSITIVE_TIME));
  public static final Section TRANSPORT = section("transport", "transport",
      "Lanes generated between every two places for each mode, and explicit lanes.",
      field("modes", new FieldType.ListOf(new FieldType.Words(MODES), false), "",
          "modes to generate lanes for, each once; empty only when lanes are given").orDefault("[road]"),
      field("lanes", new FieldType.ListOf(new FieldType.Mapping(LANE.name()), false), "", "explicit lanes")
          .orAbsent("none").expecting("a list of lanes"),
      field("batching", new FieldType.Words(List.of("per-order", "consolidate")), "",
          "per-order: one shipment per order; consolidate: hold orders per destination").orDefault("per-order"),
      field("consolidation", new FieldType.Mapping(CONSOLIDATION.name()), "", "when consolidated shipments leave")
          .requiredFor("batching: consolidate"));
  public static final Section COSTS = section("costs", "costs", "Cost rates.",
      number("holdingRatePerYear", "per year", "holding cost as a share of unit value, for stock and work in process")
          .within(Range.closed(0, MAX_HOLDING_RATE)).orDefault("0")
          .expecting("a share of unit value per year, a number 0 or more"),
      number("latenessPenaltyEurPerUnitDay", "EUR per unit per day", "penalty for late delivery")
          .within(MONEY).orDefault("0")
          .expecting("a penalty in EUR per unit per day late, a number 0 or more"));

  // Disruptions.
  public static final Section DISRUPTION_LANE = section("disruptions[].targets[].lane", "lane target",
      "A generator's lane target (lane-closure, lane-slowdown).",
      field("from", new FieldType.Reference("a node, supplier or region", List.of("*")), "", "one end"),
      field("to", new FieldType.Reference("a node, supplier or region", List.of("*")), "", "the other end"));
  public static final Section DISRUPTION_SITE = section("disruptions[].targets[].site", "site target",
      "A generator's regional-disaster target.",
      field("name", NAME, "", "the disaster's name"),
      field("centre", LOCATION, "", "its centre"));
  public static final Section HAZARD = section("disruptions[].hazards[]", "hazard",
      "A possible centre of a regional-hazard generator's disasters.",
      field("name", NAME, "", "the hazard's name, each once; names the disasters"),
      field("centre", LOCATION, "", "the centre"),
      number("weight", "", "relative chance of being drawn").within(Range.aboveUpTo(0, MAX_HAZARD_WEIGHT)));
  public static final Section FIXED_DISRUPTION = section("disruptions[]", "fixed disruption",
      "Something that goes wrong at a fixed time in every replication; the fields beyond type, at and for depend on the type.",
      field("type", new FieldType.Words(DISRUPTION_TYPES), "", "what happens"),
      field("at", DURATION, "", "when it starts, from the start of the run; before the horizon").within(TIME_SPAN),
      field("for", DURATION, "", "how long it lasts").within(POSITIVE_TIME).requiredFor("every type but stock-destroyed"),
      field("node", new FieldType.Reference("a node or supplier", List.of("*", "@largest")), "",
          "node-outage, capacity-loss, stock-destroyed: what stops").requiredFor("those types"),
      number("share", "", "capacity-loss: share of machines idle; stock-destroyed: share of stock lost")
          .within(Range.aboveUpTo(0, 1)).requiredFor("those types"),
      field("name", NAME, "", "regional-disaster, border-closure: its name").requiredFor("those types"),
      field("centre", LOCATION, "", "regional-disaster, border-closure: its centre").requiredFor("those types"),
      number("radiusKm", "km", "regional-disaster, border-closure: its radius")
          .within(Range.aboveUpTo(0, MAX_DISTANCE_KM)).requiredFor("those types"),
      field("from", new FieldType.Reference("a node, supplier or region", List.of("*")), "",
          "lane-closure, lane-slowdown: one end").requiredFor("those types"),
      field("to", new FieldType.Reference("a node, supplier or region", List.of("*")), "",
          "lane-closure, lane-slowdown: the other end").requiredFor("those types"),
      number("factor", "", "lane-slowdown: > 1, transit multiplier; demand-surge: ≥ 0, not 1, rate multiplier")
          .within(Range.closed(0, MAX_FACTOR)).requiredFor("those types"),
      field("supplier", new FieldType.Reference("a supplier", List.of()), "", "supplier-failure: the supplier")
          .requiredFor("that type"),
      field("region", new FieldType.Reference("a region", List.of("*")), "", "demand-surge: the region")
          .requiredFor("that type"),
      field("product", new FieldType.Reference("a product", List.of("*")), "", "demand-surge: the product")
          .requiredFor("that type"));
  public static final Section GENERATOR = section("disruptions[] (generator)", "disruption generator",
      "Draws disruptions at random in each replication: poisson (of one type, at its targets) or regional-hazard.",
      field("generate", new FieldType.Words(List.of("poisson", "regional-hazard")), "", "how disruptions are drawn"),
      field("type", new FieldType.Words(DISRUPTION_TYPES), "", "poisson: the type of every disruption")
          .requiredFor("poisson"),
      field("targets", new FieldType.ListOf(new FieldType.AnyOf(List.of(
          new FieldType.Reference("a node, supplier or region", List.of("*")),
          new FieldType.Mapping(DISRUPTION_LANE.name()), new FieldType.Mapping(DISRUPTION_SITE.name()))), true), "",
          "poisson: what each may hit, each once: ids, {from, to} lanes or {name, centre} sites")
          .requiredFor("poisson, but for platform-outage and platform-stale"),
      number("perYear", "per year", "arrivals per year, a Poisson process")
          .within(Range.closed(MIN_PER_YEAR, MAX_PER_YEAR)),
      field("duration", TIME, "", "how long each lasts; its mean > 0").requiredFor("every type but stock-destroyed"),
      number("share", "", "poisson: the type's share").within(Range.aboveUpTo(0, 1)).orAbsent("as for the type"),
      number("radiusKm", "km", "the radius of every disaster").within(Range.aboveUpTo(0, MAX_DISTANCE_KM))
          .requiredFor("regional-hazard"),
      number("factor", "", "poisson: the type's factor").within(Range.closed(0, MAX_FACTOR)).orAbsent("as for the type"),
      field("product", new FieldType.Reference("a product", List.of("*")), "", "poisson, demand-surge: the product")
          .orAbsent("as for the type"),
      field("hazards", new FieldType.ListOf(new FieldType.Mapping(HAZARD.name()), true), "",
          "regional-hazard: the possible centres").requiredFor("regional-hazard"));

  // CSV imports.
  public static final Section IMPORT = section("import", "import",
      "CSV files to take more nodes and regions from, each a path relative to this file's folder and inside it;"
          + " their entries join those written in YAML, and an id given twice is an error naming both places.",
      field("nodes", TEXT, "", "a CSV file of plants and microfactories, one per row (columns: import.nodes[])")
          .orAbsent("none").expecting("a CSV file's path, relative to this file's folder and inside it (e.g. sites.csv)"),
      field("regions", TEXT, "", "a CSV file of demand lines, one per row, grouped into regions by region id"
          + " (columns: import.regions[]); not in a scenario with a market").orAbsent("none")
          .expecting("a CSV file's path, relative to this file's folder and inside it (e.g. demand.csv)"));
  public static final Section NODE_COLUMNS = section("import.nodes[]", "row of a nodes CSV file",
      "The header row of a nodes CSV file names its columns, in any order; an empty optional cell takes the"
          + " default. Each row is a plant or microfactory, checked as a node written in YAML.",
      field("id", NAME, "", "the node's id, as nodes[].id"),
      field("kind", new FieldType.Words(List.of("plant", "microfactory")), "", "what the node is; a"
          + " distribution centre needs stock rules, so it is written in YAML"),
      number("lat", "degrees", "latitude, as location.lat").within(Range.closed(-90, 90)),
      number("lon", "degrees", "longitude, as location.lon").within(Range.closed(-180, 180)),
      field("machines", TEXT, "", "machine groups as TYPE:COUNT separated by ';', e.g. cnc:3;lathe:2"),
      field("discipline", new FieldType.Words(words(Discipline.class)), "", "as nodes[].discipline").orDefault("fifo"),
      number("fixedCostEurPerDay", "EUR per day", "as nodes[].fixedCostEurPerDay").within(MONEY).orDefault("0"),
      number("quality", "", "as nodes[].quality").within(Range.closed(0, 1)).orDefault("1"));
  public static final Section REGION_COLUMNS = section("import.regions[]", "row of a regions CSV file",
      "The header row of a regions CSV file names its columns, in any order; an empty optional cell takes the"
          + " default. Each row is one demand line; the rows of one region (the same region id) give the same"
          + " lat and lon and each product once. Each region is checked as one written in YAML.",
      field("region", NAME, "", "the region's id, as regions[].id"),
      number("lat", "degrees", "latitude, as regions[].location.lat").within(Range.closed(-90, 90)),
      number("lon", "degrees", "longitude, as regions[].location.lon").within(Range.closed(-180, 180)),
      field("product", NAME, "", "the product, as regions[].demand[].product"),
      number("ordersPerDay", "orders per day", "the base rate, as regions[].demand[].ordersPerDay")
          .within(Range.closed(MIN_ORDERS_PER_DAY, MAX_ORDERS_PER_DAY)),
      number("orderSize", "units", "units per order, a fixed number (a distribution is written in YAML)")
          .within(ORDER_UNITS).orDefault("1"),
      field("promisedLeadTime", DURATION, "", "as regions[].demand[].promisedLeadTime, e.g. 3d").within(TIME_SPAN),
      field("patience", DURATION, "", "as regions[].demand[].patience").within(POSITIVE_TIME).orAbsent("endless"),
      number("trendPerYear", "per year", "as regions[].demand[].trendPerYear")
          .within(Range.aboveUpTo(-1, MAX_TREND_PER_YEAR)).orDefault("0"));

  // Whole files.
  public static final Section SCENARIO = section("scenario", "scenario file (top level)",
      "One network to simulate and how to run it.",
      integer("format", "", "the format of the file").within(Range.closed(2, 2)),
      field("kind", new FieldType.Words(List.of("scenario")), "", "what the file is").orDefault("scenario"),
      field("name", NAME, "", "the scenario's name")
          .expecting("a scenario name of lower-case letters, digits and '-', not starting with '-' (e.g. tiny-factory)"),
      field("description", TEXT, "", "free text for people").orDefault("\"\""),
      field("horizon", DURATION, "", "simulated time per replication").within(POSITIVE_TIME),
      integer("seed", "", "the master seed").orDefault("1")
          .expecting("an integer seed from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE),
      integer("replications", "", "replications of the run").within(Range.closed(1, MAX_REPLICATIONS)).orDefault("1")
          .expecting("a number of replications, an integer from 1 to " + MAX_REPLICATIONS),
      field("market", TEXT, "", "a market file to take products and regions from, relative to this file's folder")
          .orAbsent("none"),
      field("products", new FieldType.ListOf(new FieldType.Mapping(PRODUCT.name()), true), "", "the products")
          .requiredFor("files without market").expecting("a non-empty list of products"),
      field("machineTypes", new FieldType.ListOf(new FieldType.Mapping(MACHINE_TYPE.name()), true), "",
          "the machine types").expecting("a non-empty list of machine types"),
      field("import", new FieldType.Mapping(IMPORT.name()), "", "CSV files of more nodes and regions")
          .orAbsent("none"),
      field("nodes", new FieldType.ListOf(new FieldType.Mapping(NODE.name()), true), "",
          "plants, microfactories and distribution centres").requiredFor("files without import.nodes")
          .expecting("a non-empty list of nodes"),
      field("suppliers", new FieldType.ListOf(new FieldType.Mapping(SUPPLIER.name()), false), "",
          "suppliers of components; needed when a product has a bill of materials").orAbsent("none")
          .expecting("a list of suppliers"),
      field("regions", new FieldType.ListOf(new FieldType.Mapping(REGION.name()), true), "", "the customer regions")
          .requiredFor("files without market or import.regions").expecting("a non-empty list of regions"),
      field("platform", new FieldType.Mapping(PLATFORM.name()), "", "the order platform")
          .expecting("the order platform: a mapping with the fields " + String.join(", ", PLATFORM.names())),
      field("transport", new FieldType.Mapping(TRANSPORT.name()), "", "modes and lanes")
          .orAbsent("road lanes, one shipment per order"),
      field("costs", new FieldType.Mapping(COSTS.name()), "", "cost rates").orAbsent("no holding cost, no penalty"),
      field("disruptions", new FieldType.ListOf(new FieldType.Mapping(FIXED_DISRUPTION.name()), false), "",
          "fixed disruptions and generators").orAbsent("none"));
  public static final Section MARKET = section("market", "market file (top level)",
      "Products, regions and their demand, named by scenarios with market: FILE.",
      integer("format", "", "the format of the file").within(Range.closed(2, 2)),
      field("kind", new FieldType.Words(List.of("market")), "", "what the file is"),
      field("description", TEXT, "", "free text for people").orDefault("\"\""),
      field("products", new FieldType.ListOf(new FieldType.Mapping(PRODUCT.name()), true), "", "the products"),
      field("regions", new FieldType.ListOf(new FieldType.Mapping(REGION.name()), true), "", "the customer regions"));
  public static final Section VARIANT = section("variants[]", "variant",
      "A network design: a scenario file and overrides of its fields.",
      field("name", NAME, "", "the variant's name in tables and output files; each once"),
      field("file", TEXT, "", "a scenario file, relative to the experiment file's folder"),
      field("set", new FieldType.ListOf(TEXT, false), "", "overrides PATH=VALUE, applied to this variant only")
          .orAbsent("none"));
  public static final Section CASE = section("cases[]", "case", "A set of disruptions every variant runs under.",
      field("name", NAME, "", "the case's name in tables and output files; each once"),
      field("disruptions", new FieldType.ListOf(new FieldType.Mapping(FIXED_DISRUPTION.name()), false), "",
          "fixed disruptions and generators, as in a scenario").orAbsent("none (a baseline)"));
  public static final Section EXPERIMENT = section("experiment", "experiment file (top level)",
      "Network designs of one market (variants) under sets of disruptions (cases).",
      integer("format", "", "the format of the file").within(Range.closed(2, 2)),
      field("kind", new FieldType.Words(List.of("experiment")), "", "what the file is"),
      field("name", NAME, "", "the experiment's name"),
      field("description", TEXT, "", "free text for people").orDefault("\"\""),
      integer("seed", "", "the master seed of every run").orDefault("1"),
      integer("replications", "", "replications of each variant under each case")
          .within(Range.closed(1, MAX_REPLICATIONS)).orDefault("1"),
      field("warmup", DURATION, "", "the start of each run left out of every indicator").within(TIME_SPAN)
          .orDefault("0s"),
      field("horizon", DURATION, "", "the length of every run").within(POSITIVE_TIME)
          .orAbsent("the variants' (all the same)"),
      field("variants", new FieldType.ListOf(new FieldType.Mapping(VARIANT.name()), true), "", "the designs"),
      field("cases", new FieldType.ListOf(new FieldType.Mapping(CASE.name()), true), "", "the sets of disruptions"));

  public static final Section SIZING = section("sizing", "sizing file (top level)",
      "The smallest distributed design meeting a target with a stated confidence (dmsim size, docs/sizing.md).",
      integer("format", "", "the format of the file").within(Range.closed(2, 2)),
      field("kind", new FieldType.Words(List.of("sizing")), "", "what the file is"),
      field("name", NAME, "", "the study's name"),
      field("description", TEXT, "", "free text for people").orDefault("\"\""),
      field("design", TEXT, "", "the distributed design's scenario file, relative to this file's folder; without"
          + " disruptions (they belong to the cases)"),
      field("size", new FieldType.Words(List.of("sites", "machines")), "",
          "what k counts: sites, the candidate sites kept (the first k in placement order); machines, the machines"
              + " in every machine group of every candidate (docs/sizing.md)").orDefault("sites"),
      field("candidates", new FieldType.ListOf(new FieldType.Reference("a node", List.of()), true), "",
          "with size: sites, the sites the design with k sites chooses from (a node that another node refers to,"
              + " replenishFrom or backup, cannot be one); with size: machines, the plants and microfactories whose"
              + " machine groups get k machines each").orAbsent("sites: the design's microfactories that no other node"
              + " refers to; machines: every plant and microfactory"),
      field("placement", new FieldType.Words(List.of("largest-demand", "listed")), "",
          "the order sites open in (size: sites only): largest-demand ranks each candidate by the orders per day of"
              + " its nearest region, largest first, ties by id; listed keeps the candidates' order")
          .orDefault("largest-demand"),
      integer("from", "", "the smallest k tried: candidate sites, or machines per group")
          .within(Range.closed(1, MAX_COUNT)).orDefault("1"),
      integer("to", "", "the largest k tried: candidate sites (at most the candidates), or machines per group"
          + " (required with size: machines)").within(Range.closed(1, MAX_COUNT)).orAbsent("sites: every candidate"),
      integer("seed", "", "the master seed of every run; every design sees the same replications").orDefault("1"),
      field("warmup", DURATION, "", "the start of each run left out of every indicator").within(TIME_SPAN)
          .orDefault("0s"),
      field("horizon", DURATION, "", "the length of every run").within(POSITIVE_TIME).orAbsent("the design's"),
      field("indicator", TEXT, "", "a column of kpis.csv, higher is better (docs/metrics.md)")
          .orDefault("fill_during_disruption"),
      number("target", "", "the indicator's target: a design meets it when the indicator is at or above it"),
      number("confidence", "", "the one-sided confidence of each decision").within(Range.closed(0.6, 0.999))
          .orDefault("0.95"),
      integer("batch", "", "replications added to a design at each look").within(Range.closed(2, MAX_REPLICATIONS))
          .orDefault("5"),
      integer("maxReplications", "", "the cap of replications per design; a design still undecided there is"
          + " reported undecided").within(Range.closed(2, MAX_REPLICATIONS)).orDefault("40"),
      field("cases", new FieldType.ListOf(new FieldType.Mapping(CASE.name()), true), "",
          "the sets of disruptions every design runs under; a replication's indicator is its mean over them"));

  /** Every section, in the order of the reference. */
  public static final List<Section> SECTIONS = List.of(SCENARIO, MARKET, EXPERIMENT, SIZING, PRODUCT, BOM_LINE, STEP, REWORK,
      MACHINE_TYPE, FAILURES, NODE, MACHINE_GROUP, SHIFTS, COMPONENT_STOCK, SOURCING, BACKUP, STOCK_RULE, SUPPLIER, REGION,
      DEMAND_LINE, SEASONALITY, IMPORT, NODE_COLUMNS, REGION_COLUMNS, PLATFORM, TRANSPORT, LANE, CONSOLIDATION, COSTS, FIXED_DISRUPTION, GENERATOR, HAZARD,
      DISRUPTION_LANE, DISRUPTION_SITE, VARIANT, CASE, LOCATION_SECTION, DISTRIBUTION, RULE);

  /** The sections that describe the columns of imported CSV files, not mappings of a YAML file. */
  public static final List<Section> CSV_SECTIONS = List.of(NODE_COLUMNS, REGION_COLUMNS);

  private ScenarioFormat() {
  }

  /** The section called {@code name}. */
  public static Section section(String name) {
    return SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no section " + name));
  }

  private static Section section(String name, String title, String description, Field... fields) {
    return new Section(name, title, description, List.of(fields));
  }

  private static Section section(String name, String title, String description, List<Field> fields) {
    return new Section(name, title, description, fields);
  }

  /** The fields of {@code parts}, in order. */
  @SafeVarargs
  private static List<Field> join(List<Field>... parts) {
    List<Field> all = new java.util.ArrayList<>();
    for (List<Field> part : parts) {
      all.addAll(part);
    }
    return List.copyOf(all);
  }

  /**
   * The fields of switching between a primary and a backup source — {@code switchOver}, {@code switchBack},
   * {@code switchBackDelay}, {@code split} — shared by component sourcing and a distribution centre's
   * backup; {@code primary} names the primary, {@code fails} what it does, {@code source} a source.
   */
  private static List<Field> switching(String primary, String fails, String source) {
    return List.of(
        field("switchOver", DURATION, "", "how long after " + primary + " " + fails + " orders start going to the"
            + " backup; an outage no longer than this is never noticed").within(TIME_SPAN).orDefault("0s"),
        field("switchBack", new FieldType.Words(List.of("on-recovery", "never")), "",
            "on-recovery: back to " + primary + " once it is up again (after switchBackDelay); never: stay with the"
                + " source in use until it " + fails + " in turn").orDefault("on-recovery"),
        field("switchBackDelay", DURATION, "", "how long after a failed " + source + " is up again it counts as up")
            .within(TIME_SPAN).orDefault("0s"),
        number("split", "", "dual sourcing: the share of each order's units for " + primary + ", the rest to the"
            + " backup, split by running totals (no randomness); while one is known down the other gets all")
            .within(Range.open(0, 1)).orAbsent("single sourcing")
            .expecting("a share for " + primary + ", a number above 0 and below 1 (e.g. 0.7)"));
  }

  private static Field field(String name, FieldType type, String unit, String description) {
    return new Field(name, type, unit, new Presence.Required(), Range.ANY, description, description);
  }

  private static Field number(String name, String unit, String description) {
    return field(name, NUMBER, unit, description);
  }

  private static Field integer(String name, String unit, String description) {
    return field(name, INTEGER, unit, description);
  }

  private static <E extends Enum<E>> List<String> words(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(Names.of(e));
    }
    return List.copyOf(out);
  }
}
