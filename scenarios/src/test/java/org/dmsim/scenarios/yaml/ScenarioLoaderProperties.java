package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScenarioLoaderProperties {
  private static final List<String> UNITS = List.of("ms", "s", "min", "h", "d", "w");
  private static final List<Long> UNIT_MS =
      List.of(1L, SimTime.SECOND_MS, SimTime.MINUTE_MS, SimTime.HOUR_MS, SimTime.DAY_MS, SimTime.WEEK_MS);
  private static final String NAME_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String NAME_REST = NAME_FIRST + "-";

  @Test
  void anyValidScenarioParsesBackToItsValues() {
    qt().forAll(scenarios()).checkAssert(c -> {
      Scenario parsed;
      try {
        parsed = ScenarioLoader.parse(c.yaml(), "gen.yaml");
      } catch (ScenarioException e) {
        throw new AssertionError("valid scenario rejected:\n" + c.yaml() + "\n" + e.getMessage(), e);
      }
      assertThat(parsed).isEqualTo(c.expected());
    });
  }

  @Test
  void anySingleInvalidValueIsReportedOnceAtItsField() {
    qt().forAll(mutations()).checkAssert(m -> {
      String yaml = m.apply(ScenarioLoaderTest.VALID);
      ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, "t.yaml"), ScenarioException.class);
      assertThat(e).as("no problem for %s: %s", m.field(), m.value()).isNotNull();
      assertThat(e.problems()).as("%s: %s", m.field(), m.value()).singleElement()
          .extracting(Problem::field, Problem::line).containsExactly(m.field(), m.line());
    });
  }

  // ---- valid scenarios -------------------------------------------------------------------------

  /** A scenario's YAML text and the scenario it must parse to. */
  record Case(String yaml, Scenario expected) {}

  /** A duration as written and its milliseconds. */
  record Dur(String text, long ms) {}

  /** A number of orders per day as written and its value. */
  record Rate(String text, double value) {}

  record Head(String name, Optional<String> description, Dur horizon, Optional<Long> seed,
      Optional<Integer> replications) {}

  static Gen<Case> scenarios() {
    Gen<Head> heads = names().zip(descriptions().toOptionals(30), durations(false), seeds().toOptionals(30),
        counts().toOptionals(30), Head::new);
    Gen<Plant> plants = names().zip(counts(), durations(false), Plant::new);
    Gen<List<Region>> regions = lists().of(names().zip(rates(), durations(true), Region::new)).ofSizeBetween(1, 4);
    Gen<Platform> platforms = durations(false).zip(durations(false), durations(false), Platform::new);
    return heads.zip(plants, regions, platforms, ScenarioLoaderProperties::render);
  }

  /** The one plant: its name, machines, and the mean of its exponential processing time. */
  record Plant(String name, int machines, Dur processing) {}

  record Region(String name, Rate rate, Dur promised) {}

  record Platform(Dur latency, Dur infoDelay, Dur statusInterval) {}

  private static final GeoPoint HERE = new GeoPoint(50.11, 8.68);

  private static Case render(Head h, Plant p, List<Region> regions, Platform platform) {
    StringBuilder y = new StringBuilder("format: 2\nname: ").append(h.name()).append('\n');
    h.description().ifPresent(d -> y.append("description: \"").append(d.replace("\\", "\\\\").replace("\"", "\\\""))
        .append("\"\n"));
    y.append("horizon: ").append(h.horizon().text()).append('\n');
    h.seed().ifPresent(s -> y.append("seed: ").append(s).append('\n'));
    h.replications().ifPresent(r -> y.append("replications: ").append(r).append('\n'));
    String plantId = "f-" + p.name();
    y.append("products:\n  - {id: part, weightKg: 1, valueEur: 0, routing: [{process: cnc, time: {kind: exponential, "
        + "mean: ").append(p.processing().text()).append("}}]}\n");
    y.append("machineTypes: [{id: machine, capabilities: [cnc]}]\n");
    y.append("nodes:\n  - id: ").append(plantId).append("\n    kind: plant\n    location: {lat: 50.11, lon: 8.68}\n")
        .append("    machines: [{type: machine, count: ").append(p.machines()).append("}]\n");
    y.append("regions:\n");
    List<RegionSpec> specs = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      Region r = regions.get(i);
      String id = "r" + i + "-" + r.name();
      y.append("  - id: ").append(id)
          .append("\n    location: {lat: 50.11, lon: 8.68}\n    demand:\n      - product: part")
          .append("\n        ordersPerDay: ").append(r.rate().text())
          .append("\n        promisedLeadTime: ").append(r.promised().text()).append('\n');
      specs.add(new RegionSpec(id, HERE, List.of(DemandSpec.poisson("part", r.rate().value(), new Deterministic(1),
          r.promised().ms()))));
    }
    y.append("platform:\n  location: {lat: 50.11, lon: 8.68}\n  allocation: nearest\n  orderLatency: ")
        .append(platform.latency().text()).append("\n  infoDelay: ").append(platform.infoDelay().text())
        .append("\n  statusInterval: ").append(platform.statusInterval().text()).append('\n');
    Product part = new Product("part", 1, 0, false, 1, List.of(),
        List.of(new Step(ProcessType.CNC, new Exponential(p.processing().ms()), 0)));
    MachineType machine = new MachineType("machine", Set.of(ProcessType.CNC), 1, 0, Optional.empty());
    NodeSpec plant = NodeSpec.producer(plantId, NodeKind.PLANT, HERE, List.of(new MachineGroup("machine", p.machines())),
        Discipline.FIFO, Map.of(), 0);
    PlatformSpec platformSpec = new PlatformSpec(HERE, AllocationPolicy.NEAREST, platform.latency().ms(),
        platform.infoDelay().ms(), platform.statusInterval().ms(), Double.POSITIVE_INFINITY, 0);
    ManufacturingSpec network = new ManufacturingSpec(h.name(), h.horizon().ms(), List.of(part), List.of(machine),
        List.of(plant), List.of(), specs, platformSpec, TransportSpec.ROAD, CostSpec.NONE);
    Scenario expected = new Scenario("gen.yaml", h.name(), h.description().orElse(""), network, h.seed().orElse(1L),
        h.replications().orElse(1));
    return new Case(y.toString(), expected);
  }

  static Gen<String> names() {
    Gen<String> first = Generate.pick(chars(NAME_FIRST));
    Gen<String> rest = lists().of(Generate.pick(chars(NAME_REST))).ofSizeBetween(0, 20).map(l -> String.join("", l));
    return first.zip(rest, String::concat);
  }

  static Gen<String> descriptions() {
    return Generate.pick(List.of("", "One plant.", "has: a colon", "# not a comment", "quote \" and \\ backslash",
        "Ünïcödé — fine", "  padded  "))
        .map(String::strip);
  }

  static Gen<Long> seeds() {
    return longs().all().mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L)), 30);
  }

  static Gen<Integer> counts() {
    return integers().between(1, 10_000).mix(Generate.pick(List.of(1, 2, 10_000)), 30);
  }

  /** Durations in every unit, as integers or with one decimal, biased to the smallest; zero only if allowed. */
  static Gen<Dur> durations(boolean allowZero) {
    Gen<Integer> unit = integers().between(0, UNITS.size() - 1);
    Gen<Dur> whole = longs().between(1, 100_000).mix(Generate.constant(1L), 20)
        .zip(unit, (n, u) -> new Dur(n + UNITS.get(u), n * UNIT_MS.get(u)));
    // Tenths are whole milliseconds in every unit from seconds up.
    Gen<Dur> tenths = longs().between(1, 100_000).zip(integers().between(1, UNITS.size() - 1),
        (n, u) -> new Dur(BigDecimal.valueOf(n, 1).toPlainString() + UNITS.get(u), n * UNIT_MS.get(u) / 10));
    Gen<Dur> positive = whole.mix(tenths, 30);
    return allowZero ? positive.mix(unit.map(u -> new Dur("0" + UNITS.get(u), 0)), 20) : positive;
  }

  /** Positive rates written with up to three decimals or an exponent. */
  static Gen<Rate> rates() {
    Gen<Long> thousandths = longs().between(1, 100_000_000L).mix(Generate.constant(1L), 10);
    Gen<Rate> decimal = thousandths.map(n -> new Rate(BigDecimal.valueOf(n, 3).toPlainString(), n / 1000.0));
    Gen<Rate> exponent = thousandths.map(n -> new Rate(n + "e-3", n / 1000.0));
    Gen<Rate> integer = longs().between(1, 1000).map(n -> new Rate(Long.toString(n), n));
    return decimal.mix(exponent, 20).mix(integer, 30);
  }

  private static List<String> chars(String s) {
    return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
  }

  // ---- single invalid values -------------------------------------------------------------------

  /** One line of {@link ScenarioLoaderTest#VALID} rewritten with an invalid value. */
  record Mutation(int line, String prefix, String field, String value) {
    String apply(String yaml) {
      List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
      assertThat(lines.get(line - 1)).startsWith(prefix);
      lines.set(line - 1, prefix + value);
      return String.join("\n", lines);
    }
  }

  static Gen<Mutation> mutations() {
    List<Gen<Mutation>> all = List.of(
        at(3, "name: ", "name", badNames()),
        at(5, "horizon: ", "horizon", badDurations(false)),
        at(6, "seed: ", "seed", badSeeds()),
        at(7, "replications: ", "replications", badCounts()),
        at(19, "  - id: ", "nodes[0].id", badNames()),
        at(24, "        count: ", "nodes[0].machines[0].count", badCounts()),
        at(26, "  - id: ", "regions[0].id", badNames().mix(Generate.constant("plant-frankfurt"), 10)),
        at(30, "        ordersPerDay: ", "regions[0].demand[0].ordersPerDay", badRates()),
        at(31, "        promisedLeadTime: ", "regions[0].demand[0].promisedLeadTime", badDurations(true)),
        at(32, "  - id: ", "regions[1].id",
            badNames().mix(Generate.pick(List.of("plant-frankfurt", "region-paris")), 20)),
        at(36, "        ordersPerDay: ", "regions[1].demand[0].ordersPerDay", badRates()),
        at(37, "        promisedLeadTime: ", "regions[1].demand[0].promisedLeadTime", badDurations(true)),
        at(41, "  orderLatency: ", "platform.orderLatency", badDurations(false)),
        at(42, "  infoDelay: ", "platform.infoDelay", badDurations(false)));
    return integers().between(0, all.size() - 1).flatMap(all::get);
  }

  private static Gen<Mutation> at(int line, String prefix, String field, Gen<String> values) {
    return values.mix(wrongShapes(), 15).map(v -> new Mutation(line, prefix, field, v));
  }

  /** Values of the wrong YAML kind for any required field. */
  static Gen<String> wrongShapes() {
    return Generate.pick(List.of("", "~", "[1]", "[]", "{a: 1}", "{}"));
  }

  /** Names broken by a leading '-' or one character outside [a-z0-9-]. */
  static Gen<String> badNames() {
    Gen<String> leadingDash = names().map(n -> "-" + n);
    Gen<String> badChar = names().zip(Generate.pick(List.of("A", "Z", "_", ".", "/", "é", "+")),
        integers().between(0, 20), (n, c, at) -> {
          int i = Math.min(at, n.length());
          return n.substring(0, i) + c + n.substring(i);
        });
    return leadingDash.mix(badChar, 70).mix(Generate.constant("\"\""), 5);
  }

  /** Integers outside 1..10000, fractions, words and quoted numbers. */
  static Gen<String> badCounts() {
    Gen<String> tooSmall = longs().between(Long.MIN_VALUE, 0).map(x -> String.valueOf(x));
    Gen<String> tooLarge = longs().between(10_001, Long.MAX_VALUE).map(x -> String.valueOf(x));
    Gen<String> fraction = integers().between(1, 9999).map(n -> n + ".5");
    return tooSmall.mix(tooLarge, 50).mix(fraction, 20)
        .mix(Generate.pick(List.of("two", "\"2\"", "99999999999999999999", "0x10", "1_000")), 20);
  }

  static Gen<String> badSeeds() {
    Gen<String> beyond = longs().between(1, Long.MAX_VALUE).map(n -> BigInteger.valueOf(Long.MAX_VALUE).add(
        BigInteger.valueOf(n)).toString());
    return beyond.mix(Generate.pick(List.of("1.5", "seed", "\"42\"", "-9223372036854775809", "1e3")), 40);
  }

  /** Durations that are zero (when zero is not allowed), negative, unit-less or in an unknown unit. */
  static Gen<String> badDurations(boolean zeroAllowed) {
    Gen<Long> n = longs().between(1, 1_000_000);
    Gen<String> negative = n.zip(Generate.pick(UNITS), (a, u) -> "-" + a + u);
    Gen<String> noUnit = n.map(x -> String.valueOf(x));
    Gen<String> badUnit = n.zip(Generate.pick(List.of("x", "m", "sec", "hours", "D", "H", "days", "y")),
        (a, u) -> a + u);
    Gen<String> subMillisecond = Generate.constant("1.5ms");
    Gen<String> bad = negative.mix(noUnit, 30).mix(badUnit, 40).mix(subMillisecond, 5);
    return zeroAllowed ? bad : bad.mix(Generate.pick(UNITS).map(u -> "0" + u), 20);
  }

  static Gen<String> badRates() {
    Gen<String> negative = longs().between(1, 100_000_000L).map(n -> "-" + BigDecimal.valueOf(n, 3).toPlainString());
    return negative.mix(Generate.pick(List.of("0", "0.0", "-0", ".inf", ".nan", "1e400", "many", "\"30\"", "30/d")), 40);
  }
}
