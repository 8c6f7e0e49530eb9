package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.scenarios.api.BothEngines;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.api.Simulation;
import org.dmsim.scenarios.api.SimulationOptions;
import org.dmsim.scenarios.api.SimulationResults;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Beer Game ({@code scenarios/library/beer-game.yaml}): a four-stage chain of stock points
 * with order and shipping delays, a steady-state start and costs per week. Checked against what can be
 * worked out by hand — the steady state with constant demand — and for the bullwhip effect with
 * Sterman's parameters, on both engines.
 */
class BeerGameTest {
  private static final Path GAME = Path.of("library", "beer-game.yaml");
  private static final List<String> STAGES = List.of("retailer", "wholesaler", "distributor", "factory");
  private static final String STERMAN = "{rule: anchor-and-adjust, params: {period: 1w, theta: 0.36, alphaS: 0.26, "
      + "beta: 0.34, desiredStock: 17, initialForecast: 4}}";

  @Test
  void constantDemand_everyStageStaysInItsSteadyState_costAsWorkedOutByHand() throws Exception {
    Scenarios s = Scenarios.load(GAME).with("regions[customers].demand[beer].generator",
        "{rule: per-period, params: {period: 1w, distribution: empirical, values: '4', unitOrders: true}}");
    List<EchelonSeries> stages = stages(s, EngineKind.SEQUENTIAL, 1);

    assertThat(stages).extracting(EchelonSeries::stage).containsExactlyElementsOf(STAGES);
    for (EchelonSeries stage : stages) {
      assertThat(stage.periods()).isEqualTo(36);
      for (int week = 0; week < 36; week++) {
        assertThat(stage.orders()[week]).as(stage.stage() + " week " + (week + 1)).isEqualTo(4);
        assertThat(stage.onHand()[week]).isEqualTo(12);
        assertThat(stage.backlog()[week]).isZero();
      }
      // 12 cases on hand for 36 weeks at 0.50 a case and week.
      assertThat(stage.totalCost()).isCloseTo(36 * 12 * 0.5, within(1e-9));
    }
  }

  @Test
  void classicGame_sameSeriesOnBothEngines_andTheStepReachesTheFactoryLater() throws Exception {
    Scenarios s = Scenarios.load(GAME);
    List<EchelonSeries> stages = EchelonSeries.of(s.network(), BothEngines.run(s));
    // Customer demand: 4 a week, 8 from week 5 on; unit orders, so the retailer owes single cases.
    double[] demand = stages.get(0).demand();
    assertThat(demand[3]).isEqualTo(4);
    assertThat(demand[4]).isEqualTo(8);
    // Each stage sees the stage below's first larger order two weeks (its order delay) after it is placed.
    for (int i = 1; i < stages.size(); i++) {
      assertThat(firstAbove4(stages.get(i).demand())).isEqualTo(firstAbove4(stages.get(i - 1).orders()) + 2);
    }
  }

  @Test
  void stermansParameters_ordersSwellUpTheChain_andCostMoreThanTheSupplyLineRule() throws Exception {
    Scenarios rule = Scenarios.load(GAME);
    Scenarios people = rule;
    for (String stage : STAGES) {
      people = people.with("nodes[" + stage + "].stock[beer].policy", STERMAN);
    }
    List<EchelonSeries> byRule = stages(rule, EngineKind.SEQUENTIAL, 1);
    List<EchelonSeries> byPeople = stages(people, EngineKind.ACTORS, 2);
    double[] customers = byPeople.get(0).demand();

    // The bullwhip: the variance of orders, against the customers' demand, grows at every stage up.
    double previous = 1;
    for (EchelonSeries stage : byPeople) {
      double ratio = stage.bullwhipAgainst(customers);
      assertThat(ratio).as(stage.stage()).isGreaterThan(previous);
      previous = ratio;
    }
    assertThat(total(byPeople)).isGreaterThan(2 * total(byRule));
  }

  @Test
  void stermansGame_sameDigestOnAnyThreadCount_oneActorPerEntityOrFused() throws Exception {
    Scenarios people = Scenarios.load(GAME);
    for (String stage : STAGES) {
      people = people.with("nodes[" + stage + "].stock[beer].policy", STERMAN);
    }
    SimulationPlan plan = people.network().plan();
    String expected = new SequentialEngine().run(plan, 1, 0).digest();
    for (int threads : new int[] {1, 4}) {
      for (boolean fused : new boolean[] {false, true}) {
        try (AkkaEngine engine = new AkkaEngine(AkkaEngineSettings.of(threads).withFusedChildren(fused))) {
          assertThat(engine.run(plan, 1, 0).digest()).as("%d threads, fused %s", threads, fused).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void mistakesInAChain_areReportedAtTheirLineAndField(@TempDir Path dir) throws Exception {
    String game = Files.readString(GAME);
    int retailer = game.indexOf("  - id: retailer");
    Path withoutPeriod = dir.resolve("beer-game.yaml");
    Files.writeString(withoutPeriod, game.substring(0, retailer)
        + game.substring(retailer).replaceFirst("    period: 1w\n", ""));
    assertThatThrownBy(() -> Scenarios.load(withoutPeriod))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("beer-game.yaml:113:")
        .hasMessageContaining("nodes[4].stock[0].holdingCost: expected no cost per period, or a period on the "
            + "node (e.g. period: 1w), found a cost, and no period on the node");
    assertThatThrownBy(() -> Scenarios.load(GAME).with("nodes[factory].replenishFrom", "retailer"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("nodes[1].replenishFrom: expected a chain of replenishFrom that ends at a plant "
            + "or microfactory, found a loop: factory -> retailer -> wholesaler -> distributor -> factory");
    assertThatThrownBy(() -> Scenarios.load(GAME).with("nodes[retailer].stock[beer].inTransit", "[4, -1]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("nodes[4].stock[0].inTransit[1]: expected a number of units, an integer from 0 to "
            + "2147483647, found \"-1\"");
    assertThatThrownBy(() -> Scenarios.load(GAME).with("nodes[retailer].shippingDelay", "0s"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("nodes[4].shippingDelay: expected a duration greater than zero (e.g. 90s, 15min, 4h, 3d), "
            + "found \"0s\"");
  }

  private static int firstAbove4(double[] series) {
    for (int i = 0; i < series.length; i++) {
      if (series[i] > 4) {
        return i;
      }
    }
    return -1;
  }

  private static double total(List<EchelonSeries> stages) {
    return stages.stream().mapToDouble(EchelonSeries::totalCost).sum();
  }

  private static List<EchelonSeries> stages(Scenarios s, EngineKind engine, int threads) throws Exception {
    SimulationResults r = Simulation.run(s, SimulationOptions.of(s).withReplications(1).on(engine, threads));
    return EchelonSeries.of(s.network(), r.runs().get(0));
  }
}
