package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.Gamma;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.dist.Triangular;
import org.dmsim.model.dist.Uniform;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.disruption.DisruptionGenerator.Hazard;
import org.dmsim.model.mfg.disruption.DisruptionSchedule;
import org.dmsim.model.mfg.disruption.DisruptionTemplate;
import org.dmsim.model.mfg.disruption.DisruptionTemplate.LaneEnds;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisruptionsLoaderTest {
  private static final String SOURCE = "t.yaml";
  private static final Path FILE = Path.of("src", "test", "resources", "scenario", "disruptions.yaml");

  /** The complete valid file; error tests change a line or two of it, so its line numbers hold for them. */
  static final String VALID = read(FILE);

  /** The same network without its disruptions section. */
  static final String NETWORK = VALID.substring(0, VALID.indexOf("disruptions:\n"));

  private static final GeoPoint RHINE = new GeoPoint(50.9, 6.9);

  @Test
  void load_completeList_readsEveryFixedDisruptionInFileOrder() throws ScenarioException {
    ManufacturingSpec m = ScenarioLoader.load(FILE).network();

    assertThat(m.disruptions()).containsExactly(
        new Disruption.NodeOutage("plant-kassel", 120 * DAY_MS, 141 * DAY_MS),
        new Disruption.CapacityLoss("plant-kassel", 0.3, 60 * DAY_MS, 90 * DAY_MS),
        new Disruption.RegionalDisaster("rhine-flood", RHINE, 150, 200 * DAY_MS, 214 * DAY_MS),
        new Disruption.LaneClosure("*", "region-london", 0, 90 * DAY_MS, 100 * DAY_MS),
        new Disruption.LaneClosure("plant-kassel", "*", 2.5, 95 * DAY_MS, 95 * DAY_MS + 12 * HOUR_MS),
        new Disruption.SupplierFailure("supplier-steel", 30 * DAY_MS, 44 * DAY_MS),
        new Disruption.DemandSurge("*", "seal-kit", 2, 150 * DAY_MS, 180 * DAY_MS),
        new Disruption.PlatformOutage(false, 180 * DAY_MS, 183 * DAY_MS),
        new Disruption.PlatformOutage(true, 300 * DAY_MS, 300 * DAY_MS + 36 * HOUR_MS),
        new Disruption.StockDestroyed("dc-paris", 0.5, 100 * DAY_MS));
    assertThat(m.problems()).isEmpty();
  }

  @Test
  void load_completeList_readsEveryGeneratorInFileOrder() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE);

    assertThat(s.disruptionGenerators()).containsExactly(
        new DisruptionGenerator.Poisson(
            new DisruptionTemplate.NodeOutages(List.of("mf-paris-1", "mf-lyon", "supplier-steel")), 2,
            new LogNormal(5.0 * DAY_MS, 0.5)),
        new DisruptionGenerator.RegionalHazard(0.5, new Exponential(10.0 * DAY_MS), 120,
            List.of(new Hazard("rhine", RHINE, 3), new Hazard("po-valley", new GeoPoint(45.1, 10.0), 1))),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.CapacityLosses(List.of("plant-kassel"), 0.25), 1,
            new Deterministic(30.0 * DAY_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.LaneClosures(
            List.of(new LaneEnds("*", "region-london"), new LaneEnds("plant-kassel", "region-paris")), 3), 4,
            new Uniform(1.0 * DAY_MS, 5.0 * DAY_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.DemandSurges(List.of("region-paris", "*"), "*", 1.5),
            1, new Deterministic(14.0 * DAY_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.StocksDestroyed(List.of("dc-paris"), 0.2), 0.5,
            new Deterministic(0)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.PlatformOutages(true), 3,
            new Exponential(12.0 * HOUR_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.RegionalDisasters(
            List.of(new DisruptionTemplate.Site("lyon-quake", new GeoPoint(45.76, 4.84))), 40), 0.1,
            new Deterministic(7.0 * DAY_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.SupplierFailures(List.of("supplier-steel")), 0.5,
            Gamma.ofMeanCv(10.0 * DAY_MS, 0.5)),
        new DisruptionGenerator.Poisson(
            new DisruptionTemplate.LaneClosures(List.of(new LaneEnds("supplier-steel", "plant-kassel")), 0), 1,
            new Deterministic(2.0 * DAY_MS)),
        new DisruptionGenerator.Poisson(new DisruptionTemplate.PlatformOutages(false), 1,
            new Triangular(1.0 * HOUR_MS, 4.0 * HOUR_MS, 2.0 * DAY_MS)));
  }

  @Test
  void manufacturingFor_isTheFixedDisruptionsPlusTheGeneratorsDraws() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE);

    for (int replication = 0; replication < 20; replication++) {
      ManufacturingSpec run = s.manufacturingFor(7, replication);

      List<Disruption> expected = DisruptionSchedule.sample(s.network().disruptions(), s.disruptionGenerators(),
          365 * DAY_MS, 7, replication);
      assertThat(run.disruptions()).isEqualTo(expected).isEqualTo(s.disruptionsFor(7, replication))
          .containsAll(s.network().disruptions());
      assertThat(run.problems()).as("replication %d", replication).isEmpty();
      assertThat(run.withDisruptions(List.of())).isEqualTo(s.network().withDisruptions(List.of()));
    }
  }

  @Test
  void manufacturingFor_sameSeedAndReplication_givesTheSameDisruptions() throws ScenarioException {
    Scenario a = ScenarioLoader.load(FILE);
    Scenario b = ScenarioLoader.parse(VALID, SOURCE);

    assertThat(a.manufacturingFor(7, 3)).isEqualTo(b.manufacturingFor(7, 3));
    assertThat(DisruptionSchedule.hash(a.disruptionsFor(7, 3))).isEqualTo(DisruptionSchedule.hash(b.disruptionsFor(7, 3)));
  }

  @Test
  void manufacturingFor_otherReplicationOrSeed_drawsOtherDisruptions() throws ScenarioException {
    Scenario s = ScenarioLoader.load(FILE);

    assertThat(s.disruptionsFor(7, 0)).isNotEqualTo(s.disruptionsFor(7, 1)).isNotEqualTo(s.disruptionsFor(8, 0));
  }

  @Test
  void disruptionsFor_anotherNetworkDesign_givesTheSameList() throws ScenarioException {
    Scenario distributed = ScenarioLoader.load(FILE);
    Scenario centralized = ScenarioLoader.parse(edit(VALID, "allocation: nearest", "allocation: centralized",
        "machines: [{type: mill, count: 4}]", "machines: [{type: mill, count: 40}]",
        "ordersPerDay: 10", "ordersPerDay: 100"), SOURCE);

    for (int replication = 0; replication < 5; replication++) {
      assertThat(centralized.disruptionsFor(7, replication)).isEqualTo(distributed.disruptionsFor(7, replication));
    }
  }

  @Test
  void parse_fixedDisruptionsOnly_needNoSampling() throws ScenarioException {
    String fixedOnly = VALID.substring(0, VALID.indexOf("  - generate: poisson"));
    Scenario s = ScenarioLoader.parse(fixedOnly, SOURCE);

    assertThat(s.disruptionGenerators()).isEmpty();
    assertThat(s.manufacturingFor(7, 0).disruptions()).hasSize(10).isSortedAccordingTo(DisruptionSchedule.ORDER)
        .containsExactlyInAnyOrderElementsOf(s.network().disruptions());
    assertThat(s.disruptionsFor(1, 0)).isEqualTo(s.disruptionsFor(2, 9));
  }

  @Test
  void parse_withoutDisruptions_hasNone() throws ScenarioException {
    for (String yaml : List.of(NETWORK, NETWORK + "disruptions: []\n")) {
      Scenario s = ScenarioLoader.parse(yaml, SOURCE);

      assertThat(s.network().disruptions()).isEmpty();
      assertThat(s.disruptionGenerators()).isEmpty();
      assertThat(s.manufacturingFor(7, 0)).isEqualTo(s.network());
    }
  }

  @Test
  void docs_disruptionsExample_loadsIntoTheTestNetwork() throws IOException, ScenarioException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("### Disruptions"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String example = section.substring(start, section.indexOf("```", start));

    Scenario s = ScenarioLoader.parse(NETWORK + example, "docs.yaml");

    assertThat(s.network().disruptions()).hasSize(7);
    assertThat(s.disruptionGenerators()).hasSize(2);
    assertThat(s.manufacturingFor(s.defaultSeed(), 0).problems()).isEmpty();
  }

  /** One kind of mistake per case: the edits to {@link #VALID} and every problem it must give, in order. */
  static Stream<Arguments> fieldProblems() {
    return Stream.of(
        // the list and its entries
        c("not a list", "disruptions:\n  - type: node-outage", "disruptions: none\nold:\n  - type: node-outage",
            "54:1: disruptions: expected a list of disruptions, found \"none\"",
            "55:1: old: expected one of: format, kind, name, description, horizon, seed, replications, market, "
                + "products, machineTypes, import, nodes, suppliers, regions, platform, transport, costs, disruptions, found unknown "
                + "field \"old\""),
        c("entry not a mapping", "  - type: node-outage\n", "  - node-outage\n  - type: node-outage\n",
            "55:5: disruptions[0]: expected a disruption: a mapping with type, at, for and the type's fields, or a "
                + "generator with generate: poisson or regional-hazard, found \"node-outage\""),
        c("unknown type", "type: node-outage", "type: plant-outage",
            "55:5: disruptions[0].type: expected one of: node-outage, capacity-loss, regional-disaster, border-closure, lane-closure, "
                + "lane-slowdown, supplier-failure, demand-surge, platform-outage, platform-stale, stock-destroyed, "
                + "found \"plant-outage\""),
        c("misspelt type field", "  - type: node-outage\n", "  - kind: node-outage\n",
            "55:5: disruptions[0].kind: expected one of: type, at, for, node, share, name, centre, radiusKm, from, "
                + "to, factor, supplier, region, product, found unknown field \"kind\"",
            "55:5: disruptions[0].type: expected one of: node-outage, capacity-loss, regional-disaster, border-closure, lane-closure, "
                + "lane-slowdown, supplier-failure, demand-surge, platform-outage, platform-stale, stock-destroyed, "
                + "found nothing (the field is missing)"),
        // times
        c("missing start", "    at: 120d\n", "",
            "55:5: disruptions[0].at: expected a start: a duration from the start of the run (e.g. 120d), found "
                + "nothing (the field is missing)"),
        c("start at the horizon", "at: 120d", "at: 365d",
            "57:5: disruptions[0].at: expected a start before the end of the run (horizon: 365d), found \"365d\""),
        c("start not a duration", "at: 120d", "at: day-120",
            "57:5: disruptions[0].at: expected a duration: a number and a unit of ms, s, min, h, d or w (e.g. 90s, "
                + "15min, 4h, 3d), found \"day-120\""),
        c("zero length", "for: 21d", "for: 0d",
            "58:5: disruptions[0].for: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), found \"0d\""),
        c("missing length", "    for: 30d\n", "",
            "59:5: disruptions[1].for: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), found nothing "
                + "(the field is missing)"),
        c("length of destroyed stock", "    at: 100d\n", "    at: 100d\n    for: 2d\n",
            "101:5: disruptions[9].for: expected one of: type, node, share, at, found unknown field \"for\", "
                + "stock-destroyed happens at one instant, without a duration"),
        // severities and places
        c("no machines lost", "share: 0.3", "share: 0",
            "61:5: disruptions[1].share: expected a share of the machines lost, a number greater than 0 and at most "
                + "1, found \"0\""),
        c("more than all stock destroyed", "share: 0.5", "share: 1.5",
            "99:5: disruptions[9].share: expected a share of the stock on hand destroyed, a number greater than 0 and "
                + "at most 1, found \"1.5\""),
        c("zero radius", "radiusKm: 150", "radiusKm: 0",
            "67:5: disruptions[2].radiusKm: expected a radius in km, a number greater than 0 and at most 100000, "
                + "found \"0\""),
        c("centre off the globe", "centre: {lat: 50.9, lon: 6.9}\n    radiusKm: 150",
            "centre: {lat: 95, lon: 6.9}\n    radiusKm: 150",
            "66:14: disruptions[2].centre.lat: expected a latitude in degrees, a number from -90 to 90, found \"95\""),
        c("disaster name with capitals", "name: rhine-flood", "name: Rhine Flood",
            "65:5: disruptions[2].name: expected a name of lower-case letters, digits and '-', not starting with '-' "
                + "(e.g. rhine-flood), found \"Rhine Flood\""),
        c("lane from a place to itself", "from: plant-kassel\n    to: \"*\"", "from: plant-kassel\n    to: plant-kassel",
            "77:5: disruptions[4].to: expected a place other than from (plant-kassel), or \"*\", found \"plant-kassel\""),
        c("slowdown that speeds up", "factor: 2.5", "factor: 1",
            "78:5: disruptions[4].factor: expected a slowdown factor, a number greater than 1 (transit takes that "
                + "many times as long), found \"1\""),
        c("slowdown without a factor", "    factor: 2.5\n", "",
            "75:5: disruptions[4].factor: expected a slowdown factor, a number greater than 1 (transit takes that "
                + "many times as long), found nothing (the field is missing)"),
        c("surge that changes nothing", "factor: 2\n", "factor: 1\n",
            "88:5: disruptions[6].factor: expected a demand factor, a number 0 or more other than 1 (2 doubles the "
                + "order rate, 0 stops it), found \"1\""),
        c("negative surge", "factor: 2\n", "factor: -2\n",
            "88:5: disruptions[6].factor: expected a demand factor, a number 0 or more other than 1 (2 doubles the "
                + "order rate, 0 stops it), found \"-2\""),
        c("field of another type", "type: platform-outage\n    at: 180d",
            "type: platform-outage\n    node: plant-kassel\n    at: 180d",
            "92:5: disruptions[7].node: expected one of: type, at, for, found unknown field \"node\", a field of "
                + "node-outage, capacity-loss and stock-destroyed only"),
        c("generator field in a fixed disruption", "type: platform-stale\n", "type: platform-stale\n    targets: [a]\n",
            "95:5: disruptions[8].targets: expected one of: type, at, for, found unknown field \"targets\", a field "
                + "of generators only (generate: poisson or regional-hazard)"),
        // generators
        c("unknown generator", "generate: regional-hazard", "generate: hazard",
            "106:5: disruptions[11].generate: expected one of: poisson, regional-hazard, found \"hazard\""),
        c("generator without a type", "    type: node-outage\n    targets", "    targets",
            "101:5: disruptions[10].type: expected one of: node-outage, capacity-loss, regional-disaster, border-closure, lane-closure, "
                + "lane-slowdown, supplier-failure, demand-surge, platform-outage, platform-stale, stock-destroyed, "
                + "found nothing (the field is missing)"),
        c("zero rate", "perYear: 2", "perYear: 0",
            "104:5: disruptions[10].perYear: expected a rate in disruptions per year, a number greater than 0 and at "
                + "most 10000, found \"0\""),
        c("rate too high", "perYear: 2", "perYear: 20000",
            "104:5: disruptions[10].perYear: expected a rate in disruptions per year, a number greater than 0 and at "
                + "most 10000, found \"20000\""),
        c("durations always zero", "duration: {kind: lognormal, mean: 5d, cv: 0.5}", "duration: 0s",
            "105:5: disruptions[10].duration: expected a time distribution with a mean greater than zero (e.g. {kind: "
                + "lognormal, mean: 5d, cv: 0.5}), found \"0s\""),
        c("duration distribution incomplete", "duration: {kind: lognormal, mean: 5d, cv: 0.5}",
            "duration: {kind: lognormal, mean: 5d}",
            "105:15: disruptions[10].duration.cv: expected a coefficient of variation, a number greater than 0; "
                + "lognormal takes mean and cv, found nothing (the field is missing)"),
        c("no targets", "    targets: [mf-paris-1, mf-lyon, supplier-steel]\n", "",
            "101:5: disruptions[10].targets: expected a non-empty list of node or supplier ids, one drawn at random "
                + "for each disruption, found nothing (the field is missing)"),
        c("empty targets", "targets: [mf-paris-1, mf-lyon, supplier-steel]", "targets: []",
            "103:5: disruptions[10].targets: expected a non-empty list of node or supplier ids, one drawn at random "
                + "for each disruption, found an empty list"),
        c("repeated target", "targets: [mf-paris-1, mf-lyon, supplier-steel]", "targets: [mf-paris-1, mf-lyon, mf-lyon]",
            "103:36: disruptions[10].targets[2]: expected each target once, found \"mf-lyon\" again, first at line 103"),
        c("start of a generator", "perYear: 2\n", "perYear: 2\n    at: 10d\n",
            "105:5: disruptions[10].at: expected one of: generate, type, targets, perYear, duration, found unknown "
                + "field \"at\", a field of fixed disruptions only; a generator draws start times and durations"),
        c("severity of another type", "perYear: 2\n", "perYear: 2\n    share: 0.5\n",
            "105:5: disruptions[10].share: expected one of: generate, type, targets, perYear, duration, found unknown "
                + "field \"share\", a field of capacity-loss and stock-destroyed only"),
        c("duration of destroyed stock", "share: 0.2\n    perYear: 0.5", "share: 0.2\n    perYear: 0.5\n    duration: 1d",
            "137:5: disruptions[15].duration: expected one of: generate, type, targets, perYear, share, found unknown "
                + "field \"duration\", stock-destroyed happens at one instant, without a duration"),
        c("targets of the platform", "type: platform-stale\n    perYear: 3",
            "type: platform-stale\n    targets: [platform]\n    perYear: 3",
            "139:5: disruptions[16].targets: expected one of: generate, type, perYear, duration, found unknown field "
                + "\"targets\", a platform disruption always hits the platform"),
        c("lane target misspelt", "targets: [{from: \"*\", to: region-london},", "targets: [{from: \"*\", too: region-london},",
            "121:15: disruptions[13].targets[0].to: expected a node, supplier or region id, or \"*\" for any, found "
                + "nothing (the field is missing)",
            "121:27: disruptions[13].targets[0].too: expected one of: from, to, found unknown field \"too\"; did you "
                + "mean 'to'?"),
        c("place without a centre", "targets: [{name: lyon-quake, centre: {lat: 45.76, lon: 4.84}}]",
            "targets: [{name: lyon-quake}]",
            "143:15: disruptions[17].targets[0].centre: expected a location: a mapping with the fields lat, lon, found "
                + "nothing (the field is missing)"),
        c("demand surge generator without a product", "    product: \"*\"\n", "",
            "125:5: disruptions[14].product: expected a product id, or \"*\" for every product, found nothing (the "
                + "field is missing)"),
        // regional hazards
        c("hazard of zero weight", "weight: 1}", "weight: 0}",
            "112:59: disruptions[11].hazards[1].weight: expected a relative weight, a number greater than 0, found \"0\""),
        c("hazard named twice", "{name: po-valley", "{name: rhine",
            "112:10: disruptions[11].hazards[1].name: expected each hazard name once, found \"rhine\" again, first at "
                + "line 111"),
        c("no hazards", "hazards:\n      - {name: rhine, centre: {lat: 50.9, lon: 6.9}, weight: 3}\n"
            + "      - {name: po-valley, centre: {lat: 45.1, lon: 10.0}, weight: 1}", "hazards: []",
            "110:5: disruptions[11].hazards: expected a non-empty list of hazards: mappings with the fields name, "
                + "centre, weight, found an empty list"),
        c("hazard generator without a radius", "    radiusKm: 120\n", "",
            "106:5: disruptions[11].radiusKm: expected a radius in km, a number greater than 0 and at most 100000, "
                + "found nothing (the field is missing)"),
        c("type of a hazard generator", "generate: regional-hazard\n", "generate: regional-hazard\n    type: node-outage\n",
            "107:5: disruptions[11].type: expected one of: generate, perYear, radiusKm, duration, hazards, found "
                + "unknown field \"type\", a field of generate: poisson only"));
  }

  /** Ids that do not name a declared thing of the kind the disruption needs, reported at the id. */
  static Stream<Arguments> referenceProblems() {
    return Stream.of(
        c("unknown node", "node: plant-kassel", "node: plant-kasel",
            "56:5: disruptions[0].node: expected a node or supplier declared in nodes or suppliers (one of: "
                + "plant-kassel, mf-paris-1, mf-lyon, dc-paris, supplier-steel), found \"plant-kasel\"; did you mean "
                + "'plant-kassel'?"),
        c("capacity loss at a distribution centre", "type: capacity-loss\n    node: plant-kassel",
            "type: capacity-loss\n    node: dc-paris",
            "60:5: disruptions[1].node: expected a plant or microfactory declared in nodes (one of: plant-kassel, "
                + "mf-paris-1, mf-lyon), found \"dc-paris\" (a distribution-centre)"),
        c("stock destroyed at a microfactory", "node: dc-paris\n    share: 0.5", "node: mf-lyon\n    share: 0.5",
            "98:5: disruptions[9].node: expected a distribution centre declared in nodes, or \"*\" for every one (one "
                + "of: dc-paris), found \"mf-lyon\" (a microfactory)"),
        c("supplier failure of a plant", "supplier: supplier-steel", "supplier: plant-kassel",
            "82:5: disruptions[5].supplier: expected a supplier declared in suppliers (one of: supplier-steel), found "
                + "\"plant-kassel\" (a plant)"),
        c("lane to an unknown place", "to: region-london\n    at: 90d", "to: region-londn\n    at: 90d",
            "72:5: disruptions[3].to: expected a node, supplier or region declared in nodes, suppliers or regions, or "
                + "\"*\" for any (one of: plant-kassel, mf-paris-1, mf-lyon, dc-paris, supplier-steel, region-london, "
                + "region-paris), found \"region-londn\"; did you mean 'region-london'?"),
        c("surge of an unknown region", "region: \"*\"", "region: region-rome",
            "86:5: disruptions[6].region: expected a region declared in regions, or \"*\" for every region (one of: "
                + "region-london, region-paris), found \"region-rome\""),
        c("surge of an unknown product", "product: seal-kit\n    factor: 2", "product: seal-kits\n    factor: 2",
            "87:5: disruptions[6].product: expected a product declared in products, or \"*\" for every product (one "
                + "of: impeller, seal-kit), found \"seal-kits\"; did you mean 'seal-kit'?"),
        c("unknown generator target", "targets: [mf-paris-1, mf-lyon, supplier-steel]",
            "targets: [mf-paris-1, mf-lyon, mf-rome]",
            "103:36: disruptions[10].targets[2]: expected a node or supplier declared in nodes or suppliers (one of: "
                + "plant-kassel, mf-paris-1, mf-lyon, dc-paris, supplier-steel), found \"mf-rome\""),
        c("capacity loss generator at a distribution centre", "targets: [plant-kassel]", "targets: [dc-paris]",
            "115:15: disruptions[12].targets[0]: expected a plant or microfactory declared in nodes (one of: "
                + "plant-kassel, mf-paris-1, mf-lyon), found \"dc-paris\" (a distribution-centre)"),
        c("a broken node id is reported once, not at each disruption", "- {id: mf-lyon,", "- {id: MF-Lyon,",
            "27:6: nodes[2].id: expected a node id of lower-case letters, digits and '-', not starting with '-' (e.g. "
                + "plant-lyon), found \"MF-Lyon\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldProblems")
  void parse_invalidDisruption_reportsLineFieldExpectedAndFound(String mistake, List<String> edits,
      List<String> expected) {
    assertThat(problems(edit(VALID, edits.toArray(String[]::new)))).extracting(Problem::format)
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceProblems")
  void parse_brokenReference_reportsItAtTheDisruption(String mistake, List<String> edits, List<String> expected) {
    assertThat(problems(edit(VALID, edits.toArray(String[]::new)))).extracting(Problem::format)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void parse_unquotedStar_isAYamlAliasAndReportedAsSyntax() {
    assertThat(problems(edit(VALID, "from: \"*\"", "from: *"))).extracting(Problem::line, Problem::field)
        .map(t -> t.toList()).containsExactly(List.of(71, "(syntax)"));
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

  private static String edit(String yaml, String... fromTo) {
    return ScenarioFieldsTest.edit(yaml, fromTo);
  }

  private static List<Problem> problems(String yaml) {
    ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, SOURCE), ScenarioException.class);
    assertThat(e).as("a problem for:%n%s", yaml).isNotNull();
    return e.problems();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
