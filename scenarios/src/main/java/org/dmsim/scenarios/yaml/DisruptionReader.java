package org.dmsim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.disruption.DisruptionTemplate;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code disruptions} list of a format-2 file: fixed disruptions ({@code type}, {@code at},
 * {@code for} and the type's own fields) and stochastic generators ({@code generate: poisson} or
 * {@code generate: regional-hazard}). Every field is checked here; each id that names a node,
 * supplier, region or product is handed to the caller as a {@link Reference}, to be checked once
 * every section has been read.
 */
final class DisruptionReader {
  /** The fixed disruption types, in the order messages list them. */
  static final List<String> TYPES = List.of("node-outage", "capacity-loss", "regional-disaster", "border-closure",
      "lane-closure", "lane-slowdown", "supplier-failure", "demand-surge", "platform-outage", "platform-stale",
      "stock-destroyed");
  static final List<String> GENERATORS = List.of("poisson", "regional-hazard");
  static final double MAX_PER_YEAR = 10_000;

  /** Each fixed type's fields, in the order the documentation lists them. */
  static final Map<String, List<String>> FIXED_FIELDS = new LinkedHashMap<>();

  static {
    FIXED_FIELDS.put("node-outage", List.of("type", "node", "at", "for"));
    FIXED_FIELDS.put("capacity-loss", List.of("type", "node", "share", "at", "for"));
    FIXED_FIELDS.put("regional-disaster", List.of("type", "name", "centre", "radiusKm", "at", "for"));
    FIXED_FIELDS.put("border-closure", List.of("type", "name", "centre", "radiusKm", "at", "for"));
    FIXED_FIELDS.put("lane-closure", List.of("type", "from", "to", "at", "for"));
    FIXED_FIELDS.put("lane-slowdown", List.of("type", "from", "to", "factor", "at", "for"));
    FIXED_FIELDS.put("supplier-failure", List.of("type", "supplier", "at", "for"));
    FIXED_FIELDS.put("demand-surge", List.of("type", "region", "product", "factor", "at", "for"));
    FIXED_FIELDS.put("platform-outage", List.of("type", "at", "for"));
    FIXED_FIELDS.put("platform-stale", List.of("type", "at", "for"));
    FIXED_FIELDS.put("stock-destroyed", List.of("type", "node", "share", "at"));
  }

  static final List<String> ALL_FIXED_FIELDS = List.of("type", "at", "for", "node", "share", "name", "centre",
      "radiusKm", "from", "to", "factor", "supplier", "region", "product");
  /** Fields that name a fixed disruption's target; a generator draws its target instead. */
  private static final List<String> TARGET_FIELDS = List.of("node", "supplier", "region", "name", "centre", "from", "to");
  private static final List<String> HAZARD_GENERATOR_FIELDS = List.of("generate", "perYear", "radiusKm", "duration",
      "hazards");
  private static final List<String> ALL_POISSON_FIELDS = List.of("generate", "type", "targets", "perYear", "duration",
      "share", "radiusKm", "factor", "product");
  private static final List<String> ALL_GENERATOR_FIELDS = List.of("generate", "type", "targets", "perYear", "duration",
      "share", "radiusKm", "factor", "product", "hazards");
  static final List<String> HAZARD_FIELDS = List.of("name", "centre", "weight");
  static final List<String> LANE_FIELDS = List.of("from", "to");
  static final List<String> SITE_FIELDS = List.of("name", "centre");

  static final String DISRUPTIONS = "a list of disruptions";
  static final String DISRUPTION = "a disruption: a mapping with type, at, for and the type's fields, or a generator "
      + "with generate: " + String.join(" or ", GENERATORS);
  static final String TYPE = "one of: " + String.join(", ", TYPES);
  static final String AT = "a start: a duration from the start of the run (e.g. 120d)";
  static final String FOR = ValueReader.POSITIVE_DURATION;
  static final String MACHINE_SHARE = "a share of the machines lost, a number greater than 0 and at most 1";
  static final String STOCK_SHARE = "a share of the stock on hand destroyed, a number greater than 0 and at most 1";
  static final String RADIUS = "a radius in km, a number greater than 0 and at most "
      + (long) ManufacturingReader.MAX_DISTANCE_KM;
  static final String SLOWDOWN = "a slowdown factor, a number greater than 1 (transit takes that many times as long)";
  static final String SURGE = "a demand factor, a number 0 or more other than 1 (2 doubles the order rate, 0 stops it)";
  static final String NAME = "a name of lower-case letters, digits and '-', not starting with '-' (e.g. rhine-flood)";
  static final String PER_YEAR = "a rate in disruptions per year, a number greater than 0 and at most "
      + (long) MAX_PER_YEAR;
  static final String DURATION = "a time distribution with a mean greater than zero (e.g. {kind: lognormal, mean: 5d, "
      + "cv: 0.5})";
  static final String WEIGHT = "a relative weight, a number greater than 0";
  static final String HAZARDS = "a non-empty list of hazards: mappings with the fields " + String.join(", ", HAZARD_FIELDS);
  static final String HAZARD = "a hazard: a mapping with the fields " + String.join(", ", HAZARD_FIELDS);
  static final String LANE = "a lane: a mapping with the fields " + String.join(", ", LANE_FIELDS);
  static final String SITE = "a place: a mapping with the fields " + String.join(", ", SITE_FIELDS);
  static final String ANY = ", or \"*\"";

  /** What a referenced id must name; those that allow {@code *} say so. */
  enum Target {
    NODE_OR_SUPPLIER("a node or supplier id, or \"@largest\" for the producer with the most machines", false, true),
    PRODUCER("a plant or microfactory id, \"*\" for every one, or \"@largest\" for the one with the most machines",
        true, true),
    CENTRE_OR_ANY("a distribution centre id, or \"*\" for every one", true, false),
    SUPPLIER("a supplier id", false, false),
    PLACE_OR_ANY("a node, supplier or region id, or \"*\" for any", true, false),
    REGION_OR_ANY("a region id, or \"*\" for every region", true, false),
    PRODUCT_OR_ANY("a product id, or \"*\" for every product", true, false);

    /** What the value must look like, before it is looked up. */
    final String expected;
    final boolean allowsAny;
    final boolean allowsLargest;

    Target(String expected, boolean allowsAny, boolean allowsLargest) {
      this.expected = expected;
      this.allowsAny = allowsAny;
      this.allowsLargest = allowsLargest;
    }
  }

  /** An id in a disruption that must name a declared thing of some kind. */
  record Reference(Value value, String id, Target target) {}

  /**
   * What the list holds.
   *
   * @param fixed        the fixed disruptions, in file order
   * @param fixedEntries the entry each fixed disruption was read from, to place the model's problems
   * @param generators   the generators, in file order: generator {@code i} draws from stream {@code generator-i}
   */
  record Read(List<Disruption> fixed, List<Value> fixedEntries, List<DisruptionGenerator> generators) {}

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Consumer<Reference> references;

  /**
   * @param references receives each id to check against the declared sections
   */
  DisruptionReader(ValueReader in, DistributionReader distributions, Consumer<Reference> references) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = distributions;
    this.references = references;
  }

  /**
   * Reads the list; empty if it or any entry had a problem.
   *
   * @param horizonMs   the run's length, when it could be read: fixed disruptions must start before it
   * @param horizonText the horizon as written, for messages
   */
  Optional<Read> read(Value value, Optional<Long> horizonMs, String horizonText) {
    Optional<List<Value>> items = in.list(value, DISRUPTIONS, true);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Disruption> fixed = new ArrayList<>();
    List<Value> entries = new ArrayList<>();
    List<DisruptionGenerator> generators = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      if (ValueReader.hasKey(item, "generate")) {
        Optional<DisruptionGenerator> g = generator(item);
        g.ifPresent(generators::add);
        complete &= g.isPresent();
      } else {
        Optional<Disruption> d = fixed(item, horizonMs, horizonText);
        d.ifPresent(x -> {
          fixed.add(x);
          entries.add(item);
        });
        complete &= d.isPresent();
      }
    }
    return complete ? Optional.of(new Read(fixed, entries, generators)) : Optional.empty();
  }

  // ---- fixed disruptions -----------------------------------------------------------------------

  private Optional<Disruption> fixed(Value value, Optional<Long> horizonMs, String horizonText) {
    int before = problems.count();
    String peeked = ValueReader.peek(value, "type").orElse("");
    List<String> allowed = FIXED_FIELDS.getOrDefault(peeked, ALL_FIXED_FIELDS);
    Optional<Fields> fields = in.fields(value, allowed, DISRUPTION, key -> whyNotFixed(peeked, key));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> type = f.required("type", TYPE).flatMap(v -> in.word(v, TYPES, w -> w));
    Optional<Long> at = f.required("at", AT).flatMap(v -> start(v, horizonMs, horizonText));
    boolean lasts = !type.orElse("").equals("stock-destroyed");
    Optional<Long> forMs = lasts ? f.required("for", FOR).flatMap(v -> in.duration(v, ScenarioFormat.FIXED_DISRUPTION.field("for"), true))
        : Optional.of(0L);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Supplier<Disruption> make = switch (type.get()) {
      case "node-outage" -> {
        Optional<String> node = f.required("node", Target.NODE_OR_SUPPLIER.expected)
            .flatMap(v -> reference(v, Target.NODE_OR_SUPPLIER));
        yield () -> new Disruption.NodeOutage(node.orElseThrow(), at.orElseThrow(), end(at, forMs));
      }
      case "capacity-loss" -> {
        Optional<String> node = f.required("node", Target.PRODUCER.expected).flatMap(v -> reference(v, Target.PRODUCER));
        Optional<Double> share = f.required("share", MACHINE_SHARE).flatMap(v -> share(v, MACHINE_SHARE));
        yield () -> new Disruption.CapacityLoss(node.orElseThrow(), share.orElseThrow(), at.orElseThrow(),
            end(at, forMs));
      }
      case "regional-disaster" -> {
        Optional<String> name = f.required("name", NAME).flatMap(v -> in.name(v, NAME));
        Optional<GeoPoint> centre = f.required("centre", ValueReader.LOCATION).flatMap(in::location);
        Optional<Double> radius = f.required("radiusKm", RADIUS).flatMap(this::radius);
        yield () -> new Disruption.RegionalDisaster(name.orElseThrow(), centre.orElseThrow(), radius.orElseThrow(),
            at.orElseThrow(), end(at, forMs));
      }
      case "border-closure" -> {
        Optional<String> name = f.required("name", NAME).flatMap(v -> in.name(v, NAME));
        Optional<GeoPoint> centre = f.required("centre", ValueReader.LOCATION).flatMap(in::location);
        Optional<Double> radius = f.required("radiusKm", RADIUS).flatMap(this::radius);
        yield () -> new Disruption.BorderClosure(name.orElseThrow(), centre.orElseThrow(), radius.orElseThrow(),
            at.orElseThrow(), end(at, forMs));
      }
      case "lane-closure", "lane-slowdown" -> {
        Optional<String[]> lane = lane(f);
        Optional<Double> slowdown = type.get().equals("lane-closure") ? Optional.of(0.0)
            : f.required("factor", SLOWDOWN).flatMap(this::slowdown);
        yield () -> new Disruption.LaneClosure(lane.orElseThrow()[0], lane.orElseThrow()[1], slowdown.orElseThrow(),
            at.orElseThrow(), end(at, forMs));
      }
      case "supplier-failure" -> {
        Optional<String> supplier = f.required("supplier", Target.SUPPLIER.expected)
            .flatMap(v -> reference(v, Target.SUPPLIER));
        yield () -> new Disruption.SupplierFailure(supplier.orElseThrow(), at.orElseThrow(), end(at, forMs));
      }
      case "demand-surge" -> {
        Optional<String> region = f.required("region", Target.REGION_OR_ANY.expected)
            .flatMap(v -> reference(v, Target.REGION_OR_ANY));
        Optional<String> product = f.required("product", Target.PRODUCT_OR_ANY.expected)
            .flatMap(v -> reference(v, Target.PRODUCT_OR_ANY));
        Optional<Double> factor = f.required("factor", SURGE).flatMap(this::surge);
        yield () -> new Disruption.DemandSurge(region.orElseThrow(), product.orElseThrow(), factor.orElseThrow(),
            at.orElseThrow(), end(at, forMs));
      }
      case "platform-outage", "platform-stale" -> {
        boolean stale = type.get().equals("platform-stale");
        yield () -> new Disruption.PlatformOutage(stale, at.orElseThrow(), end(at, forMs));
      }
      default -> {
        Optional<String> node = f.required("node", Target.CENTRE_OR_ANY.expected)
            .flatMap(v -> reference(v, Target.CENTRE_OR_ANY));
        Optional<Double> share = f.required("share", STOCK_SHARE).flatMap(v -> share(v, STOCK_SHARE));
        yield () -> new Disruption.StockDestroyed(node.orElseThrow(), share.orElseThrow(), at.orElseThrow());
      }
    };
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "disruption", make);
  }

  /** A start: a duration before the horizon (when the horizon could be read). */
  private Optional<Long> start(Value value, Optional<Long> horizonMs, String horizonText) {
    return in.duration(value, ScenarioFormat.FIXED_DISRUPTION.field("at"), false).filter(ms -> {
      if (horizonMs.isEmpty() || ms < horizonMs.get()) {
        return true;
      }
      in.report(value, "a start before the end of the run (horizon: " + horizonText + ")",
          ValueReader.quote(value.scalarText().orElse("").strip()));
      return false;
    });
  }

  /** The end of a window: start plus length, saturating rather than overflowing. */
  private static long end(Optional<Long> at, Optional<Long> forMs) {
    long start = at.orElseThrow();
    long length = forMs.orElseThrow();
    return length > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + length;
  }

  private Optional<String[]> lane(Fields f) {
    Optional<Value> fromValue = f.required("from", Target.PLACE_OR_ANY.expected);
    Optional<String> from = fromValue.flatMap(v -> reference(v, Target.PLACE_OR_ANY));
    Optional<Value> toValue = f.required("to", Target.PLACE_OR_ANY.expected);
    Optional<String> to = toValue.flatMap(v -> reference(v, Target.PLACE_OR_ANY)).filter(t -> {
      if (from.isEmpty() || t.equals("*") || !t.equals(from.get())) {
        return true;
      }
      in.report(toValue.get(), "a place other than from (" + t + ")" + ANY, ValueReader.quote(t));
      return false;
    });
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {from.get(), to.get()});
  }

  // ---- generators ------------------------------------------------------------------------------

  private Optional<DisruptionGenerator> generator(Value value) {
    int before = problems.count();
    String kind = ValueReader.peek(value, "generate").orElse("");
    String type = ValueReader.peek(value, "type").orElse("");
    List<String> allowed = switch (kind) {
      case "poisson" -> FIXED_FIELDS.containsKey(type) ? poissonFields(type) : ALL_POISSON_FIELDS;
      case "regional-hazard" -> HAZARD_GENERATOR_FIELDS;
      default -> ALL_GENERATOR_FIELDS;
    };
    Optional<Fields> fields = in.fields(value, allowed, DISRUPTION, key -> whyNotGenerated(kind, type, key));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> generate = f.required("generate", "one of: " + String.join(", ", GENERATORS))
        .flatMap(v -> in.word(v, GENERATORS, w -> w));
    if (generate.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> perYear = f.required("perYear", PER_YEAR)
        .flatMap(v -> in.decimal(v, x -> x > 0, PER_YEAR, ScenarioFormat.GENERATOR.field("perYear")));
    if (generate.get().equals("regional-hazard")) {
      Optional<Double> radius = f.required("radiusKm", RADIUS).flatMap(this::radius);
      Optional<Distribution> duration = f.required("duration", DURATION).flatMap(this::duration);
      Optional<List<DisruptionGenerator.Hazard>> hazards = f.required("hazards", HAZARDS).flatMap(this::hazards);
      if (problems.count() != before) {
        return Optional.empty();
      }
      return in.build(value, "regional hazard", () -> new DisruptionGenerator.RegionalHazard(perYear.orElseThrow(),
          duration.orElseThrow(), radius.orElseThrow(), hazards.orElseThrow()));
    }
    Optional<String> typeRead = f.required("type", TYPE).flatMap(v -> in.word(v, TYPES, w -> w));
    boolean lasts = !typeRead.orElse("").equals("stock-destroyed");
    Optional<Distribution> duration = lasts ? f.required("duration", DURATION).flatMap(this::duration)
        : Optional.of(new Deterministic(0));
    if (typeRead.isEmpty()) {
      return Optional.empty();
    }
    Optional<DisruptionTemplate> template = template(typeRead.get(), f);
    if (problems.count() != before) {
      return Optional.empty();
    }
    return in.build(value, "generator", () -> new DisruptionGenerator.Poisson(template.orElseThrow(),
        perYear.orElseThrow(), duration.orElseThrow()));
  }

  /** The template of a Poisson generator of {@code type}: its targets and its fixed severity. */
  private Optional<DisruptionTemplate> template(String type, Fields f) {
    return switch (type) {
      case "node-outage" -> ids(f, Target.NODE_OR_SUPPLIER, "node or supplier ids")
          .map(DisruptionTemplate.NodeOutages::new);
      case "capacity-loss" -> {
        Optional<List<String>> nodes = ids(f, Target.PRODUCER, "plant or microfactory ids");
        Optional<Double> share = f.required("share", MACHINE_SHARE).flatMap(v -> share(v, MACHINE_SHARE));
        yield both(nodes, share, DisruptionTemplate.CapacityLosses::new);
      }
      case "regional-disaster" -> {
        Optional<List<DisruptionTemplate.Site>> sites = targets(f, "places, mappings with the fields name, centre",
            this::site, s -> s.name(), "each place name once");
        Optional<Double> radius = f.required("radiusKm", RADIUS).flatMap(this::radius);
        yield both(sites, radius, DisruptionTemplate.RegionalDisasters::new);
      }
      case "lane-closure", "lane-slowdown" -> {
        Optional<List<DisruptionTemplate.LaneEnds>> lanes = targets(f, "lanes, mappings with the fields from, to",
            this::laneEnds, l -> l.from() + " -> " + l.to(), "each lane once");
        Optional<Double> slowdown = type.equals("lane-closure") ? Optional.of(0.0)
            : f.required("factor", SLOWDOWN).flatMap(this::slowdown);
        yield both(lanes, slowdown, DisruptionTemplate.LaneClosures::new);
      }
      case "supplier-failure" -> ids(f, Target.SUPPLIER, "supplier ids").map(DisruptionTemplate.SupplierFailures::new);
      case "demand-surge" -> {
        Optional<List<String>> regions = ids(f, Target.REGION_OR_ANY, "region ids or \"*\"");
        Optional<String> product = f.required("product", Target.PRODUCT_OR_ANY.expected)
            .flatMap(v -> reference(v, Target.PRODUCT_OR_ANY));
        Optional<Double> factor = f.required("factor", SURGE).flatMap(this::surge);
        if (regions.isEmpty() || product.isEmpty() || factor.isEmpty()) {
          yield Optional.empty();
        }
        yield Optional.of(new DisruptionTemplate.DemandSurges(regions.get(), product.get(), factor.get()));
      }
      case "platform-outage", "platform-stale" ->
          Optional.of(new DisruptionTemplate.PlatformOutages(type.equals("platform-stale")));
      case "border-closure" -> {
        in.report(f.required("type", TYPE).orElseThrow(), "a type a generator can draw: " + String.join(", ",
            TYPES.stream().filter(t -> !t.equals("border-closure")).toList()), "\"border-closure\" (give it as a fixed"
            + " disruption)");
        yield Optional.empty();
      }
      default -> {
        Optional<List<String>> nodes = ids(f, Target.CENTRE_OR_ANY, "distribution centre ids or \"*\"");
        Optional<Double> share = f.required("share", STOCK_SHARE).flatMap(v -> share(v, STOCK_SHARE));
        yield both(nodes, share, DisruptionTemplate.StocksDestroyed::new);
      }
    };
  }

  /** A generator's {@code targets} as ids of one kind, each once. */
  private Optional<List<String>> ids(Fields f, Target target, String what) {
    return targets(f, what, v -> reference(v, target), id -> id, "each target once");
  }

  /** A generator's {@code targets}: a non-empty list of items read by {@code item}, each (by {@code key}) once. */
  private <T> Optional<List<T>> targets(Fields f, String what, Function<Value, Optional<T>> item,
      Function<T, String> key, String once) {
    String expected = "a non-empty list of " + what + ", one drawn at random for each disruption";
    Optional<Value> value = f.required("targets", expected);
    Optional<List<Value>> items = value.flatMap(v -> in.list(v, expected, false));
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Value> seen = new LinkedHashMap<>();
    List<T> out = new ArrayList<>();
    boolean complete = true;
    for (Value v : items.get()) {
      Optional<T> t = item.apply(v).filter(x -> in.once(seen, key.apply(x), v, once));
      t.ifPresent(out::add);
      complete &= t.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  private Optional<DisruptionTemplate.Site> site(Value value) {
    Optional<Fields> fields = in.fields(value, SITE_FIELDS, SITE);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<String> name = f.required("name", NAME).flatMap(v -> in.name(v, NAME));
    Optional<GeoPoint> centre = f.required("centre", ValueReader.LOCATION).flatMap(in::location);
    if (name.isEmpty() || centre.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "place", () -> new DisruptionTemplate.Site(name.get(), centre.get()));
  }

  private Optional<DisruptionTemplate.LaneEnds> laneEnds(Value value) {
    Optional<Fields> fields = in.fields(value, LANE_FIELDS, LANE);
    return fields.flatMap(this::lane).map(ends -> new DisruptionTemplate.LaneEnds(ends[0], ends[1]));
  }

  private Optional<List<DisruptionGenerator.Hazard>> hazards(Value value) {
    Optional<List<Value>> items = in.list(value, HAZARDS, false);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Value> seen = new LinkedHashMap<>();
    List<DisruptionGenerator.Hazard> out = new ArrayList<>();
    boolean complete = true;
    for (Value item : items.get()) {
      Optional<DisruptionGenerator.Hazard> h = hazard(item, seen);
      h.ifPresent(out::add);
      complete &= h.isPresent();
    }
    return complete ? Optional.of(out) : Optional.empty();
  }

  private Optional<DisruptionGenerator.Hazard> hazard(Value value, Map<String, Value> seen) {
    Optional<Fields> fields = in.fields(value, HAZARD_FIELDS, HAZARD);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    Optional<Value> nameValue = f.required("name", NAME);
    Optional<String> name = nameValue.flatMap(v -> in.name(v, NAME))
        .filter(n -> in.once(seen, n, nameValue.get(), "each hazard name once"));
    Optional<GeoPoint> centre = f.required("centre", ValueReader.LOCATION).flatMap(in::location);
    Optional<Double> weight = f.required("weight", WEIGHT).flatMap(v -> in.decimal(v, x -> x > 0, WEIGHT, ScenarioFormat.HAZARD.field("weight")));
    if (name.isEmpty() || centre.isEmpty() || weight.isEmpty()) {
      return Optional.empty();
    }
    return in.build(value, "hazard", () -> new DisruptionGenerator.Hazard(name.get(), centre.get(), weight.get()));
  }

  private Optional<Distribution> duration(Value value) {
    return distributions.time(value).filter(d -> {
      if (d.mean() > 0) {
        return true;
      }
      in.report(value, DURATION, value.scalarText().map(ValueReader::quote).orElse("a distribution whose mean is 0"));
      return false;
    });
  }

  // ---- values ----------------------------------------------------------------------------------

  /** An id of {@code target}'s kind (or {@code *} where it allows it), handed over for the reference check. */
  private Optional<String> reference(Value value, Target target) {
    Optional<ScalarNode> s = in.scalar(value, target.expected);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String text = s.get().getValue();
    if (target.allowsAny && text.equals("*") || target.allowsLargest && text.equals(Disruption.LARGEST)) {
      return Optional.of(text);
    }
    if (!ValueReader.NAME.matcher(text).matches()) {
      in.report(value, target.expected, ValueReader.quote(text));
      return Optional.empty();
    }
    references.accept(new Reference(value, text, target));
    return Optional.of(text);
  }

  private Optional<Double> share(Value value, String expected) {
    return in.decimal(value, x -> x > 0 && x <= 1, expected);
  }

  private Optional<Double> radius(Value value) {
    return in.decimal(value, x -> x > 0 && x <= ManufacturingReader.MAX_DISTANCE_KM, RADIUS);
  }

  private Optional<Double> slowdown(Value value) {
    return in.decimal(value, x -> x > 1, SLOWDOWN, ScenarioFormat.FIXED_DISRUPTION.field("factor"));
  }

  private Optional<Double> surge(Value value) {
    return in.decimal(value, x -> x >= 0 && x != 1, SURGE, ScenarioFormat.FIXED_DISRUPTION.field("factor"));
  }

  // ---- which fields belong where ---------------------------------------------------------------

  /** A Poisson generator's fields for a known type: the common ones, then its severity. */
  static List<String> poissonFields(String type) {
    List<String> out = new ArrayList<>(List.of("generate", "type"));
    if (!type.startsWith("platform-")) {
      out.add("targets");
    }
    out.add("perYear");
    if (!type.equals("stock-destroyed")) {
      out.add("duration");
    }
    for (String field : FIXED_FIELDS.get(type)) {
      if (!List.of("type", "at", "for").contains(field) && !TARGET_FIELDS.contains(field)) {
        out.add(field);
      }
    }
    return out;
  }

  /** Why a key is not a field of a fixed disruption of {@code type}, when a reason beats a spelling suggestion. */
  private static Optional<String> whyNotFixed(String type, String key) {
    if (List.of("targets", "perYear", "duration", "hazards").contains(key)) {
      return Optional.of("a field of generators only (generate: " + String.join(" or ", GENERATORS) + ")");
    }
    if (key.equals("for") && type.equals("stock-destroyed")) {
      return Optional.of("stock-destroyed happens at one instant, without a duration");
    }
    return typesWith(key, FIXED_FIELDS::get);
  }

  /** Why a key is not a field of a generator of {@code kind} (and {@code type}), when a reason beats a suggestion. */
  private static Optional<String> whyNotGenerated(String kind, String type, String key) {
    if (key.equals("at") || key.equals("for")) {
      return Optional.of("a field of fixed disruptions only; a generator draws start times and durations");
    }
    if (TARGET_FIELDS.contains(key)) {
      return Optional.of("a field of fixed disruptions only; a generator draws its target from targets");
    }
    if (kind.equals("poisson") && key.equals("hazards")) {
      return Optional.of("a field of generate: regional-hazard only");
    }
    if (kind.equals("regional-hazard") && ALL_POISSON_FIELDS.contains(key)) {
      return Optional.of("a field of generate: poisson only");
    }
    if (key.equals("duration") && type.equals("stock-destroyed")) {
      return Optional.of("stock-destroyed happens at one instant, without a duration");
    }
    if (key.equals("targets") && type.startsWith("platform-")) {
      return Optional.of("a platform disruption always hits the platform");
    }
    return kind.equals("poisson") && FIXED_FIELDS.containsKey(type)
        ? typesWith(key, DisruptionReader::poissonFields) : Optional.empty();
  }

  /** "a field of a, b and c only" for the types whose fields include {@code key}. */
  private static Optional<String> typesWith(String key, Function<String, List<String>> fieldsOf) {
    List<String> types = TYPES.stream().filter(t -> fieldsOf.apply(t).contains(key)).toList();
    if (types.isEmpty()) {
      return Optional.empty();
    }
    String list = types.size() == 1 ? types.get(0)
        : String.join(", ", types.subList(0, types.size() - 1)) + " and " + types.get(types.size() - 1);
    return Optional.of("a field of " + list + " only");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static <A, B, T> Optional<T> both(Optional<A> a, Optional<B> b, BiFunction<A, B, T> make) {
    return a.isPresent() && b.isPresent() ? Optional.of(make.apply(a.get(), b.get())) : Optional.empty();
  }

}
