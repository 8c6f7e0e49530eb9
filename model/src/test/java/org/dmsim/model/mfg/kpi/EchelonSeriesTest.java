package org.dmsim.model.mfg.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-stage measures of a stock chain, on series worked out by hand. */
class EchelonSeriesTest {
  private static EchelonSeries stage(double[] demand, double[] filled, double[] orders, double[] onHand) {
    double[] zero = new double[demand.length];
    return new EchelonSeries("dc", 0, demand, filled, orders, onHand, zero, new double[] {1, 2, 3, 4});
  }

  @Test
  void bullwhip_isTheRatioOfPopulationVariances() {
    // demand 4, 4, 8, 8: variance 4; orders 2, 6, 10, 14: variance 20
    EchelonSeries s = stage(new double[] {4, 4, 8, 8}, new double[] {4, 4, 8, 8}, new double[] {2, 6, 10, 14},
        new double[] {1, 1, 1, 1});
    assertThat(s.bullwhip()).isCloseTo(5.0, within(1e-12));
    assertThat(s.bullwhipAgainst(new double[] {0, 2, 0, 2})).isCloseTo(20.0, within(1e-12));
  }

  @Test
  void bullwhip_withoutVaryingDemand_isUndefined() {
    EchelonSeries s = stage(new double[] {4, 4, 4, 4}, new double[] {4, 4, 4, 4}, new double[] {2, 6, 10, 14},
        new double[] {1, 1, 1, 1});
    assertThat(s.bullwhip()).isNaN();
  }

  @Test
  void fillAndReadyRates_andTotalCost() {
    EchelonSeries s = stage(new double[] {4, 4, 8, 8}, new double[] {4, 2, 0, 6}, new double[] {4, 4, 4, 4},
        new double[] {3, 0, 0, 5});
    assertThat(s.fillRate()).isCloseTo(12.0 / 24, within(1e-12));
    assertThat(s.readyRate()).isCloseTo(0.5, within(1e-12));
    assertThat(s.totalCost()).isEqualTo(10);
    assertThat(s.periods()).isEqualTo(4);
  }

  @Test
  void series_areCopies() {
    double[] demand = {4, 4, 8, 8};
    EchelonSeries s = stage(demand, demand, demand, demand);
    demand[0] = 99;
    s.demand()[1] = 99;
    assertThat(s.demand()).containsExactly(4, 4, 8, 8);
  }
}
