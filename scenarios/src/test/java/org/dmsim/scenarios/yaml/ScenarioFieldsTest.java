package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;
import static org.dmsim.model.time.SimTime.MINUTE_MS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Empirical;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.Gamma;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.dist.Triangular;
import org.dmsim.model.dist.Uniform;
import org.dmsim.model.dist.Weibull;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.geo.LaneSpec;
import org.dmsim.model.geo.TransportMode;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.Component;
import org.dmsim.model.mfg.spec.ComponentStock;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.ShiftCalendar;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.mfg.spec.SupplierSpec;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of every section of a scenario, the references between sections and the model's own
 * checks of a whole network, each mistake reported at its line and field; loading in general (files,
 * YAML, the format) is {@link ScenarioLoaderTest}'s, parts {@link PartsTest}'s.
 */
class ScenarioFieldsTest {
  private static final String SOURCE = "t.yaml";
  private static final Path FILE = Path.of("src", "test", "resources", "scenario", "eu-spare-parts.yaml");

  /** The complete valid file; error tests change a line or two of it, so its line numbers hold for them. */
  static final String VALID = resource("/scenario/eu-spare-parts.yaml");

  /** The smallest valid file, for defaults: only required fields. */
  static final String MINIMAL = """
      format: 2
      name: minimal
      horizon: 30d
      products:
        - id: widget
          weightKg: 1
          valueEur: 10
          routing:
            - process: cnc
              time: 20min
        - id: part-a
          weightKg: 0.5
          valueEur: 5
          stocked: true
          routing: [{process: cnc, time: 10min}]
        - id: part-b
          weightKg: 0.5
          valueEur: 5
          stocked: true
          routing: [{process: cnc, time: 10min}]
        - id: part-c
          weightKg: 0.5
          valueEur: 5
          stocked: true
          routing: [{process: cnc, time: 10min}]
      machineTypes:
        - id: mill
          capabilities: [cnc]
          failures:
            timeBetween: 100h
            repair: 2h
      nodes:
        - id: plant
          kind: plant
          location: {lat: 0, lon: 0}
          machines:
            - type: mill
              count: 1
        - id: dc
          kind: distribution-centre
          location: {lat: 1, lon: 1}
          replenishFrom: plant
          stock:
            - {product: part-a, policy: s-S, reorderPoint: 5, orderUpTo: 20}
            - {product: part-b, policy: r-Q, reorderPoint: 5, quantity: 10}
            - {product: part-c, policy: base-stock, level: 7}
      regions:
        - id: town
          location: {lat: 0.5, lon: 0.5}
          demand:
            - product: widget
              ordersPerDay: 2
              promisedLeadTime: 2d
            - product: part-a
              ordersPerDay: 1
              promisedLeadTime: 0s
      platform:
        location: {lat: 0, lon: 0}
        allocation: centralized
        orderLatency: 10min
        infoDelay: 10min
        statusInterval: 1h
      """;

  @Test
  void load_completeFile_readsEveryValue() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE);

    assertThat(s.source()).isEqualTo(FILE.toString());
    assertThat(s.name()).isEqualTo("eu-spare-parts");
    assertThat(s.description()).isEqualTo("Spare parts for Europe from a plant, a microfactory and a distribution centre.");
    assertThat(s.defaultSeed()).isEqualTo(2026);
    assertThat(s.defaultReplications()).isEqualTo(3);
    assertThat(s.network().name()).isEqualTo("eu-spare-parts");
    assertThat(s.network().horizonMs()).isEqualTo(365 * DAY_MS);
    assertThat(s.network()).isEqualTo(expectedNetwork());
    assertThat(s.network().problems()).isEmpty();
  }

  private static ManufacturingSpec expectedNetwork() {
    List<Product> products = List.of(
        new Product("impeller", 2.5, 180, false, 4, List.of(new Component("steel-bar", 2)), List.of(
            new Step(ProcessType.CNC, new LogNormal(25 * MINUTE_MS, 0.3), 30 * MINUTE_MS),
            new Step(ProcessType.INSPECTION, new Deterministic(5 * MINUTE_MS), 0))),
        new Product("seal-kit", 0.4, 35, true, 1, List.of(), List.of(
            new Step(ProcessType.ADDITIVE, new Triangular(40 * MINUTE_MS, HOUR_MS, 2 * HOUR_MS), 0),
            new Step(ProcessType.FINISHING, new Empirical(new double[] {10 * MINUTE_MS, 12 * MINUTE_MS, 15 * MINUTE_MS}),
                0))));
    List<MachineType> types = List.of(
        new MachineType("cnc-5axis", EnumSet.of(ProcessType.CNC, ProcessType.INSPECTION), 1.2, 0.02, Optional.of(
            new Failures(new Exponential(120 * HOUR_MS), new LogNormal(4 * HOUR_MS, 0.5), FailureBasis.OPERATING))),
        new MachineType("printer", EnumSet.of(ProcessType.ADDITIVE, ProcessType.FINISHING, ProcessType.INSPECTION), 1,
            0, Optional.of(new Failures(Weibull.ofMean(1.5, 200 * HOUR_MS), Gamma.ofMeanCv(2 * HOUR_MS, 0.4),
                FailureBasis.CALENDAR))));
    List<NodeSpec> nodes = List.of(
        new NodeSpec("plant-lyon", NodeKind.PLANT, new GeoPoint(45.76, 4.84),
            List.of(new MachineGroup("cnc-5axis", 12), new MachineGroup("printer", 4)), Discipline.EDD,
            Map.of(ProcessType.CNC, 4.0, ProcessType.INSPECTION, 1.0, ProcessType.ADDITIVE, 6.5), 20_000, 0.99,
            new ShiftCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 6 * HOUR_MS, 22 * HOUR_MS),
            Optional.of(new ComponentStock(200, 1000)), Optional.empty(), List.of()),
        NodeSpec.producer("mf-berlin", NodeKind.MICROFACTORY, new GeoPoint(52.52, 13.405),
            List.of(new MachineGroup("printer", 2)), Discipline.FIFO, Map.of(), 1500),
        NodeSpec.distributionCentre("dc-paris", new GeoPoint(48.85, 2.35), 800, "plant-lyon",
            List.of(StockRule.sS("seal-kit", 20, 80, 80))));
    List<SupplierSpec> suppliers = List.of(new SupplierSpec("supplier-steel", new GeoPoint(51.5, 7.46),
        List.of("steel-bar"), new LogNormal(5 * DAY_MS, 0.3), 5000));
    List<RegionSpec> regions = List.of(
        new RegionSpec("region-paris", new GeoPoint(48.86, 2.34), List.of(
            new DemandSpec("impeller", 3.2, 0.2, 30, 0.05, new Uniform(1, 4), 3 * DAY_MS, 10 * DAY_MS),
            DemandSpec.poisson("seal-kit", 12, new Deterministic(1), DAY_MS))),
        new RegionSpec("region-berlin", new GeoPoint(52.5, 13.4), List.of(
            DemandSpec.poisson("impeller", 1.5, new Deterministic(2), 5 * DAY_MS))));
    PlatformSpec platform = new PlatformSpec(new GeoPoint(50.11, 8.68), AllocationPolicy.NEAREST, HOUR_MS, HOUR_MS,
        HOUR_MS, 20, 0.95);
    TransportSpec transport = new TransportSpec(List.of(TransportMode.ROAD, TransportMode.RAIL), List.of(
        LaneSpec.of("plant-lyon", "region-paris", TransportMode.ROAD).withDistanceKm(470).withTransitMs(9 * HOUR_MS),
        LaneSpec.of("supplier-steel", "plant-lyon", TransportMode.RAIL).withCostPerTonneKm(0.04)),
        new Batching(true, 500, 12 * HOUR_MS));
    return new ManufacturingSpec("eu-spare-parts", 365 * DAY_MS, products, types, nodes, suppliers, regions, platform,
        transport, new CostSpec(0.25, 5));
  }

  @Test
  void parse_onlyRequiredFields_appliesTheDocumentedDefaults() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(MINIMAL, SOURCE);
    ManufacturingSpec m = s.network();

    assertThat(s.description()).isEmpty();
    assertThat(s.defaultSeed()).isEqualTo(1);
    assertThat(s.defaultReplications()).isEqualTo(1);
    Product widget = m.products().get(0);
    assertThat(widget.stocked()).isFalse();
    assertThat(widget.variants()).isEqualTo(1);
    assertThat(widget.bom()).isEmpty();
    assertThat(widget.routing()).containsExactly(new Step(ProcessType.CNC, new Deterministic(20 * MINUTE_MS), 0));
    MachineType mill = m.machineTypes().get(0);
    assertThat(mill.speed()).isEqualTo(1.0);
    assertThat(mill.scrapProbability()).isZero();
    assertThat(mill.failures()).contains(
        new Failures(new Deterministic(100 * HOUR_MS), new Deterministic(2 * HOUR_MS), FailureBasis.OPERATING));
    NodeSpec plant = m.nodes().get(0);
    assertThat(plant.dispatching()).isEqualTo(Discipline.FIFO.rule());
    assertThat(plant.unitCostEur()).isEmpty();
    assertThat(plant.fixedCostEurPerDay()).isZero();
    assertThat(plant.quality()).isEqualTo(1.0);
    assertThat(plant.shifts()).isEqualTo(ShiftCalendar.ALWAYS);
    assertThat(plant.componentStock()).isEmpty();
    assertThat(m.nodes().get(1).stock()).containsExactly(
        StockRule.sS("part-a", 5, 20, 20),
        StockRule.rQ("part-b", 5, 10, 15),
        StockRule.baseStock("part-c", 7, 7));
    assertThat(m.suppliers()).isEmpty();
    assertThat(m.regions().get(0).demand().get(0)).isEqualTo(
        new DemandSpec("widget", 2, 0, 0, 0, new Deterministic(1), 2 * DAY_MS, SimTime.NEVER));
    assertThat(m.platform().maxQueuePerMachine()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(m.platform().minQuality()).isZero();
    assertThat(m.transport()).isEqualTo(TransportSpec.ROAD);
    assertThat(m.transport().batching()).isEqualTo(Batching.PER_ORDER);
    assertThat(m.costs()).isEqualTo(CostSpec.NONE);
  }

  @Test
  void parse_lowerCaseStockPoliciesAndMidnightShiftEnd_areAccepted() throws ScenarioException {
    String yaml = edit(MINIMAL, "policy: s-S", "policy: s-s", "policy: r-Q", "policy: r-q",
        "    machines:", "    shifts: {days: [sat, sun], from: \"18:30\", to: \"24:00\"}\n    machines:");

    ManufacturingSpec m = ScenarioLoader.parse(yaml, SOURCE).network();

    assertThat(m.nodes().get(1).stock()).extracting(r -> r.policy().name())
        .containsExactly("s-s", "r-q", "base-stock");
    assertThat(m.nodes().get(0).shifts()).isEqualTo(new ShiftCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
        18 * HOUR_MS + 30 * MINUTE_MS, DAY_MS));
  }

  @Test
  void docs_exampleAndItsErrors_matchTheLoader() throws IOException, ScenarioException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Example"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String example = section.substring(start, section.indexOf("```", start));
    List<String> documented = section.lines().filter(l -> l.startsWith("    eu.yaml:")).map(String::strip).toList();

    assertThat(ScenarioLoader.parse(example, "eu.yaml").network().problems()).isEmpty();
    String broken = edit(example,
        "repair: {kind: lognormal, mean: 4h, cv: 0.5}", "repair: {kind: gamma, mean: 4h, shape: 2}",
        "type: printer", "type: printr", "to: \"22:00\"", "to: \"25:00\"", "ordersPerDay: 3.2", "ordersPerDay: 0");
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(broken, "eu.yaml"), ScenarioException.class);
    assertThat(documented).hasSize(4).containsExactlyElementsOf(e.problems().stream().map(Problem::format).toList());
  }

  /** One kind of mistake per case: the edits to {@link #VALID} and every problem it must give, in order. */
  static Stream<Arguments> fieldProblems() {
    return Stream.of(
        // versions, top level
        c("unknown format", "format: 2", "format: 3",
            "3:1: format: expected " + ScenarioReader.FORMAT + ", found \"3\""),
        c("misspelt top-level field", "name: eu-spare-parts", "nme: eu-spare-parts",
            "3:1: name: expected a scenario name of lower-case letters, digits and '-', not starting with '-' "
                + "(e.g. tiny-factory), found nothing (the field is missing)",
            "4:1: nme: expected one of: format, kind, name, description, horizon, seed, replications, market, "
                + "products, machineTypes, import, nodes, suppliers, regions, platform, transport, costs, disruptions, found unknown "
                + "field \"nme\"; did you mean 'name'?"),
        c("format-1 factory", "seed: 2026", "seed: 2026\nfactory: {id: x}",
            "8:1: factory: expected one of: format, kind, name, description, horizon, seed, replications, market, "
                + "products, machineTypes, import, nodes, suppliers, regions, platform, transport, costs, disruptions, found unknown field "
                + "\"factory\", a field of the retired format 1; a factory is a node of kind plant"),
        c("zero horizon", "horizon: 365d", "horizon: 0d",
            "6:1: horizon: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), found \"0d\""),
        // numbers, booleans, durations
        c("negative weight", "weightKg: 2.5", "weightKg: -1",
            "12:5: products[0].weightKg: expected a weight in kg per unit, a number greater than 0, found \"-1\""),
        c("quoted number", "weightKg: 2.5", "weightKg: \"2.5\"",
            "12:5: products[0].weightKg: expected a weight in kg per unit, a number greater than 0, found \"2.5\" in "
                + "quotes, which makes it a text"),
        c("missing weight", "    weightKg: 2.5\n", "",
            "11:5: products[0].weightKg: expected a weight in kg per unit, a number greater than 0, found nothing "
                + "(the field is missing)"),
        c("word for a boolean", "stocked: true", "stocked: yes",
            "27:5: products[1].stocked: expected true or false, found \"yes\""),
        c("zero variants", "variants: 4", "variants: 0",
            "14:5: products[0].variants: expected a number of variants, an integer from 1 to 10000, found \"0\""),
        c("fractional bom quantity", "quantity: 2", "quantity: 1.5",
            "17:9: products[0].bom[0].quantity: expected a quantity per unit of product, an integer from 1 to 10000, "
                + "found \"1.5\""),
        c("word for a duration", "        time: 5min", "        time: abc",
            "23:9: products[0].routing[1].time: expected a duration: a number and a unit of ms, s, min, h, d or w "
                + "(e.g. 90s, 15min, 4h, 3d), found \"abc\""),
        c("duration without unit", "setup: 30min", "setup: 30",
            "21:9: products[0].routing[0].setup: expected a duration: a number and a unit of ms, s, min, h, d or w "
                + "(e.g. 90s, 15min, 4h, 3d), found \"30\" (a number without a unit)"),
        c("machine count too large", "count: 12", "count: 10001",
            "55:9: nodes[0].machines[0].count: expected a number of machines, an integer from 1 to 10000, "
                + "found \"10001\""),
        c("speed zero and certain scrap", "speed: 1.2", "speed: 0", "scrapProbability: 0.02", "scrapProbability: 1",
            "37:5: machineTypes[0].speed: expected a speed multiplier, a number greater than 0, found \"0\"",
            "38:5: machineTypes[0].scrapProbability: expected a scrap probability, a number from 0 to below 1, "
                + "found \"1\""),
        c("latitude and longitude", "location: {lat: 45.76, lon: 4.84}", "location: {lat: 95.76, lon: east}",
            "52:16: nodes[0].location.lat: expected a latitude in degrees, a number from -90 to 90, found \"95.76\"",
            "52:28: nodes[0].location.lon: expected a longitude in degrees, a number from -180 to 180, found \"east\""),
        c("missing longitude", "location: {lat: 45.76, lon: 4.84}", "location: {lat: 45.76}",
            "52:15: nodes[0].location.lon: expected a longitude in degrees, a number from -180 to 180, found nothing "
                + "(the field is missing)"),
        c("quality above one", "quality: 0.99", "quality: 1.01",
            "61:5: nodes[0].quality: expected a quality rating, a number from 0 to 1, found \"1.01\""),
        c("unit cost process and value", "unitCostEur: {cnc: 4.0, inspection: 1.0, additive: 6.5}",
            "unitCostEur: {cnc: 4.0, inspecton: 1.0, additive: -6.5}",
            "59:29: nodes[0].unitCostEur.inspecton: expected one of: additive, cnc, injection-moulding, finishing, "
                + "assembly, inspection, found unknown field \"inspecton\"; did you mean 'inspection'?",
            "59:45: nodes[0].unitCostEur.additive: expected a cost in EUR per unit, a number 0 or more, "
                + "found \"-6.5\""),
        c("season and trend out of range", "amplitude: 0.2", "amplitude: 1", "peakDay: 30", "peakDay: 400",
            "trendPerYear: 0.05", "trendPerYear: -1",
            "101:11: regions[0].demand[0].seasonality.amplitude: expected a seasonal amplitude, a number from 0 to "
                + "below 1, found \"1\"",
            "102:11: regions[0].demand[0].seasonality.peakDay: expected a day of the year, a number from 0 to 365, "
                + "found \"400\"",
            "103:9: regions[0].demand[0].trendPerYear: expected a relative change of the rate per year, a number "
                + "greater than -1, found \"-1\""),
        c("negative promise, no patience", "promisedLeadTime: 3d", "promisedLeadTime: -3d", "patience: 10d",
            "patience: 0d",
            "105:9: regions[0].demand[0].promisedLeadTime: expected a duration: a number and a unit of ms, s, min, h, "
                + "d or w (e.g. 90s, 15min, 4h, 3d), found \"-3d\"",
            "106:9: regions[0].demand[0].patience: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), "
                + "found \"0d\""),
        c("zero orders per day", "ordersPerDay: 1.5", "ordersPerDay: 0",
            "114:9: regions[1].demand[0].ordersPerDay: expected a positive number of orders per day, found \"0\""),
        c("capacity in words", "capacityPerDay: 5000", "capacityPerDay: lots",
            "92:5: suppliers[0].capacityPerDay: expected a capacity in units per day, a number greater than 0, "
                + "found \"lots\""),
        c("max queue zero, min quality above one", "maxQueuePerMachine: 20", "maxQueuePerMachine: 0",
            "minQuality: 0.95", "minQuality: 1.5",
            "124:3: platform.maxQueuePerMachine: expected a number of waiting jobs per working machine, a number "
                + "greater than 0, found \"0\"",
            "125:3: platform.minQuality: expected a quality rating, a number from 0 to 1, found \"1.5\""),
        c("status interval in words", "statusInterval: 1h", "statusInterval: hourly",
            "123:3: platform.statusInterval: expected a duration: a number and a unit of ms, s, min, h, d or w "
                + "(e.g. 90s, 15min, 4h, 3d), found \"hourly\""),
        c("lane overrides", "      transit: 9h", "      transit: 9h\n      transitCv: -1\n      co2KgPerTonneKm: x",
            "135:7: transport.lanes[0].transitCv: expected a coefficient of variation, a number 0 or more, "
                + "found \"-1\"",
            "136:7: transport.lanes[0].co2KgPerTonneKm: expected emissions in kg CO2e per tonne-km, a number 0 or more, "
                + "found \"x\""),
        c("lane too long", "distanceKm: 470", "distanceKm: 470000",
            "133:7: transport.lanes[0].distanceKm: expected a distance in km, a number from 0 to 100000, "
                + "found \"470000\""),
        c("consolidation weight in words", "maxWeightKg: 500", "maxWeightKg: heavy",
            "141:5: transport.consolidation.maxWeightKg: expected a weight in kg, a number greater than 0, "
                + "found \"heavy\""),
        c("negative penalty", "latenessPenaltyEurPerUnitDay: 5", "latenessPenaltyEurPerUnitDay: -5",
            "146:3: costs.latenessPenaltyEurPerUnitDay: expected a penalty in EUR per unit per day late, a number 0 or "
                + "more, found \"-5\""),
        // shifts
        c("shift start not a time of day", "from: \"06:00\"", "from: 6h",
            "64:7: nodes[0].shifts.from: expected a time of day HH:MM from 00:00 to 23:59 (e.g. \"06:00\"), "
                + "found \"6h\""),
        c("shift over midnight", "to: \"22:00\"", "to: \"05:00\"",
            "65:7: nodes[0].shifts.to: expected a time of day after from (06:00), up to 24:00; a shift cannot pass "
                + "midnight, found \"05:00\""),
        c("shift days repeated and unknown", "days: [mon, tue, wed, thu, fri]", "days: [mon, tue, mon, monday]",
            "63:24: nodes[0].shifts.days[2]: expected each day once, found \"mon\" again, first at line 63",
            "63:29: nodes[0].shifts.days[3]: expected one of: mon, tue, wed, thu, fri, sat, sun, found \"monday\""),
        // words from fixed lists
        c("unknown process", "process: cnc", "process: milling",
            "19:9: products[0].routing[0].process: expected one of: additive, cnc, injection-moulding, finishing, "
                + "assembly, inspection, found \"milling\""),
        c("unknown node kind", "kind: plant", "kind: factory",
            "51:5: nodes[0].kind: expected one of: plant, microfactory, distribution-centre, found \"factory\""),
        c("unknown discipline", "discipline: edd", "discipline: lifo",
            "58:5: nodes[0].discipline: expected one of: edd, fifo, spt, found \"lifo\"; did you mean 'fifo'?"),
        c("unknown failure basis", "basis: calendar", "basis: wall",
            "47:7: machineTypes[1].failures.basis: expected one of: operating, calendar, found \"wall\""),
        c("unknown allocation rule", "allocation: nearest", "allocation: closest",
            "120:3: platform.allocation: expected one of: centralized, cheapest-landed, least-loaded, lowest-co2, "
                + "nearest, found \"closest\""),
        c("unknown and repeated mode", "modes: [road, rail]", "modes: [road, truck, road]",
            "128:17: transport.modes[1]: expected one of: road, rail, sea, air, found \"truck\"",
            "128:24: transport.modes[2]: expected each mode once, found \"road\" again, first at line 128"),
        c("unknown lane mode", "mode: rail", "mode: ship",
            "137:7: transport.lanes[1].mode: expected one of: road, rail, sea, air, found \"ship\""),
        c("unknown batching", "batching: consolidate", "batching: daily",
            "139:3: transport.batching: expected one of: per-order, consolidate, found \"daily\""),
        c("unknown stock policy", "policy: s-S", "policy: sS",
            "83:9: nodes[2].stock[0].policy: expected one of: s-S, r-Q, base-stock, or {rule: NAME, "
                + "params: {...}}, found \"sS\"; did you mean 's-S'?"),
        c("fields of another stock policy", "policy: s-S", "policy: r-Q",
            "82:9: nodes[2].stock[0].quantity: expected a number of units, an integer from 1 to 1000000000, "
                + "found nothing (the field is missing)",
            "85:9: nodes[2].stock[0].orderUpTo: expected one of: product, policy, reorderPoint, quantity, initial, "
                + "inTransit, ordersInTransit, backlog, holdingCost, backlogCost, lostSales, found unknown field "
                + "\"orderUpTo\", a field of the s-S policy"),
        c("order-up-to not above reorder point", "orderUpTo: 80", "orderUpTo: 20",
            "85:9: nodes[2].stock[0].orderUpTo: expected a number of units greater than reorderPoint (20), an integer "
                + "up to 1000000000, found \"20\""),
        c("negative initial stock", "orderUpTo: 80", "orderUpTo: 80\n        initial: -1",
            "86:9: nodes[2].stock[0].initial: expected a number of units, an integer from 0 to 1000000000, "
                + "found \"-1\""),
        // distributions
        c("unknown kind and parameter", "time: {kind: lognormal, mean: 25min, cv: 0.3}",
            "time: {kind: normal, mean: 25min, sd: 3min}",
            "20:16: products[0].routing[0].time.kind: expected one of: deterministic, exponential, lognormal, gamma, "
                + "weibull, triangular, uniform, empirical, found \"normal\"",
            "20:43: products[0].routing[0].time.sd: expected one of: kind, value, mean, cv, shape, scale, min, mode, "
                + "max, values, found unknown field \"sd\""),
        c("parameter of no parameter set", "leadTime: {kind: lognormal, mean: 5d, cv: 0.3}",
            "leadTime: {kind: lognormal, mean: 5d, cv: 0.3, scale: 1d}",
            "91:52: suppliers[0].leadTime.scale: expected one of: kind, mean, cv, found unknown field \"scale\""),
        c("missing parameter", "timeBetween: {kind: exponential, mean: 120h}", "timeBetween: {kind: exponential}",
            "40:20: machineTypes[0].failures.timeBetween.mean: expected a duration greater than zero (e.g. 90s, 15min, "
                + "4h, 3d); exponential takes mean, found nothing (the field is missing)"),
        c("missing kind", "time: {kind: triangular, min: 40min, mode: 1h, max: 2h}", "time: {mean: 1h}",
            "30:15: products[1].routing[0].time.kind: expected a distribution kind, one of: deterministic, exponential, "
                + "lognormal, gamma, weibull, triangular, uniform, empirical, found nothing (the field is missing)"),
        c("parameters without unit or out of range", "time: {kind: lognormal, mean: 25min, cv: 0.3}",
            "time: {kind: lognormal, mean: 25, cv: 0}",
            "20:33: products[0].routing[0].time.mean: expected a duration: a number and a unit of ms, s, min, h, d or "
                + "w (e.g. 90s, 15min, 4h, 3d), found \"25\" (a number without a unit)",
            "20:43: products[0].routing[0].time.cv: expected a coefficient of variation, a number greater than 0, "
                + "found \"0\""),
        c("mixed parameter sets", "repair: {kind: gamma, mean: 2h, cv: 0.4}", "repair: {kind: gamma, mean: 2h, shape: 4}",
            "46:39: machineTypes[1].failures.repair.shape: expected the gamma parameters mean and cv, or shape and "
                + "scale, not a mix, found 'shape' together with 'mean'"),
        c("triangular mode outside", "mode: 1h, max: 2h", "mode: 3h, max: 2h",
            "30:46: products[1].routing[0].time.mode: expected a duration from min (40min) to max (2h), found \"3h\""),
        c("uniform bounds reversed", "min: 1, max: 4", "min: 4, max: 1",
            "104:44: regions[0].demand[0].orderSize.max: expected a number greater than min (4), found \"1\""),
        c("empirical without values", "values: [10min, 12min, 15min]", "values: []",
            "32:33: products[1].routing[1].time.values: expected a non-empty list of durations (e.g. [20min, 25min, "
                + "40min]), found an empty list"),
        c("empirical value in words", "values: [10min, 12min, 15min]", "values: [10min, twelve]",
            "32:49: products[1].routing[1].time.values[1]: expected a duration: a number and a unit of ms, s, min, h, "
                + "d or w (e.g. 90s, 15min, 4h, 3d), found \"twelve\""),
        c("list for a distribution", "time: 5min", "time: [5min]",
            "23:9: products[0].routing[1].time: expected a time distribution: a duration (e.g. 25min) or a mapping "
                + "with kind and its parameters (e.g. {kind: lognormal, mean: 25min, cv: 0.3}), found a list"),
        c("duration for an order size", "orderSize: 2", "orderSize: 2min",
            "115:9: regions[1].demand[0].orderSize: expected a number of units, 0 or more, found \"2min\""),
        c("zero time between failures", "timeBetween: {kind: exponential, mean: 120h}", "timeBetween: 0h",
            "40:7: machineTypes[0].failures.timeBetween: expected a time distribution with a mean greater than zero "
                + "(e.g. {kind: exponential, mean: 120h}), found \"0h\""),
        c("distribution the model refuses", "shape: 1.5, mean: 200h", "shape: 0.001, mean: 200h",
            "45:7: machineTypes[1].failures.timeBetween: expected a distribution the model accepts, found weibull: "
                + "scale must be positive and finite, got NaN"));
  }

  /** Mistakes in references between sections, ids and fields that depend on a node's kind. */
  static Stream<Arguments> referenceProblems() {
    return Stream.of(
        c("unknown machine type", "type: printer", "type: printr",
            "56:9: nodes[0].machines[1].type: expected a machine type declared in machineTypes (one of: cnc-5axis, "
                + "printer), found \"printr\"; did you mean 'printer'?"),
        c("unknown demanded product", "      - product: seal-kit\n        ordersPerDay: 12",
            "      - product: sealkit\n        ordersPerDay: 12",
            "107:9: regions[0].demand[1].product: expected a product declared in products (one of: impeller, "
                + "seal-kit), found \"sealkit\"; did you mean 'seal-kit'?"),
        c("product demanded twice", "      - product: seal-kit\n        ordersPerDay: 12",
            "      - product: impeller\n        ordersPerDay: 12",
            "107:9: regions[0].demand[1].product: expected each product once per region, found \"impeller\" again, "
                + "first at line 98"),
        c("unsupplied component", "component: steel-bar", "component: copper",
            "16:9: products[0].bom[0].component: expected a component some supplier supplies (one of: steel-bar), "
                + "found \"copper\""),
        c("no suppliers at all", "suppliers:\n  - id: supplier-steel\n    location: {lat: 51.5, lon: 7.46}\n"
                + "    components: [steel-bar]\n    leadTime: {kind: lognormal, mean: 5d, cv: 0.3}\n"
                + "    capacityPerDay: 5000\n", "",
            "16:9: products[0].bom[0].component: expected a component some supplier supplies (none is declared), "
                + "found \"steel-bar\"",
            "129:7: transport.lanes[1].from: expected a supplier or node declared in suppliers or nodes (where goods "
                + "leave from), found \"supplier-steel\""),
        c("replenished from itself", "replenishFrom: plant-lyon", "replenishFrom: dc-paris",
            "80:5: nodes[2].replenishFrom: expected the id of another node that refills this distribution centre, "
                + "found \"dc-paris\", the node itself"),
        c("replenished from a supplier", "replenishFrom: plant-lyon", "replenishFrom: supplier-steel",
            "80:5: nodes[2].replenishFrom: expected the id of another node declared in nodes (one of: plant-lyon, "
                + "mf-berlin, dc-paris), found \"supplier-steel\" (a supplier)"),
        c("stock of a make-to-order product", "stocked: true", "stocked: false",
            "82:9: nodes[2].stock[0].product: expected a make-to-stock product (stocked: true); only those are kept in "
                + "stock, found \"seal-kit\", which is make-to-order (products[1] has stocked: false)"),
        c("duplicate product id", "  - id: seal-kit", "  - id: impeller",
            "24:5: products[1].id: expected a product id no other product has, found \"impeller\", already the id of "
                + "products[0] at line 11",
            "82:9: nodes[2].stock[0].product: expected a product declared in products (one of: impeller), "
                + "found \"seal-kit\"",
            "107:9: regions[0].demand[1].product: expected a product declared in products (one of: impeller), "
                + "found \"seal-kit\""),
        c("node and region with one name", "  - id: mf-berlin", "  - id: region-paris",
            "95:5: regions[0].id: expected a name no other node, supplier or region has, found \"region-paris\", "
                + "already the id of nodes[1] at line 69"),
        c("node named platform", "  - id: dc-paris", "  - id: platform",
            "76:5: nodes[2].id: expected a name no other node, supplier or region has and not 'platform', the order "
                + "platform's name, found \"platform\""),
        c("invalid id, no cascade", "  - id: printer", "  - id: Printer",
            "42:5: machineTypes[1].id: expected a machine type id of lower-case letters, digits and '-', not starting "
                + "with '-' (e.g. cnc-5axis), found \"Printer\""),
        c("machine type twice at a node", "      - type: printer\n        count: 4",
            "      - type: cnc-5axis\n        count: 4",
            "56:9: nodes[0].machines[1].type: expected each machine type once per node (add to the count instead), "
                + "found \"cnc-5axis\" again, first at line 54"),
        c("component twice at a supplier", "components: [steel-bar]", "components: [steel-bar, steel-bar]",
            "90:29: suppliers[0].components[1]: expected each component once per supplier, found \"steel-bar\" again, "
                + "first at line 90"),
        c("lane from a region", "    - from: plant-lyon", "    - from: region-berlin",
            "130:7: transport.lanes[0].from: expected a supplier or node declared in suppliers or nodes (where goods "
                + "leave from), found \"region-berlin\" (a region)"),
        c("lane to a supplier", "      to: region-paris", "      to: supplier-steel",
            "131:7: transport.lanes[0].to: expected a node or region declared in nodes or regions (where goods go to), "
                + "found \"supplier-steel\" (a supplier)"),
        c("lane to itself", "      to: plant-lyon", "      to: supplier-steel",
            "136:7: transport.lanes[1].to: expected a destination other than from (supplier-steel), "
                + "found \"supplier-steel\""),
        c("lane given twice", "    - from: supplier-steel\n      to: plant-lyon\n      mode: rail",
            "    - from: plant-lyon\n      to: region-paris\n      mode: road",
            "135:7: transport.lanes[1]: expected each lane (from, to, mode) once, found \"plant-lyon -> "
                + "region-paris by road\" again, first at line 130"),
        c("plant fields on a distribution centre", "    replenishFrom: plant-lyon",
            "    replenishFrom: plant-lyon\n    machines: []\n    shifts: {}",
            "81:5: nodes[2].machines: expected one of: id, kind, location, fixedCostEurPerDay, quality, replenishFrom, "
                + "stock, orderDelay, shippingDelay, period, backup, found unknown field \"machines\", a field of plants "
                + "and microfactories only",
            "82:5: nodes[2].shifts: expected one of: id, kind, location, fixedCostEurPerDay, quality, replenishFrom, "
                + "stock, orderDelay, shippingDelay, period, backup, found unknown field \"shifts\", a field of plants "
                + "and microfactories only"),
        c("microfactory without machines", "    machines:\n      - type: printer\n        count: 2\n", "",
            "69:5: nodes[1].machines: expected a non-empty list of machine groups (a microfactory makes products), "
                + "found nothing (the field is missing)"),
        c("distribution centre without source and stock", "    kind: microfactory", "    kind: distribution-centre",
            "69:5: nodes[1].replenishFrom: expected the id of another node that refills this distribution centre, "
                + "found nothing (the field is missing)",
            "69:5: nodes[1].stock: expected a non-empty list of stock rules (a distribution-centre holds stock), found "
                + "nothing (the field is missing)",
            "72:5: nodes[1].machines: expected one of: id, kind, location, fixedCostEurPerDay, quality, replenishFrom, "
                + "stock, orderDelay, shippingDelay, period, backup, found unknown field \"machines\", a field of plants "
                + "and microfactories only"),
        c("consolidation with per-order batching", "batching: consolidate", "batching: per-order",
            "140:3: transport.consolidation: expected no consolidation with batching per-order (set batching: "
                + "consolidate to use it), found a mapping"),
        c("consolidate without a rule", "  consolidation:\n    maxWeightKg: 500\n    maxWait: 12h\n", "",
            "128:3: transport.consolidation: expected a consolidation rule: a mapping with the fields maxWeightKg, "
                + "maxWait (batching is consolidate), found nothing (the field is missing)"),
        c("no modes and no lanes", "modes: [road, rail]", "modes: []", "  lanes:", "  lanes: []\n  oldLanes:",
            "128:3: transport.modes: expected a list of transport modes, each one of: road, rail, sea, air; at least "
                + "one when no lanes are given, found an empty list",
            "130:3: transport.oldLanes: expected one of: modes, lanes, batching, consolidation, found unknown field "
                + "\"oldLanes\""));
  }

  /** Networks whose every field is valid but whose parts do not fit: the model's own checks, placed at the entry. */
  static Stream<Arguments> networkProblems() {
    return Stream.of(
        c("no node can make a demanded product", "capabilities: [cnc, inspection]", "capabilities: [inspection]",
            "18:5: products[0].routing: expected a routing some node can make, since a region demands it: a machine "
                + "capable of each step at one node, found no node can make it"),
        c("no plant can make it under the centralized policy", "allocation: nearest", "allocation: centralized",
            "capabilities: [cnc, inspection]", "capabilities: [inspection]",
            "18:5: products[0].routing: expected a routing some node can make, since a region demands it: a machine "
                + "capable of each step at one plant (policy centralized), found no node can make it"),
        c("source cannot make the stocked product", "      - type: printer\n        count: 4\n", "",
            "80:9: nodes[2].stock[0].product: expected a product that plant-lyon (replenishFrom) can make: it needs a "
                + "machine capable of each routing step, found \"seal-kit\", which plant-lyon cannot make"),
        c("demanded stocked product nobody stocks", "valueEur: 180", "valueEur: 180\n    stocked: true",
            "      - product: seal-kit\n        policy: s-S", "      - product: impeller\n        policy: s-S",
            "28:5: products[1].stocked: expected a make-to-stock product that some distribution centre stocks, since "
                + "a region demands it, found no distribution centre lists it in its stock"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldProblems")
  void parse_invalidField_reportsLineFieldExpectedAndFound(String mistake, List<String> edits, List<String> expected) {
    assertThat(problems(edit(VALID, edits.toArray(String[]::new)))).extracting(Problem::format)
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceProblems")
  void parse_brokenReference_reportsItAtTheReferringValue(String mistake, List<String> edits, List<String> expected) {
    assertThat(problems(edit(VALID, edits.toArray(String[]::new)))).extracting(Problem::format)
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networkProblems")
  void parse_inconsistentNetwork_reportsTheModelCheckAtTheEntry(String mistake, List<String> edits,
      List<String> expected) {
    assertThat(problems(edit(VALID, edits.toArray(String[]::new)))).extracting(Problem::format)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void parse_mistakesAllOverTheFile_reportsEverySortedByLine() {
    String yaml = edit(VALID, "allocation: nearest", "allocation: closest", "weightKg: 2.5", "weightKg: 0",
        "count: 12", "count: -2", "type: printer", "type: printr", "promisedLeadTime: 5d", "promisedLeadTime: soon");

    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);

    assertThat(e.problems()).extracting(Problem::line).containsExactly(12, 55, 56, 116, 120);
    assertThat(e.problems()).extracting(Problem::field).containsExactly("products[0].weightKg",
        "nodes[0].machines[0].count", "nodes[0].machines[1].type", "regions[1].demand[0].promisedLeadTime",
        "platform.allocation");
    assertThat(e.getMessage().split("\n")).containsExactlyElementsOf(e.problems().stream().map(Problem::format).toList());
  }

  @Test
  void parse_anchorsAliasesAndTags_areReportedOnceEach() {
    String yaml = edit(VALID, "weightKg: 2.5", "weightKg: &w 2.5", "weightKg: 0.4", "weightKg: *w",
        "count: 12", "count: !!int 12", "  - id: mf-berlin", "  - id: !!str mf-berlin");

    assertThat(problems(yaml)).extracting(Problem::line, Problem::field).map(t -> t.toList()).containsExactly(
        List.of(12, "products[0].weightKg"),
        List.of(25, "products[1].weightKg"),
        List.of(55, "nodes[0].machines[0].count"),
        List.of(69, "nodes[1].id"));
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** A case: its name, pairs of (text, replacement), then each expected problem without the file name. */
  private static Arguments c(String mistake, String... editsThenProblems) {
    List<String> edits = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String s : editsThenProblems) {
      if (s.matches("(?s)\\d+:\\d+: .*")) {
        expected.add(SOURCE + ":" + s);
      } else {
        edits.add(s);
      }
    }
    assertThat(edits.size() % 2).as("edits come in pairs: %s", mistake).isZero();
    return Arguments.of(mistake, edits, expected);
  }

  /** The text with each (from, to) pair replaced once; fails if a text is missing, so edits cannot go stale. */
  static String edit(String yaml, String... fromTo) {
    String out = yaml;
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(out).contains(fromTo[i]);
      out = out.replaceFirst(Pattern.quote(fromTo[i]), Matcher.quoteReplacement(fromTo[i + 1]));
    }
    return out;
  }

  private static List<Problem> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems();
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioFieldsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
