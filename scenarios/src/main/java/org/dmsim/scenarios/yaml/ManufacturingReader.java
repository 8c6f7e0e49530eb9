package org.dmsim.scenarios.yaml;

import static org.dmsim.scenarios.yaml.ValueReader.optional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.mfg.spec.check.SpecChecks;
import org.dmsim.model.mfg.spec.check.SpecSection;
import org.dmsim.scenarios.format.Field;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.dmsim.scenarios.yaml.ValueReader.Fields;
import org.dmsim.scenarios.yaml.ValueReader.Value;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario into a {@link ManufacturingSpec}, in three passes: every field on its own (type,
 * range, allowed words), then every reference between sections (a demand line's product, a machine
 * group's type, a distribution centre's source, a bill of materials' components, duplicate ids),
 * then the model's own checks ({@link SpecChecks}) over every section that could be read in full, each
 * placed at the value its field path names ({@link NetworkProblems}) — all of them when the readers
 * found nothing, else only what no reader checks itself. This class reads the top level and puts the scenario together;
 * each section has a reader of its own ({@link ProductReader}, {@link MachineTypeReader},
 * {@link NodeReader}, {@link SupplierReader}, {@link RegionReader}, {@link LogisticsReader},
 * {@link DisruptionReader}), and the ids they declare meet in {@link Declarations}.
 *
 * <p>A scenario may take its market — {@code products} and {@code regions} — from a market file it
 * names ({@code market: FILE}, see {@link Parts}); it then must not write either itself, so that every
 * field has one place. It may also import more nodes and regions from CSV files
 * ({@code import: {nodes: FILE, regions: FILE}}, see {@link CsvImport}), which follow those written in
 * YAML; with an import, the YAML section may be left out.
 */
final class ManufacturingReader {
  static final List<String> SCENARIO_FIELDS = ScenarioFormat.SCENARIO.names();
  /** The fields of a market file. */
  static final List<String> MARKET_FIELDS = ScenarioFormat.MARKET.names();
  /** The sections a market holds. */
  static final List<String> MARKET_SECTIONS = List.of("products", "regions");

  /** The largest count of machines, variants or a bill-of-materials quantity. */
  static final int MAX_COUNT = ScenarioFormat.MAX_COUNT;
  /** The largest number of units of stock. */
  static final long MAX_UNITS = ScenarioFormat.MAX_UNITS;
  /** The longest distance, km: more than twice around the Earth. */
  static final double MAX_DISTANCE_KM = ScenarioFormat.MAX_DISTANCE_KM;

  private static final String SCENARIO = ValueReader.mapping("a scenario", SCENARIO_FIELDS);
  private static final String PRODUCTS = ScenarioFormat.SCENARIO.field("products").expected();
  private static final String MACHINE_TYPES = ScenarioFormat.SCENARIO.field("machineTypes").expected();
  private static final String NODES = ScenarioFormat.SCENARIO.field("nodes").expected();
  private static final String SUPPLIERS = ScenarioFormat.SCENARIO.field("suppliers").expected();
  private static final String REGIONS = ScenarioFormat.SCENARIO.field("regions").expected();
  private static final Field SEED = ScenarioFormat.SCENARIO.field("seed");
  private static final Field REPLICATIONS = ScenarioFormat.SCENARIO.field("replications");
  private static final DisruptionReader.Read NO_DISRUPTIONS = new DisruptionReader.Read(List.of(), List.of(), List.of());
  private static final String MARKET_FILE = "a market file (products and regions)";
  private static final List<String> IMPORT_FIELDS = ScenarioFormat.IMPORT.names();
  private static final String IMPORT = ValueReader.mapping("CSV files to import", IMPORT_FIELDS);
  private static final String MARKET = ValueReader.mapping("a market", MARKET_FIELDS);
  /** Stands in for a platform that could not be read, in a partly read scenario: no check that reads it runs. */
  private static final PlatformSpec STAND_IN_PLATFORM =
      new PlatformSpec(new GeoPoint(0, 0), AllocationPolicy.NEAREST, 1, 1, 1, 1, 0);

  private final ValueReader in;
  private final Problems problems;
  private final DistributionReader distributions;
  private final Declarations ids;

  ManufacturingReader(ValueReader in) {
    this.in = in;
    this.problems = in.problems();
    this.distributions = new DistributionReader(in);
    this.ids = new Declarations(in);
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
    Optional<Long> horizonMs = f.required("horizon", ValueReader.POSITIVE_DURATION)
        .flatMap(v -> in.duration(v, ScenarioFormat.SCENARIO.field("horizon"), true));
    Optional<Long> seed = optional(f, SEED.name(), SEED.defaultLong(), v -> in.integer(v, SEED));
    Optional<Long> replications = optional(f, REPLICATIONS.name(), REPLICATIONS.defaultLong(),
        v -> in.integer(v, REPLICATIONS));

    Parts parts = new Parts(in, root.document());
    Optional<Fields> market = market(f, parts);

    ProductReader productReader = new ProductReader(in, distributions, ids);
    MachineTypeReader typeReader = new MachineTypeReader(in, distributions, ids);
    NodeReader nodeReader = new NodeReader(in, ids);
    SupplierReader supplierReader = new SupplierReader(in, distributions, ids);
    RegionReader regionReader = new RegionReader(in, distributions, ids);
    LogisticsReader logistics = new LogisticsReader(in, ids);
    Optional<List<Product>> productList =
        section(market, "products", PRODUCTS, false, ids.products, productReader::product);
    Optional<List<MachineType>> typeList =
        section(f, "machineTypes", MACHINE_TYPES, false, ids.machineTypes, typeReader::machineType);
    Optional<Fields> imports = f.optional("import").flatMap(v -> in.fields(v, IMPORT_FIELDS, IMPORT));
    CsvImport csv = new CsvImport(in, ids, parts);
    // An import that cannot be read may hold either file: neither YAML section is then reported missing.
    boolean importUnread = f.has("import") && imports.isEmpty();
    Optional<Value> nodesCsv = imports.flatMap(i -> i.optional("nodes"));
    Optional<List<NodeSpec>> nodeList = nodesCsv.isEmpty() && !importUnread
        ? section(f, "nodes", NODES, false, ids.nodes, nodeReader::node)
        : both(f.has("nodes") ? section(f, "nodes", NODES, false, ids.nodes, nodeReader::node) : Optional.of(List.of()),
            imported(nodesCsv, ids.nodes, v -> csv.nodes(v, nodeReader)));
    Optional<List<SupplierSpec>> supplierList = f.has("suppliers")
        ? section(f, "suppliers", SUPPLIERS, true, ids.suppliers, supplierReader::supplier) : Optional.of(List.of());
    Optional<Value> regionsCsv = imports.flatMap(i -> i.optional("regions"));
    regionsCsv.filter(v -> f.has("market")).ifPresent(v -> in.report(v, "no import.regions here: this scenario takes "
        + "its regions from its market file (market: " + f.optional("market").flatMap(Value::scalarText).orElse("?")
        + "); a field has one place", ValueReader.describe(v.node())));
    Optional<List<RegionSpec>> regionList = regionsCsv.isEmpty() && !importUnread || f.has("market")
        ? section(market, "regions", REGIONS, false, ids.regions, regionReader::region)
        : both(f.has("regions") ? section(market, "regions", REGIONS, false, ids.regions, regionReader::region)
            : Optional.of(List.of()), imported(regionsCsv, ids.regions, v -> csv.regions(v, regionReader)));
    Optional<PlatformSpec> platform = f.required("platform", LogisticsReader.PLATFORM).flatMap(logistics::platform);
    Optional<TransportSpec> transport = optional(f, "transport", TransportSpec.ROAD, logistics::transport);
    Optional<CostSpec> costs = optional(f, "costs", CostSpec.NONE, logistics::costs);
    String horizonText = f.optional("horizon").flatMap(Value::scalarText).map(String::strip).orElse("?");
    DisruptionReader disruptionReader = new DisruptionReader(in, distributions,
        r -> ids.later(() -> ids.requireTarget(r)));
    Optional<DisruptionReader.Read> disruptions = optional(f, "disruptions", NO_DISRUPTIONS,
        v -> disruptionReader.read(v, horizonMs, horizonText));

    ids.checkReferences();
    boolean readerFound = !problems.isEmpty();
    Optional<ManufacturingSpec> spec = readerFound ? Optional.empty() : in.build(root, "network",
        () -> new ManufacturingSpec(name.orElseThrow(), horizonMs.orElseThrow(), productList.orElseThrow(),
            typeList.orElseThrow(), nodeList.orElseThrow(), supplierList.orElseThrow(), regionList.orElseThrow(),
            platform.orElseThrow(), transport.orElseThrow(), costs.orElseThrow(), disruptions.orElseThrow().fixed()));
    if (!readerFound && spec.isEmpty()) {
      return Optional.empty();
    }
    // With problems already found, the model still checks the sections that could be read in full, for what
    // no reader checks (a source that cannot make what it stocks): every mistake is reported in one go.
    ManufacturingSpec checked = spec.orElseGet(() -> new ManufacturingSpec(name.orElse("?"), horizonMs.orElse(1L),
        productList.orElse(List.of()), typeList.orElse(List.of()), nodeList.orElse(List.of()),
        supplierList.orElse(List.of()), regionList.orElse(List.of()), platform.orElse(STAND_IN_PLATFORM),
        TransportSpec.ROAD, CostSpec.NONE, disruptions.map(DisruptionReader.Read::fixed).orElse(List.of())));
    EnumSet<SpecSection> read = EnumSet.noneOf(SpecSection.class);
    productList.ifPresent(x -> read.add(SpecSection.PRODUCTS));
    typeList.ifPresent(x -> read.add(SpecSection.MACHINE_TYPES));
    nodeList.ifPresent(x -> read.add(SpecSection.NODES));
    supplierList.ifPresent(x -> read.add(SpecSection.SUPPLIERS));
    regionList.ifPresent(x -> read.add(SpecSection.REGIONS));
    platform.ifPresent(x -> read.add(SpecSection.PLATFORM));
    disruptions.ifPresent(x -> read.add(SpecSection.DISRUPTIONS));
    NetworkProblems placer = new NetworkProblems(in, root, market.map(m -> m.mapping).orElse(root),
        disruptions.map(DisruptionReader.Read::fixedEntries).orElse(List.of()));
    placer.placeAll(SpecChecks.of(checked, read), readerFound);
    spec.ifPresent(s -> everyRouteHasALane(s, f));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return in.build(root, "scenario", () -> new Scenario(source, name.orElseThrow(), description,
        spec.get(), seed.orElseThrow(), Math.toIntExact(replications.orElseThrow()),
        disruptions.orElseThrow().generators(), parts.read()));
  }

  /**
   * With no transport modes, goods travel only on explicit lanes: each way the network ships (every node
   * to every region, a source to its distribution centre, every supplier to every producer) needs one.
   * The first missing is reported at {@code transport.modes}, so that no run fails compiling its lanes.
   */
  private void everyRouteHasALane(ManufacturingSpec s, Fields f) {
    if (!s.transport().modes().isEmpty()) {
      return;
    }
    Set<String> laned = new TreeSet<>();
    s.transport().lanes().forEach(l -> laned.add(l.key().from() + " -> " + l.key().to()));
    List<String> routes = new ArrayList<>();
    for (NodeSpec n : s.nodes()) {
      s.regions().forEach(r -> routes.add(n.id() + " -> " + r.id()));
      n.replenishFrom().ifPresent(source -> routes.add(source + " -> " + n.id()));
      if (n.kind().produces()) {
        s.suppliers().forEach(sup -> routes.add(sup.id() + " -> " + n.id()));
      }
    }
    routes.stream().filter(r -> !laned.contains(r)).findFirst().ifPresent(missing -> {
      Value at = f.optional("transport").flatMap(t -> ValueReader.topField(t, "modes"))
          .map(m -> new Value(m.node(), "transport.modes", m.at(), m.document())).orElse(f.mapping);
      in.report(at, "at least one transport mode, or an explicit lane for every route goods take",
          "an empty list of modes and no lane " + missing);
    });
  }

  /**
   * Where products and regions are read from: the market file the scenario names, or the scenario
   * itself. Empty when the named market cannot be used (its problems are reported), so that its
   * sections are not also reported missing. A section written both here and in a market is reported
   * at the scenario's copy.
   */
  private Optional<Fields> market(Fields scenario, Parts parts) {
    Optional<Value> reference = scenario.optional("market");
    if (reference.isEmpty()) {
      return Optional.of(scenario);
    }
    Optional<Fields> market = parts.read(reference.get(), Parts.MARKET, MARKET_FILE)
        .flatMap(root -> in.fields(root, MARKET_FIELDS, MARKET));
    market.flatMap(m -> m.optional("description")).ifPresent(in::text);
    String named = reference.get().scalarText().map(String::strip).orElse("?");
    for (String section : MARKET_SECTIONS) {
      scenario.optional(section).ifPresent(v -> in.report(v, "no " + section + " here: this scenario takes its "
          + section + " from its market file (market: " + named + "); a field has one place",
          ValueReader.describe(v.node())));
    }
    return market;
  }

  /** The entries of the CSV file {@code reference} names; with no reference (an unread import), none and an incomplete section. */
  private static <T> Optional<List<T>> imported(Optional<Value> reference, Declarations.Section section,
      Function<Value, Optional<List<T>>> read) {
    if (reference.isEmpty()) {
      section.complete = false;
      return Optional.empty();
    }
    return read.apply(reference.get());
  }

  /** The entries written in YAML followed by those imported from CSV, when both could be read. */
  private static <T> Optional<List<T>> both(Optional<List<T>> written, Optional<List<T>> imported) {
    if (written.isEmpty() || imported.isEmpty()) {
      return Optional.empty();
    }
    List<T> all = new ArrayList<>(written.get());
    all.addAll(imported.get());
    return Optional.of(List.copyOf(all));
  }

  /**
   * Reads a top-level list section of entries; the section's ids count as complete only when it is a
   * list whose every entry's id could be seen.
   */
  private <T> Optional<List<T>> section(Fields top, String field, String expected, boolean allowEmpty,
      Declarations.Section section, Function<Value, Optional<T>> entry) {
    return section(Optional.of(top), field, expected, allowEmpty, section, entry);
  }

  /** As {@link #section(Fields, String, String, boolean, Declarations.Section, Function)}, from a mapping that may be missing. */
  private <T> Optional<List<T>> section(Optional<Fields> top, String field, String expected, boolean allowEmpty,
      Declarations.Section section, Function<Value, Optional<T>> entry) {
    Optional<Value> value = top.flatMap(t -> t.required(field, expected));
    if (value.isEmpty()) {
      section.complete = false;
      return Optional.empty();
    }
    // Without a usable list, "not declared" would only repeat this section's own problem.
    if (!(value.get().node() instanceof SequenceNode list) || !allowEmpty && list.getValue().isEmpty()) {
      section.complete = false;
    }
    return in.items(value.get(), expected, allowEmpty, entry);
  }
}
