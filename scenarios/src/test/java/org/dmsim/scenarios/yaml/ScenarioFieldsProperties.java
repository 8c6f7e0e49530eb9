package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ScenarioFieldsProperties {
  private static final String VALID = ScenarioFieldsTest.VALID;
  private static final List<String> LINES = List.of(VALID.split("\n", -1));

  @Test
  void anyEditOfTheFileLoadsOrReportsProblemsWithinIt() {
    qt().forAll(lists().of(edits()).ofSizeBetween(1, 4)).checkAssert(edits -> {
      List<String> lines = new ArrayList<>(LINES);
      for (Edit e : edits) {
        e.applyTo(lines);
      }
      String yaml = String.join("\n", lines);
      ScenarioException e;
      try {
        ScenarioLoader.parse(yaml, "gen.yaml");
        return;
      } catch (ScenarioException problems) {
        e = problems;
      }
      int lineCount = lines.size() + 1;
      assertThat(e.problems()).as("%s", edits).isNotEmpty().allSatisfy(p -> {
        assertThat(p.line()).as(p.format()).isBetween(1, lineCount);
        assertThat(p.column()).as(p.format()).isPositive();
        assertThat(p.field()).as(p.format()).isNotBlank();
        assertThat(p.expected()).as(p.format()).isNotBlank();
      });
      assertThat(e.problems()).isSortedAccordingTo(Problem.BY_POSITION);
    });
  }

  @Test
  void anySingleInvalidValueIsReportedOnceAtItsField() {
    qt().forAll(invalidValues()).checkAssert(m -> {
      String yaml = m.apply(VALID);
      ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.parse(yaml, "t.yaml"), ScenarioException.class);
      assertThat(e).as("no problem for %s: %s", m.field(), m.value()).isNotNull();
      assertThat(e.problems()).as("%s: %s", m.field(), m.value()).singleElement()
          .extracting(Problem::field, Problem::line).containsExactly(m.field(), m.line());
    });
  }

  // ---- arbitrary edits -------------------------------------------------------------------------

  /** One change to the file's lines: a value replaced, a line dropped, doubled, or moved, or a token inserted. */
  record Edit(int kind, int line, int other, String token) {
    void applyTo(List<String> lines) {
      int i = Math.floorMod(line, lines.size());
      int j = Math.floorMod(other, lines.size());
      String text = lines.get(i);
      switch (kind) {
        case 0 -> {
          int colon = text.indexOf(": ");
          lines.set(i, colon < 0 ? text + " " + token : text.substring(0, colon + 2) + token);
        }
        case 1 -> lines.remove(i);
        case 2 -> lines.add(i, text);
        case 3 -> lines.add(j, lines.remove(i));
        case 4 -> lines.add(i, text.replaceAll("\\S.*", "") + token);
        default -> lines.set(i, "  ".repeat(Math.floorMod(other, 4)) + text.strip());
      }
    }
  }

  static Gen<Edit> edits() {
    Gen<Integer> kinds = integers().between(0, 5).mix(Generate.constant(0), 50);
    Gen<Integer> lines = integers().between(0, LINES.size() - 1);
    return kinds.zip(lines, lines, Generate.pick(TOKENS), Edit::new);
  }

  /** Values of every shape, valid in some places and not in others, biased to the references between sections. */
  private static final List<String> TOKENS = List.of("", "~", "[]", "[1, x]", "{}", "{a: 1}", "0", "-1", "1e400",
      ".nan", "abc", "\"q\"", "24:00", "25:00", "&a x", "*a", "!!str x", "plant-lyon", "platform", "impeller",
      "seal-kit", "dc-paris", "mf-berlin", "supplier-steel", "region-paris", "steel-bar", "{kind: gamma}",
      "{kind: weibull, shape: 0.0001, mean: 1h}", "{kind: empirical, values: []}", "{kind: uniform, min: 2h, max: 1h}",
      "{kind: gamma, mean: 1h, shape: 2}", "1h", "0s", "2", "true", "s-S", "r-Q", "base-stock", "distribution-centre",
      "microfactory", "plant", "consolidate", "per-order", "[mon, mon]", "centralized", "cnc", "10000000000",
      "- id: extra", "- {product: impeller, policy: base-stock, level: 3}", "id: dup", "format: 2", "format: 1");

  // ---- single invalid values -------------------------------------------------------------------

  /** One line of the file rewritten with an invalid value. */
  record Mutation(int line, String prefix, String field, String value) {
    String apply(String yaml) {
      List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
      assertThat(lines.get(line - 1)).startsWith(prefix);
      lines.set(line - 1, prefix + value);
      return String.join("\n", lines);
    }
  }

  static Gen<Mutation> invalidValues() {
    Gen<String> positive = numbers().mix(Generate.pick(List.of("0", "-1", "-0.5")), 40);
    Gen<String> notNegative = numbers().mix(Generate.pick(List.of("-1", "-0.01")), 40);
    Gen<String> counts = Generate.pick(List.of("0", "-3", "1.5", "abc", "\"3\"", "0x10", "10001", "1e3"));
    List<Gen<Mutation>> all = List.of(
        scalar(4, "name: ", "name", names()),
        scalar(6, "horizon: ", "horizon", durations(false)),
        scalar(7, "seed: ", "seed", Generate.pick(List.of("1.5", "abc", "9223372036854775808", "\"7\""))),
        scalar(8, "replications: ", "replications", counts),
        scalar(11, "  - id: ", "products[0].id", names()),
        scalar(12, "    weightKg: ", "products[0].weightKg", positive),
        scalar(13, "    valueEur: ", "products[0].valueEur", notNegative),
        scalar(14, "    variants: ", "products[0].variants", counts),
        scalar(16, "      - component: ", "products[0].bom[0].component", references()),
        scalar(17, "        quantity: ", "products[0].bom[0].quantity", counts),
        scalar(19, "      - process: ", "products[0].routing[0].process", words()),
        distribution(20, "        time: ", "products[0].routing[0].time", durations(true)),
        distribution(21, "        setup: ", "products[0].routing[0].setup", durations(true)),
        scalar(27, "    stocked: ", "products[1].stocked", Generate.pick(List.of("yes", "no", "1", "\"true\"", "True"))),
        container(36, "    capabilities: ", "machineTypes[0].capabilities", LIST),
        scalar(37, "    speed: ", "machineTypes[0].speed", positive),
        scalar(38, "    scrapProbability: ", "machineTypes[0].scrapProbability",
            numbers().mix(Generate.pick(List.of("1", "-0.1", "2")), 50)),
        distribution(40, "      timeBetween: ", "machineTypes[0].failures.timeBetween",
            durations(false).mix(Generate.constant("{kind: deterministic, value: 0s}"), 20)),
        distribution(41, "      repair: ", "machineTypes[0].failures.repair", durations(true)),
        scalar(47, "      basis: ", "machineTypes[1].failures.basis", words()),
        scalar(50, "  - id: ", "nodes[0].id", names()),
        scalar(51, "    kind: ", "nodes[0].kind", words()),
        container(52, "    location: ", "nodes[0].location", MAPPING),
        scalar(55, "        count: ", "nodes[0].machines[0].count", counts),
        scalar(56, "      - type: ", "nodes[0].machines[1].type", references()),
        scalar(58, "    discipline: ", "nodes[0].discipline", words()),
        scalar(60, "    fixedCostEurPerDay: ", "nodes[0].fixedCostEurPerDay", notNegative),
        scalar(61, "    quality: ", "nodes[0].quality", numbers().mix(Generate.pick(List.of("1.5", "-0.1")), 50)),
        scalar(64, "      from: ", "nodes[0].shifts.from", Generate.pick(List.of("6h", "25:00", "24:00", "abc", "12:60"))),
        scalar(65, "      to: ", "nodes[0].shifts.to", Generate.pick(List.of("25:00", "05:00", "06:00", "00:00", "x"))),
        scalar(67, "      reorderPoint: ", "nodes[0].componentStock.reorderPoint",
            Generate.pick(List.of("-1", "abc", "1.5", "1000000001"))),
        scalar(68, "      orderUpTo: ", "nodes[0].componentStock.orderUpTo", Generate.pick(List.of("200", "0", "x"))),
        scalar(80, "    replenishFrom: ", "nodes[2].replenishFrom",
            references().mix(Generate.pick(List.of("dc-paris", "supplier-steel", "region-paris")), 50)),
        scalar(82, "      - product: ", "nodes[2].stock[0].product",
            references().mix(Generate.constant("impeller"), 30)),
        scalar(83, "        policy: ", "nodes[2].stock[0].policy", words()),
        scalar(84, "        reorderPoint: ", "nodes[2].stock[0].reorderPoint", Generate.pick(List.of("-1", "abc"))),
        scalar(85, "        orderUpTo: ", "nodes[2].stock[0].orderUpTo", Generate.pick(List.of("20", "0", "1.5"))),
        container(90, "    components: ", "suppliers[0].components", LIST),
        distribution(91, "    leadTime: ", "suppliers[0].leadTime", durations(true)),
        scalar(92, "    capacityPerDay: ", "suppliers[0].capacityPerDay", positive),
        scalar(95, "  - id: ", "regions[0].id", names()),
        container(96, "    location: ", "regions[0].location", MAPPING),
        scalar(98, "      - product: ", "regions[0].demand[0].product", references()),
        scalar(99, "        ordersPerDay: ", "regions[0].demand[0].ordersPerDay", positive),
        scalar(101, "          amplitude: ", "regions[0].demand[0].seasonality.amplitude",
            numbers().mix(Generate.pick(List.of("1", "-0.5")), 50)),
        scalar(102, "          peakDay: ", "regions[0].demand[0].seasonality.peakDay",
            numbers().mix(Generate.pick(List.of("366", "-1")), 50)),
        scalar(103, "        trendPerYear: ", "regions[0].demand[0].trendPerYear",
            numbers().mix(Generate.pick(List.of("-1", "-2")), 50)),
        distribution(104, "        orderSize: ", "regions[0].demand[0].orderSize",
            Generate.pick(List.of("abc", "-1", "2h", "\"2\""))),
        scalar(105, "        promisedLeadTime: ", "regions[0].demand[0].promisedLeadTime", durations(true)),
        scalar(106, "        patience: ", "regions[0].demand[0].patience", durations(false)),
        scalar(120, "  allocation: ", "platform.allocation", words()),
        scalar(121, "  orderLatency: ", "platform.orderLatency", durations(false)),
        scalar(124, "  maxQueuePerMachine: ", "platform.maxQueuePerMachine", positive),
        scalar(125, "  minQuality: ", "platform.minQuality", numbers().mix(Generate.pick(List.of("1.01", "-1")), 50)),
        container(128, "  modes: ", "transport.modes", LIST.subList(0, 5)),
        scalar(130, "    - from: ", "transport.lanes[0].from",
            references().mix(Generate.constant("region-berlin"), 30)),
        scalar(132, "      mode: ", "transport.lanes[0].mode", words()),
        scalar(133, "      distanceKm: ", "transport.lanes[0].distanceKm",
            notNegative.mix(Generate.constant("100001"), 20)),
        scalar(139, "  batching: ", "transport.batching", words()),
        scalar(141, "    maxWeightKg: ", "transport.consolidation.maxWeightKg", positive),
        scalar(142, "    maxWait: ", "transport.consolidation.maxWait", durations(false)),
        scalar(145, "  holdingRatePerYear: ", "costs.holdingRatePerYear", notNegative),
        scalar(146, "  latenessPenaltyEurPerUnitDay: ", "costs.latenessPenaltyEurPerUnitDay", notNegative));
    return integers().between(0, all.size() - 1).flatMap(all::get);
  }

  /** A scalar field: its own bad values, or a value of the wrong shape. */
  private static Gen<Mutation> scalar(int line, String prefix, String field, Gen<String> bad) {
    return bad.mix(Generate.pick(List.of("", "~", "[]", "{}", "[1, 2]", "{a: 1}")), 20)
        .map(v -> new Mutation(line, prefix, field, v));
  }

  /** A distribution: bad durations or numbers, or a list or nothing (a mapping is read field by field). */
  private static Gen<Mutation> distribution(int line, String prefix, String field, Gen<String> bad) {
    return bad.mix(Generate.pick(List.of("", "~", "[]", "[1, 2]")), 30).map(v -> new Mutation(line, prefix, field, v));
  }

  /** Wrong values for a non-empty list: nothing, a word, a mapping, and last the empty list. */
  private static final List<String> LIST = List.of("", "~", "abc", "{}", "{a: 1}", "[]");
  /** Wrong values for a mapping: nothing, a word, a list. */
  private static final List<String> MAPPING = List.of("", "~", "abc", "[1, 2]", "[]");

  /** A list or a mapping given as nothing, a word, or the other kind of collection. */
  private static Gen<Mutation> container(int line, String prefix, String field, List<String> bad) {
    return Generate.pick(bad).map(v -> new Mutation(line, prefix, field, v));
  }

  private static Gen<String> numbers() {
    return Generate.pick(List.of("abc", "\"3\"", ".inf", ".nan", "1e400", "1,5"));
  }

  private static Gen<String> durations(boolean zeroAllowed) {
    Gen<String> bad = Generate.pick(List.of("5", "-1h", "5 hours", "abc", "1.5ms", "3y", "\"\""));
    return zeroAllowed ? bad : bad.mix(Generate.pick(List.of("0s", "0h", "0ms")), 30);
  }

  private static Gen<String> names() {
    return Generate.pick(List.of("Bad_Name", "-x", "a.b", "UPPER", "\"\""));
  }

  private static Gen<String> references() {
    return Generate.pick(List.of("nowhere", "Bad_Name", "x-y-z"));
  }

  private static Gen<String> words() {
    return Generate.pick(List.of("bogus", "Bogus", "\"\"", "fast"));
  }
}
