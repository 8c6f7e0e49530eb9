package org.dmsim.model.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Resilience measures on constructed curves whose answers are worked out by hand. */
class ResilienceMeasuresTest {
  private static final int DAYS = 60;
  private static final int START = 30;

  /**
   * Demand 100 units a day for 60 days; nothing is served on days 30–34 (a five-day outage starting on
   * day s = 30), everything on every other day.
   *
   * <p>Baseline: days 2–29 (28 days), 2800 / 2800 = 1.0; threshold 0.95.
   *
   * <p>The 7-day average on day d covers days d−6 … d and is (7 − k)/7, k = outage days in the window:
   * day 30: 6/7, 31: 5/7, 32: 4/7, 33: 3/7, 34: 2/7, 35: 2/7 (days 29–35), 36: 2/7 (days 30–36),
   * 37: 3/7 (31–37), 38: 4/7, 39: 5/7, 40: 6/7 (34–40), 41: 7/7 (35–41). One outage day in the window
   * already gives 6/7 = 0.857 &lt; 0.95, so the average first falls below on day 30 and is back on day 41,
   * the first day whose window holds no outage day: time to recover 41 − 30 = 11 days (the five days of
   * outage plus the six days the trailing window needs to forget it).
   *
   * <p>Max drop: 1 − 2/7 = 5/7. Loss: days 30–40, shortfall 1.0 × 100 − served: 100 on each of days
   * 30–34, 0 on days 35–40: 500 unit-days.
   */
  @Test
  void of_fiveDayOutage_recoversAfterElevenDaysWithFiveHundredUnitDaysLost() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 5, 0);
    PerformanceCurve curve = PerformanceCurve.of(constant(100), served);

    ResilienceMeasures m = ResilienceMeasures.of(curve, START, 0);

    assertThat(m.disruptionStartDay()).isEqualTo(START);
    assertThat(m.baseline()).isEqualTo(1.0);
    assertThat(m.maxDrop()).isEqualTo(1 - 2.0 / 7);
    assertThat(m.timeToRecoverDays()).isEqualTo(11);
    assertThat(m.censored()).isFalse();
    assertThat(m.lossAreaUnitDays()).isEqualTo(500.0);
    assertThat(Arrays.copyOfRange(curve.weeklyAverage(), 29, 42)).containsExactly(
        1.0, 6.0 / 7, 5.0 / 7, 4.0 / 7, 3.0 / 7, 2.0 / 7, 2.0 / 7, 2.0 / 7, 3.0 / 7, 4.0 / 7, 5.0 / 7, 6.0 / 7, 1.0);
  }

  /**
   * The same outage, but nothing is ever served again from day 30 to the end (day 59). The average is
   * below 0.95 from day 30 on and reaches 0 on day 36: max drop 1.0, censored, time = 60 − 30 = 30
   * days (to the end of the run), loss = 30 days × 100 units = 3000 unit-days.
   */
  @Test
  void of_neverRecovering_isCensoredAtTheEndOfTheRun() {
    double[] served = constant(100);
    Arrays.fill(served, START, DAYS, 0);

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0);

    assertThat(m.baseline()).isEqualTo(1.0);
    assertThat(m.maxDrop()).isEqualTo(1.0);
    assertThat(m.censored()).isTrue();
    assertThat(m.timeToRecoverDays()).isEqualTo(30);
    assertThat(m.lossAreaUnitDays()).isEqualTo(3000.0);
  }

  /**
   * After a two-day outage the network serves only 90 of 100 a day: the average settles at 0.9,
   * below the threshold 0.95, so it never recovers. Loss: 2 × 100 + 28 × 10 = 480 unit-days.
   */
  @Test
  void of_recoveringToBelowTheThreshold_isCensored() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 2, 0);
    Arrays.fill(served, START + 2, DAYS, 90);

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0);

    assertThat(m.censored()).isTrue();
    assertThat(m.timeToRecoverDays()).isEqualTo(30);
    assertThat(m.lossAreaUnitDays()).isEqualTo(480.0);
  }

  /** A curve that serves everything: time 0, loss 0, no drop, not censored. */
  @Test
  void of_noDrop_givesZeroTimeAndLoss() {
    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), constant(100)), START, 0);

    assertThat(m).isEqualTo(new ResilienceMeasures(START, 1.0, 0.0, 0, false, 0.0));
  }

  /**
   * A shallow dip: 97 of 100 served on days 30–32. The lowest average is (4 × 100 + 3 × 97)/700 =
   * 691/700 = 0.987, above 0.95: the curve never drops below the threshold, so time and loss are 0
   * while the max drop still shows 9/700.
   */
  @Test
  void of_dipAboveTheThreshold_countsAsNoDropButReportsTheDepth() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 3, 97);

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0);

    assertThat(m.timeToRecoverDays()).isZero();
    assertThat(m.censored()).isFalse();
    assertThat(m.lossAreaUnitDays()).isZero();
    assertThat(m.maxDrop()).isEqualTo(1 - 691.0 / 700);
  }

  /**
   * Warm-up 14 days in which only 50 of 100 are served (the pipeline filling), then 100 of 100; a
   * two-day outage on days 17–18.
   *
   * <p>Baseline: days 14–16 only (the 28-day window is cut at the warm-up), 300 / 300 = 1.0; counting
   * the warm-up it would be (14 × 50 + 3 × 100)/1700 = 0.59.
   *
   * <p>7-day average, windows cut at day 14: day 17: days 14–17, 300/400 = 0.75; 18: 300/500 = 0.6;
   * 19: 400/600; 20: 500/700; 21 (days 15–21) … 23 (17–23): 500/700; 24 (18–24): 600/700; 25 (19–25):
   * 700/700. Time to recover 25 − 17 = 8 days; max drop 1 − 0.6 = 0.4; loss 2 × 100 = 200 unit-days.
   */
  @Test
  void of_warmUp_isLeftOutOfBaselineAndAverage() {
    double[] served = constant(100);
    Arrays.fill(served, 0, 14, 50);
    Arrays.fill(served, 17, 19, 0);
    PerformanceCurve curve = PerformanceCurve.of(constant(100), served);

    ResilienceMeasures m = ResilienceMeasures.of(curve, 17, 14);

    assertThat(m.baseline()).isEqualTo(1.0);
    assertThat(m.maxDrop()).isEqualTo(1 - 300.0 / 500).isCloseTo(0.4, within(1e-15));
    assertThat(m.timeToRecoverDays()).isEqualTo(8);
    assertThat(m.censored()).isFalse();
    assertThat(m.lossAreaUnitDays()).isEqualTo(200.0);

    ResilienceMeasures withoutWarmUp = ResilienceMeasures.of(curve, 17, 0);
    assertThat(withoutWarmUp.baseline()).isEqualTo(1000.0 / 1700);
  }

  /** The baseline window is the 28 days before the start: older, worse days do not count. */
  @Test
  void of_baselineWindow_isTheTwentyEightDaysBeforeTheStart() {
    double[] served = constant(100);
    Arrays.fill(served, 0, 10, 50);
    PerformanceCurve curve = PerformanceCurve.of(constant(100), served);

    assertThat(ResilienceMeasures.of(curve, 40, 0).baseline()).isEqualTo(1.0);
    // Start on day 38: the window is days 10–37, still clear of the poor days.
    assertThat(ResilienceMeasures.of(curve, 38, 0).baseline()).isEqualTo(1.0);
    // Start on day 37: the window is days 9–36, one poor day: 2750 / 2800.
    assertThat(ResilienceMeasures.of(curve, 37, 0).baseline()).isEqualTo(2750.0 / 2800);
    // Start on day 20: fewer days are available, days 0–19: 1500 / 2000.
    assertThat(ResilienceMeasures.of(curve, 20, 0).baseline()).isEqualTo(0.75);
  }

  /**
   * The baseline is the network's own normal level, not 100 %: a network that normally serves 80 of
   * 100 and drops to 0 for one day on day 30 loses 80 units that day, not 100, and recovers (threshold
   * 0.95 × 0.8 = 0.76) once the outage day leaves the window, on day 37: 7 days.
   */
  @Test
  void of_baselineBelowOne_measuresAgainstTheNetworksOwnLevel() {
    double[] served = constant(80);
    served[START] = 0;

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0);

    assertThat(m.baseline()).isEqualTo(0.8);
    assertThat(m.timeToRecoverDays()).isEqualTo(7);
    assertThat(m.lossAreaUnitDays()).isEqualTo(80.0);
    assertThat(m.maxDrop()).isCloseTo(0.8 - 480.0 / 700, within(1e-15));
  }

  /**
   * A horizon ending before the run does: a second outage after day 45 is outside the first
   * disruption's horizon [30, 45) and does not change its measures.
   */
  @Test
  void of_horizon_keepsALaterDisruptionOut() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 5, 0);
    Arrays.fill(served, 50, DAYS, 0);
    PerformanceCurve curve = PerformanceCurve.of(constant(100), served);

    ResilienceMeasures m = ResilienceMeasures.of(curve, START, 0, 45, ResilienceMeasures.Criteria.DEFAULT);

    assertThat(m.timeToRecoverDays()).isEqualTo(11);
    assertThat(m.lossAreaUnitDays()).isEqualTo(500.0);
    assertThat(m.maxDrop()).isEqualTo(1 - 2.0 / 7);
    ResilienceMeasures toTheEnd = ResilienceMeasures.of(curve, START, 0);
    assertThat(toTheEnd.maxDrop()).isEqualTo(1.0);
    assertThat(toTheEnd.timeToRecoverDays()).isEqualTo(11);
  }

  /** A horizon that ends before the recovery is censored at the horizon. */
  @Test
  void of_horizonBeforeRecovery_isCensoredThere() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 5, 0);

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0, 38,
        ResilienceMeasures.Criteria.DEFAULT);

    assertThat(m.censored()).isTrue();
    assertThat(m.timeToRecoverDays()).isEqualTo(8);
    assertThat(m.lossAreaUnitDays()).isEqualTo(500.0);
  }

  /** Other criteria: a 3-day average recovered at 100 % comes back on day 37 after a 5-day outage. */
  @Test
  void of_otherCriteria_areApplied() {
    double[] served = constant(100);
    Arrays.fill(served, START, START + 5, 0);

    ResilienceMeasures m = ResilienceMeasures.of(PerformanceCurve.of(constant(100), served), START, 0, DAYS,
        new ResilienceMeasures.Criteria(5, 3, 1.0));

    assertThat(m.timeToRecoverDays()).isEqualTo(7);
    assertThat(m.maxDrop()).isEqualTo(1.0);
  }

  /**
   * A week without demand inside an outage carries the low average; it is not a recovery. Nothing is
   * served on days 30–45, and no demand falls due on days 32–38. Day 38's window (days 32–38) holds no
   * demand, so it carries day 37's average (days 31–37: 0 of 100) = 0; reading such a window as 1 would
   * call day 38 a recovery after 8 days. Demand resumes on day 39 but is not served until day 46; the
   * average is back on day 52, whose window (46–52) is the first free of unserved demand: 22 days.
   * Loss: days 30, 31 and 39–45, 9 × 100 = 900 unit-days.
   */
  @Test
  void of_weekWithoutDemandInsideAnOutage_isNotARecovery() {
    double[] demand = constant(100);
    double[] served = constant(100);
    Arrays.fill(served, START, 46, 0);
    Arrays.fill(demand, 32, 39, 0);
    PerformanceCurve curve = PerformanceCurve.of(demand, served);

    ResilienceMeasures m = ResilienceMeasures.of(curve, START, 0);

    assertThat(curve.weeklyAverage()[38]).isZero();
    assertThat(m.timeToRecoverDays()).isEqualTo(22);
    assertThat(m.censored()).isFalse();
    assertThat(m.lossAreaUnitDays()).isEqualTo(900.0);
  }

  @Test
  void of_noBaseline_isRejected() {
    PerformanceCurve curve = PerformanceCurve.of(constant(100), constant(100));
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no baseline");
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, 10, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no baseline");
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, 5, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no baseline");
    double[] demand = constant(100);
    Arrays.fill(demand, 0, START, 0);
    assertThatThrownBy(() -> ResilienceMeasures.of(PerformanceCurve.of(demand, constant(0)), START, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no baseline");
  }

  @Test
  void of_startOrHorizonOutsideTheCurve_isRejected() {
    PerformanceCurve curve = PerformanceCurve.of(constant(100), constant(100));
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, DAYS, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, START, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResilienceMeasures.of(curve, START, 0, DAYS + 1, ResilienceMeasures.Criteria.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past");
  }

  @Test
  void criteria_outOfRange_areRejected() {
    assertThatThrownBy(() -> new ResilienceMeasures.Criteria(0, 7, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResilienceMeasures.Criteria(28, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResilienceMeasures.Criteria(28, 7, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResilienceMeasures.Criteria(28, 7, 1.01)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ResilienceMeasures.Criteria.DEFAULT).isEqualTo(new ResilienceMeasures.Criteria(28, 7, 0.95));
  }

  private static double[] constant(double units) {
    double[] a = new double[DAYS];
    Arrays.fill(a, units);
    return a;
  }
}
