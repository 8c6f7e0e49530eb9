package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.dmsim.model.time.SimTime.HOUR_MS;

import java.util.List;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.MetricValue.Kind;
import org.junit.jupiter.api.Test;

/** The two series kinds of {@link EntityStats}: binned sums and daily levels. */
class EntityStatsSeriesTest {

  @Test
  void record_binned_sumsPerBinAndCountsRecords() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Binned("delivered-units-by-day", 0, 3), 0);
    stats.record(new Observation.Binned("delivered-units-by-day", 2, 1), DAY_MS * 2);
    stats.record(new Observation.Binned("delivered-units-by-day", 0, 2), DAY_MS * 3);
    assertThat(stats.isEmpty()).isFalse();
    List<MetricValue> metrics = stats.toMetrics(4 * DAY_MS);
    assertThat(metrics).containsExactly(MetricValue.bins("delivered-units-by-day", 3, new double[] {5, 0, 1}));
    MetricValue m = metrics.get(0);
    assertThat(m.kind()).isEqualTo(Kind.BINS);
    assertThat(m.count()).isEqualTo(3);
    assertThat(m.series()).containsExactly(5, 0, 1);
  }

  @Test
  void record_binned_binsDoNotDependOnTheTimeRecorded() {
    EntityStats early = new EntityStats();
    EntityStats late = new EntityStats();
    early.record(new Observation.Binned("lead-time-15min", 4, 1), 0);
    late.record(new Observation.Binned("lead-time-15min", 4, 1), 9 * DAY_MS);
    assertThat(early.toMetrics(10 * DAY_MS)).isEqualTo(late.toMetrics(10 * DAY_MS));
  }

  @Test
  void record_daily_keepsTheRunAverageFinalLevelAndDayAverages() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Daily("stock-units", 10), 0);
    stats.record(new Observation.Daily("stock-units", 4), 12 * HOUR_MS);
    stats.record(new Observation.Daily("stock-units", 6), DAY_MS + 6 * HOUR_MS);
    List<MetricValue> metrics = stats.toMetrics(2 * DAY_MS);
    double day0 = (10 * 12 + 4 * 12) / 24.0;
    double day1 = (4 * 6 + 6 * 18) / 24.0;
    assertThat(metrics).containsExactly(
        MetricValue.daily("stock-units", (day0 + day1) / 2, 6, new double[] {day0, day1}));
    MetricValue m = metrics.get(0);
    assertThat(m.kind()).isEqualTo(Kind.DAILY);
    assertThat(m.mean()).isEqualTo((day0 + day1) / 2);
    assertThat(m.max()).isEqualTo(6);
  }

  @Test
  void record_daily_partialLastDayAtTheEnd() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Daily("backlog-units", 2), 0);
    MetricValue m = stats.toMetrics(DAY_MS + HOUR_MS).get(0);
    assertThat(m.series()).containsExactly(2, 2);
    assertThat(m.mean()).isEqualTo(2);
  }

  @Test
  void record_sameNameAsAnotherKind_throws() {
    EntityStats binnedFirst = new EntityStats();
    binnedFirst.record(new Observation.Binned("units", 0, 1), 0);
    assertThatThrownBy(() -> binnedFirst.record(new Observation.Count("units", 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded as another kind");
    assertThatThrownBy(() -> binnedFirst.record(new Observation.Daily("units", 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded as another kind");

    EntityStats levelFirst = new EntityStats();
    levelFirst.record(new Observation.Level("stock", 1), 0);
    assertThatThrownBy(() -> levelFirst.record(new Observation.Daily("stock", 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded as another kind");
    assertThatThrownBy(() -> levelFirst.record(new Observation.Binned("stock", 0, 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded as another kind");
  }

  @Test
  void toMetrics_seriesKindsSortedByNameWithTheOthers() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Daily("zz-daily", 1), 0);
    stats.record(new Observation.Count("mm-count", 1), 0);
    stats.record(new Observation.Binned("aa-bins", 0, 1), 0);
    stats.record(new Observation.Level("pp-level", 1), 0);
    assertThat(stats.toMetrics(DAY_MS)).extracting(MetricValue::kind)
        .containsExactly(Kind.BINS, Kind.COUNTER, Kind.LEVEL, Kind.DAILY);
  }

  @Test
  void binnedObservation_binOutOfRange_throws() {
    assertThatThrownBy(() -> new Observation.Binned("x", -1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Observation.Binned("x", Observation.Binned.MAX_BIN + 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
