package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ManufacturingReader.MAX_UNITS;
import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.Echelon;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.ShiftCalendar;
import org.dmsim.model.mfg.spec.SourcingRule;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;

/**
 * Reads the {@code nodes} of a scenario: plants and microfactories with their machine groups, queue
 * discipline, costs, shifts and component stock, and distribution centres with their source; a node's
 * stock rules are read by {@link StockRuleReader}, its sourcing and a centre's link (delays, period,
 * backup) by {@link SupplyReader}. Which fields a node may have depends on its kind, read first.
 * Declares node ids and kinds in {@link Declarations} and hands over the checks of machine types,
 * sources and stocked products.
 */
final class NodeReader {
  static final List<String> NODE_FIELDS = ScenarioFormat.NODE.names();
  /** The fields only distribution centres have, and those only plants and microfactories have. */
  private static final List<String> CENTRE_ONLY = List.of("replenishFrom", "stock", "orderDelay", "shippingDelay", "period",
      "backup");
  private static final List<String> PRODUCER_ONLY = List.of("machines", "discipline", "unitCostEur", "shifts",
      "componentStock", "sourcing");
  static final List<String> PRODUCER_FIELDS = NODE_FIELDS.stream().filter(n -> !CENTRE_ONLY.contains(n)).toList();
  static final List<String> CENTRE_FIELDS = NODE_FIELDS.stream().filter(n -> !PRODUCER_ONLY.contains(n)).toList();
  static final List<String> GROUP_FIELDS = ScenarioFormat.MACHINE_GROUP.names();
  static final List<String> SHIFT_FIELDS = ScenarioFormat.SHIFTS.names();
  static final List<String> COMPONENT_STOCK_FIELDS = ScenarioFormat.COMPONENT_STOCK.names();
  static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final String NODE = ValueReader.mapping("a node", NODE_FIELDS);
  static final String NODE_ID = ValueReader.named("a node id", "plant-lyon");
  private static final String MACHINES = ScenarioFormat.NODE.field("machines").expected();
  private static final String GROUP = ValueReader.mapping("a machine group", GROUP_FIELDS);
  private static final Field COUNT = ScenarioFormat.MACHINE_GROUP.field("count");
  private static final String UNIT_COSTS =
      "unit costs: a mapping from process (" + Names.list(ProcessType.class) + ") to EUR per unit";
  private static final String UNIT_COST = "a cost in EUR per unit, a number 0 or more";
  private static final Field FIXED_COST = ScenarioFormat.NODE.field("fixedCostEurPerDay");
  private static final Field QUALITY = ScenarioFormat.NODE.field("quality");
  private static final Field DISCIPLINE = ScenarioFormat.NODE.field("discipline");
  private static final String SHIFTS = ValueReader.mapping("shifts", SHIFT_FIELDS);
  private static final String DAY_LIST = "a non-empty list of days, each one of: " + String.join(", ", DAYS);
  private static final String FROM = "a time of day HH:MM from 00:00 to 23:59 (e.g. \"06:00\")";
  private static final String TO = "a time of day HH:MM from 00:01 to 24:00 (e.g. \"22:00\")";
  private static final String COMPONENT_STOCK = ValueReader.mapping("a component stock policy", COMPONENT_STOCK_FIELDS);
  private static final String UNITS = "a number of units, an integer from 0 to " + MAX_UNITS;
  private static final String STOCK = ScenarioFormat.NODE.field("stock").expected();
  private static final Pattern TIME_OF_DAY = Pattern.compile("([0-9]{1,2}):([0-9]{2})");

  private final ValueReader in;
  private final Problems problems;
  private final Declarations ids;
  private final StockRuleReader stockRules;
  private final SupplyReader supply;

  NodeReader(ValueReader in, Declarations ids) {
    this.in = in;
    this.problems = in.problems();
    this.ids = ids;
    this.stockRules = new StockRuleReader(in, ids);
    this.supply = new SupplyReader(in, ids);
  }

  Optional<NodeSpec> node(Value value) {
    int before = problems.count();
    Optional<NodeKind> peeked = ValueReader.peek(value, "kind").map(k -> Names.parse(NodeKind.class, k));
    List<String> allowed = peeked.map(k -> k.produces() ? PRODUCER_FIELDS : CENTRE_FIELDS).orElse(NODE_FIELDS);
    Optional<Fields> fields = in.fields(value, allowed, NODE, key -> !NODE_FIELDS.contains(key) ? Optional.empty()
        : Optional.of(PRODUCER_FIELDS.contains(key) ? "a field of plants and microfactories only"
            : "a field of distribution centres only"));
    if (fields.isEmpty()) {
      ids.nodes.complete = false;
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> id = ids.id(f, "id", NODE_ID, ids.nodes);
    Optional<NodeKind> kind = f.required("kind", "one of: " + Names.list(NodeKind.class))
        .flatMap(v -> in.choice(v, NodeKind.class));
    Declarations.rawId(f, "id").ifPresent(raw -> kind.ifPresent(k -> ids.kindById.putIfAbsent(raw, k)));
    Optional<GeoPoint> location = f.required("location", ValueReader.LOCATION).flatMap(in::location);
    boolean producer = kind.map(NodeKind::produces).orElse(false);
    boolean centre = kind.map(k -> !k.produces()).orElse(false);
    Map<String, Value> groupTypes = new LinkedHashMap<>();
    Optional<List<MachineGroup>> machines = producer
        ? f.required("machines", MACHINES + " (a " + Names.of(kind.get()) + " makes products)")
            .flatMap(v -> in.items(v, MACHINES, false, g -> group(g, groupTypes)))
        : optional(f, "machines", List.of(), v -> in.items(v, MACHINES, false, g -> group(g, groupTypes)));
    Optional<RuleRef> discipline = optional(f, DISCIPLINE.name(), RuleRef.of(DISCIPLINE.defaultYaml()),
        v -> new RuleReader(in).rule(v, "dispatch", RuleReader.dispatchRules(), PolicyCatalog.installed()::dispatch));
    Optional<Map<ProcessType, Double>> unitCosts = optional(f, "unitCostEur", Map.of(), this::unitCosts);
    Optional<Double> fixedCost = optional(f, FIXED_COST.name(), FIXED_COST.defaultDouble(), v -> in.decimal(v, FIXED_COST));
    Optional<Double> quality = optional(f, QUALITY.name(), QUALITY.defaultDouble(), v -> in.decimal(v, QUALITY));
    Optional<ShiftCalendar> shifts = optional(f, "shifts", ShiftCalendar.ALWAYS, this::shifts);
    Optional<Optional<ComponentStock>> componentStock =
        optional(f, "componentStock", Optional.empty(), v -> componentStock(v).map(Optional::of));
    Optional<List<SourcingRule>> sourcing = optional(f, "sourcing", List.of(), supply::sourcing);
    Optional<Optional<String>> replenishFrom = centre
        ? f.required(ScenarioFormat.NODE.field("replenishFrom"))
            .flatMap(this::replenishFrom).map(Optional::of)
        : optional(f, "replenishFrom", Optional.empty(), v -> replenishFrom(v).map(Optional::of));
    Optional<List<StockRule>> stock = centre
        ? f.required("stock", STOCK + " (a distribution-centre holds stock)").flatMap(stockRules::stock)
        : optional(f, "stock", List.of(), stockRules::stock);
    Optional<Echelon> echelon = supply.echelon(f);
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "node", () -> new NodeSpec(id.orElseThrow(), kind.orElseThrow(), location.orElseThrow(),
        machines.orElseThrow(), discipline.orElseThrow(), unitCosts.orElseThrow(), fixedCost.orElseThrow(),
        quality.orElseThrow(), shifts.orElseThrow(), componentStock.orElseThrow(), replenishFrom.orElseThrow(),
        stock.orElseThrow(), echelon.orElseThrow(), sourcing.orElseThrow()));
  }

  private Optional<MachineGroup> group(Value value, Map<String, Value> seen) {
    Optional<Fields> fields = in.fields(value, GROUP_FIELDS, GROUP);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> typeValue = f.required("type", MachineTypeReader.TYPE_ID);
    Optional<String> type = typeValue.flatMap(v -> in.name(v, MachineTypeReader.TYPE_ID));
    Optional<Long> count = f.required(COUNT).flatMap(v -> in.integer(v, COUNT));
    type.ifPresent(t -> {
      Value v = typeValue.orElseThrow();
      if (in.once(seen, t, v, "each machine type once per node (add to the count instead)")) {
        ids.later(() -> ids.machineTypes.requireKnown(v, t, "a machine type declared in machineTypes"));
      }
    });
    if (type.isEmpty() || count.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "machine group", () -> new MachineGroup(type.get(), Math.toIntExact(count.get())));
  }

  private Optional<Map<ProcessType, Double>> unitCosts(Value value) {
    Optional<Fields> fields = in.fields(value, processNames(), UNIT_COSTS);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    EnumMap<ProcessType, Double> costs = new EnumMap<>(ProcessType.class);
    boolean complete = true;
    for (Map.Entry<String, Value> e : fields.get().byName.entrySet()) {
      Optional<Double> cost = in.decimal(e.getValue(), x -> x >= 0, UNIT_COST, ScenarioFormat.NODE.field("unitCostEur"));
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
    Optional<List<DayOfWeek>> days = f.required("days", DAY_LIST).flatMap(v -> in.items(v, DAY_LIST, false,
        d -> in.word(d, DAYS, w -> DayOfWeek.of(DAYS.indexOf(w) + 1))
            .filter(w -> in.once(seen, DAYS.get(w.ordinal()), d, "each day once"))));
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
    return in.build(value, "shift calendar", () -> new ShiftCalendar(EnumSet.copyOf(days.orElseThrow()),
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
    Optional<Long> orderUpTo = f.required("orderUpTo", StockRuleReader.POSITIVE_UNITS).flatMap(v -> stockRules.above(v, reorderPoint, f));
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "component stock", () -> new ComponentStock(reorderPoint.orElseThrow(), orderUpTo.orElseThrow()));
  }

  private Optional<String> replenishFrom(Value value) {
    Optional<String> source = in.name(value, NODE_ID);
    source.ifPresent(s -> ids.later(() -> ids.requireNode(value, s)));
    return source;
  }

  private static List<String> processNames() {
    List<String> names = new ArrayList<>();
    for (ProcessType p : ProcessType.values()) {
      names.add(Names.of(p));
    }
    return names;
  }

}
