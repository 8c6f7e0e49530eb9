package org.dmsim.model.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PerformanceCurveTest {

  @Test
  void servedDemandRatio_isServedOverDemandPerDay() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {100, 200, 50}, new double[] {100, 150, 0});
    assertThat(c.servedDemandRatio()).containsExactly(1.0, 0.75, 0.0);
  }

  @Test
  void servedDemandRatio_zeroDemandDay_carriesThePreviousDay() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {100, 0, 0, 100}, new double[] {40, 0, 0, 100});
    assertThat(c.servedDemandRatio()).containsExactly(0.4, 0.4, 0.4, 1.0);
  }

  @Test
  void servedDemandRatio_zeroDemandBeforeAnyDemand_isOne() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {0, 0, 100}, new double[] {0, 0, 30});
    assertThat(c.servedDemandRatio()).containsExactly(1.0, 1.0, 0.3);
  }

  @Test
  void movingAverage_isTakenOverUnitsNotOverDailyRatios() {
    // Day 0: 100 of 100 (ratio 1); day 1: 0 of 10 (ratio 0). Over units 100 / 110; the mean of the
    // ratios would be 0.5.
    PerformanceCurve c = PerformanceCurve.of(new double[] {100, 10}, new double[] {100, 0});
    assertThat(c.movingAverage(2, 0)).containsExactly(1.0, 100.0 / 110);
  }

  @Test
  void weeklyAverage_isShorterAtTheStartAndTrailsAfter() {
    double[] demand = new double[10];
    double[] served = new double[10];
    for (int d = 0; d < 10; d++) {
      demand[d] = 10;
      served[d] = d;
    }
    double[] avg = PerformanceCurve.of(demand, served).weeklyAverage();
    // Day 2: (0 + 1 + 2) / 30; day 9: (3 + … + 9) / 70 = 42 / 70.
    assertThat(avg[0]).isEqualTo(0.0);
    assertThat(avg[2]).isEqualTo(3.0 / 30);
    assertThat(avg[6]).isEqualTo(21.0 / 70);
    assertThat(avg[9]).isEqualTo(42.0 / 70);
  }

  @Test
  void movingAverage_windowWithoutDemand_carriesAndStartsAtOne() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {0, 100, 0, 0, 0, 100}, new double[] {0, 50, 0, 0, 0, 100});
    // Window 2: day 0 no demand yet (1), day 1 50/100, day 2 50/100, day 3 none (carry 0.5), day 4 none,
    // day 5 100/100.
    assertThat(c.movingAverage(2, 0)).containsExactly(1.0, 0.5, 0.5, 0.5, 0.5, 1.0);
  }

  @Test
  void movingAverage_warmUpDays_areNaNAndNeverEnterAWindow() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {100, 100, 100, 100}, new double[] {0, 0, 100, 50});
    double[] avg = c.movingAverage(7, 2);
    assertThat(avg[0]).isNaN();
    assertThat(avg[1]).isNaN();
    assertThat(avg[2]).isEqualTo(1.0);
    assertThat(avg[3]).isEqualTo(150.0 / 200);
  }

  @Test
  void of_copiesItsArrays() {
    double[] demand = {100, 100};
    double[] served = {100, 100};
    PerformanceCurve c = PerformanceCurve.of(demand, served);
    served[1] = 0;
    assertThat(c.servedOnTimeUnits(1)).isEqualTo(100);
    assertThat(c.days()).isEqualTo(2);
    assertThat(c.demandUnits(0)).isEqualTo(100);
  }

  @Test
  void of_badCounts_areRejectedWithTheDay() {
    assertThatThrownBy(() -> PerformanceCurve.of(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 days");
    assertThatThrownBy(() -> PerformanceCurve.of(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    assertThatThrownBy(() -> PerformanceCurve.of(new double[] {10, 10}, new double[] {10, 11}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 1");
    assertThatThrownBy(() -> PerformanceCurve.of(new double[] {-1}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 0");
    assertThatThrownBy(() -> PerformanceCurve.of(new double[] {Double.NaN}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PerformanceCurve.of(new double[] {10}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void movingAverage_badArguments_areRejected() {
    PerformanceCurve c = PerformanceCurve.of(new double[] {1}, new double[] {1});
    assertThatThrownBy(() -> c.movingAverage(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.movingAverage(7, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.movingAverage(7, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
