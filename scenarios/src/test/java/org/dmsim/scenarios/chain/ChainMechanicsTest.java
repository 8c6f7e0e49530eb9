package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.api.BothEngines;
import org.dmsim.scenarios.api.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The mechanics of a stock chain that the Beer Game does not show on its own, on the bundled game
 * with overrides: an initial backlog owed downstream, lost sales at a stock point, and fill and ready
 * rates per stage — each on both engines.
 */
class ChainMechanicsTest {
  private static final Path GAME = Path.of("library", "beer-game.yaml");

  @Test
  void initialBacklog_isServedFirst_beforeTheFirstOrder() throws Exception {
    Scenarios s = Scenarios.load(GAME).with("nodes[wholesaler].stock[beer].backlog", "4");
    RunResult run = BothEngines.run(s);
    EchelonSeries wholesaler = stage(s, run, "wholesaler");
    // Week 1 at the wholesaler: 12 on hand + a lot of 4 arrives; it owes 4 from the start and the
    // retailer's first order of 4 arrives: 16 - 4 - 4 = 8 left, nothing owed.
    assertThat(wholesaler.onHand()[0]).isEqualTo(8);
    assertThat(wholesaler.backlog()[0]).isZero();
    // Its demand of week 1 is the order only: the backlog is owed from before the start.
    assertThat(wholesaler.demand()[0]).isEqualTo(4);
  }

  @Test
  void lostSales_atTheRetailer_owesNothing_andTheRegionCountsTheLostUnits() throws Exception {
    Scenarios s = Scenarios.load(GAME).with("nodes[retailer].stock[beer].lostSales", "true");
    RunResult run = BothEngines.run(s);
    EchelonSeries retailer = stage(s, run, "retailer");
    assertThat(retailer.backlog()).containsOnly(0.0);
    long lost = run.entity("retailer").orElseThrow().metric(Metrics.LOST_SALES_UNITS).orElseThrow().count();
    assertThat(lost).isPositive();
    assertThat(run.entity("customers").orElseThrow().metric(Metrics.LOST_UNITS).orElseThrow().count())
        .isEqualTo(lost);
  }

  @Test
  void fillAndReadyRates_followTheSeries() throws Exception {
    Scenarios s = Scenarios.load(GAME);
    RunResult run = BothEngines.run(s);
    for (EchelonSeries stage : EchelonSeries.of(s.network(), run)) {
      double demand = sum(stage.demand());
      assertThat(stage.fillRate()).as(stage.stage()).isEqualTo(sum(stage.filled()) / demand);
      long ready = java.util.Arrays.stream(stage.onHand()).filter(v -> v > 0).count();
      assertThat(stage.readyRate()).isEqualTo((double) ready / stage.periods());
    }
    // The retailer runs out in week 7 and owes customers from week 8 (the steady-state rule): not every
    // unit is filled at once, and not every week ends with stock.
    EchelonSeries retailer = stage(s, run, "retailer");
    assertThat(retailer.fillRate()).isBetween(0.0, 0.99);
    assertThat(retailer.readyRate()).isLessThan(1.0);
  }

  private static double sum(double[] x) {
    return java.util.Arrays.stream(x).sum();
  }

  private static EchelonSeries stage(Scenarios s, RunResult run, String id) {
    List<EchelonSeries> stages = EchelonSeries.of(s.network(), run);
    return stages.stream().filter(e -> e.stage().equals(id)).findFirst().orElseThrow();
  }
}
