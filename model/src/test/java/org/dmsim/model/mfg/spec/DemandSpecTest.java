package org.dmsim.model.mfg.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dmsim.model.time.SimTime.DAY_MS;

import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

class DemandSpecTest {
  private static final Distribution ONE = new Deterministic(1);
  private static final double EPS = 1e-9;

  private static DemandSpec demand(double perDay, double amplitude, double peakDay, double trend) {
    return new DemandSpec("kit", perDay, amplitude, peakDay, trend, ONE, DAY_MS, SimTime.NEVER);
  }

  @Test
  void ratePerDay_noSeasonNoTrend_isTheBaseRate() {
    DemandSpec d = DemandSpec.poisson("kit", 12, ONE, DAY_MS);
    assertThat(d.ratePerDay(0)).isEqualTo(12.0);
    assertThat(d.ratePerDay(400 * DAY_MS)).isEqualTo(12.0);
    assertThat(d.maxRatePerDay(400 * DAY_MS)).isEqualTo(12.0);
  }

  @Test
  void ratePerDay_season_peaksAtThePeakDayAndBottomsHalfAYearLater() {
    DemandSpec d = demand(10, 0.4, 30, 0);
    assertThat(d.ratePerDay(30 * DAY_MS)).isCloseTo(14.0, within(EPS));
    assertThat(d.ratePerDay(30 * DAY_MS + 365 * DAY_MS / 2)).isCloseTo(6.0, within(EPS));
    assertThat(d.ratePerDay(395 * DAY_MS)).isCloseTo(14.0, within(EPS));
    // A quarter of a year from the peak the season is neutral.
    assertThat(d.ratePerDay(30 * DAY_MS + 365 * DAY_MS / 4)).isCloseTo(10.0, within(1e-6));
    // Day 0 lies 30 days before the peak.
    assertThat(d.ratePerDay(0)).isCloseTo(10 * (1 + 0.4 * Math.cos(2 * Math.PI * -30 / 365.0)), within(EPS));
  }

  @Test
  void ratePerDay_trend_growsLinearlyPerYear() {
    DemandSpec d = demand(10, 0, 0, 0.2);
    assertThat(d.ratePerDay(0)).isEqualTo(10.0);
    assertThat(d.ratePerDay(365 * DAY_MS)).isCloseTo(12.0, within(EPS));
    assertThat(d.ratePerDay(365 * DAY_MS / 2)).isCloseTo(11.0, within(EPS));
    assertThat(d.maxRatePerDay(365 * DAY_MS)).isCloseTo(12.0, within(EPS));
  }

  @Test
  void ratePerDay_decliningTrend_stopsAtZero() {
    DemandSpec d = demand(10, 0, 0, -0.5);
    assertThat(d.ratePerDay(365 * DAY_MS)).isCloseTo(5.0, within(EPS));
    assertThat(d.ratePerDay(2 * 365 * DAY_MS)).isCloseTo(0.0, within(EPS));
    assertThat(d.ratePerDay(3 * 365 * DAY_MS)).isZero();
    // The largest rate of a declining trend is at the start.
    assertThat(d.maxRatePerDay(3 * 365 * DAY_MS)).isEqualTo(10.0);
  }

  @Test
  void ratePerDay_seasonAndTrend_multiply() {
    DemandSpec d = demand(10, 0.5, 365, 0.1);
    assertThat(d.ratePerDay(365 * DAY_MS)).isCloseTo(10 * 1.5 * 1.1, within(EPS));
    assertThat(d.maxRatePerDay(365 * DAY_MS)).isCloseTo(10 * 1.5 * 1.1, within(EPS));
  }

  @Test
  void constructor_rateNotPositiveOrInfinite_throws() {
    for (double rate : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> demand(rate, 0, 0, 0)).as("%s", rate).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("demand for kit: orders per day must be positive");
    }
  }

  @Test
  void constructor_amplitudeOutsideZeroToBelowOne_throws() {
    for (double amplitude : new double[] {-0.1, 1, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> demand(1, amplitude, 0, 0)).as("%s", amplitude)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("demand for kit: seasonality amplitude must be from 0 to below 1");
    }
  }

  @Test
  void constructor_peakDayNotFiniteOrTrendAtMostMinusOne_throws() {
    assertThatThrownBy(() -> demand(1, 0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand for kit: peak day must be finite and trend above -1");
    assertThatThrownBy(() -> demand(1, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand for kit: peak day must be finite and trend above -1");
    assertThatThrownBy(() -> demand(1, 0, 0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand for kit: peak day must be finite and trend above -1");
  }

  @Test
  void constructor_negativeLeadTimeOrPatienceNotPositive_throws() {
    String message = "demand for kit: promised lead time must not be negative, patience must be positive";
    assertThatThrownBy(() -> new DemandSpec("kit", 1, 0, 0, 0, ONE, -1, SimTime.NEVER))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> new DemandSpec("kit", 1, 0, 0, 0, ONE, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void poisson_isConstantWithEndlessPatience() {
    assertThat(DemandSpec.poisson("kit", 3, ONE, 5)).isEqualTo(new DemandSpec("kit", 3, 0, 0, 0, ONE, 5, SimTime.NEVER));
  }
}
