package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;

import org.junit.jupiter.api.Test;

class DailyLevelTest {
  private static final double EPS = 1e-12;

  /** 2 until 23:00 on day 0, 4 until 01:00 on day 1, then 0. */
  private static DailyLevel acrossMidnight() {
    DailyLevel d = new DailyLevel();
    d.set(0, 2);
    d.set(DAY_MS - HOUR_MS, 4);
    d.set(DAY_MS + HOUR_MS, 0);
    return d;
  }

  @Test
  void dayAverages_levelCrossingMidnight_splitsItsTimeBetweenTheDays() {
    DailyLevel d = acrossMidnight();
    assertThat(d.dayAverages(2 * DAY_MS)).containsExactly(new double[] {(2 * 23 + 4) / 24.0, 4 / 24.0}, within(EPS));
    assertThat(d.average(2 * DAY_MS)).isCloseTo((2 * 23 + 4 + 4) / 48.0, within(EPS));
    assertThat(d.level()).isZero();
  }

  @Test
  void dayAverages_partialLastDay_averagesOverItsOwnLength() {
    DailyLevel d = acrossMidnight();
    assertThat(d.dayAverages(DAY_MS + 12 * HOUR_MS)).containsExactly(new double[] {50 / 24.0, 4 / 12.0}, within(EPS));
  }

  @Test
  void dayAverages_endJustAfterMidnight_addsAOneMillisecondDay() {
    DailyLevel d = new DailyLevel();
    d.set(0, 5);
    assertThat(d.dayAverages(2 * DAY_MS)).containsExactly(5, 5);
    assertThat(d.dayAverages(2 * DAY_MS + 1)).containsExactly(5, 5, 5);
  }

  @Test
  void dayAverages_endAtZero_isEmpty() {
    DailyLevel d = new DailyLevel();
    d.set(0, 3);
    assertThat(d.dayAverages(0)).isEmpty();
    assertThat(d.average(0)).isEqualTo(3);
  }

  @Test
  void dayAverages_neverSet_isZeroEveryDay() {
    DailyLevel d = new DailyLevel();
    assertThat(d.dayAverages(3 * DAY_MS)).containsExactly(0, 0, 0);
    assertThat(d.average(3 * DAY_MS)).isZero();
    assertThat(d.level()).isZero();
  }

  @Test
  void dayAverages_longConstantStretch_coversEveryDayBeyondTheInitialCapacity() {
    DailyLevel d = new DailyLevel();
    d.set(0, 1);
    d.set(20 * DAY_MS + 6 * HOUR_MS, 3);
    double[] days = d.dayAverages(21 * DAY_MS);
    assertThat(days).hasSize(21);
    for (int i = 0; i < 20; i++) {
      assertThat(days[i]).as("day %d", i).isEqualTo(1);
    }
    assertThat(days[20]).isCloseTo((6 + 18 * 3) / 24.0, within(EPS));
  }

  @Test
  void set_severalChangesAtOneInstant_onlyTheLastCounts() {
    DailyLevel d = new DailyLevel();
    d.set(HOUR_MS, 1);
    d.set(HOUR_MS, 100);
    d.set(HOUR_MS, 6);
    assertThat(d.dayAverages(DAY_MS)).containsExactly(new double[] {6 * 23 / 24.0}, within(EPS));
    assertThat(d.level()).isEqualTo(6);
  }

  @Test
  void dayAverages_asASnapshotWhileTheLevelGoesOn_matchesAFreshCount() {
    DailyLevel snapshot = new DailyLevel();
    DailyLevel fresh = new DailyLevel();
    for (DailyLevel d : new DailyLevel[] {snapshot, fresh}) {
      d.set(0, 2);
    }
    assertThat(snapshot.dayAverages(12 * HOUR_MS)).containsExactly(2);
    assertThat(snapshot.dayAverages(12 * HOUR_MS)).containsExactly(2);
    for (DailyLevel d : new DailyLevel[] {snapshot, fresh}) {
      d.set(18 * HOUR_MS, 6);
    }
    assertThat(snapshot.dayAverages(2 * DAY_MS)).containsExactly(fresh.dayAverages(2 * DAY_MS));
    assertThat(fresh.dayAverages(2 * DAY_MS)).containsExactly(new double[] {(18 * 2 + 6 * 6) / 24.0, 6}, within(EPS));
  }

  @Test
  void set_timeGoingBackwards_throws() {
    DailyLevel d = new DailyLevel();
    d.set(DAY_MS, 1);
    assertThatThrownBy(() -> d.set(DAY_MS - 1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backwards");
  }

  @Test
  void dayAverages_onlyReads_anEarlierEndAfterALaterOneGivesTheSameLevel() {
    DailyLevel level = new DailyLevel();
    level.set(0, 1);
    assertThat(level.dayAverages(2 * DAY_MS)).containsExactly(1.0, 1.0);
    assertThat(level.dayAverages(12 * HOUR_MS)).containsExactly(1.0);
  }

  @Test
  void dayAverages_afterAChangeFollowingAnEarlierSnapshot_agreesWithTheOverallAverage() {
    DailyLevel level = new DailyLevel();
    level.set(0, 1);
    level.dayAverages(DAY_MS);
    level.set(12 * HOUR_MS, 3);
    assertThat(level.dayAverages(DAY_MS)[0]).isCloseTo(2.0, within(EPS));
    assertThat(level.average(DAY_MS)).isCloseTo(2.0, within(EPS));
  }
}
