package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.MetricValue.Kind;
import org.junit.jupiter.api.Test;

class EntityStatsTest {

  @Test
  void nothingRecorded_isEmptyWithNoMetrics() {
    EntityStats stats = new EntityStats();
    assertThat(stats.isEmpty()).isTrue();
    assertThat(stats.toMetrics(1_000)).isEmpty();
  }

  @Test
  void record_count_addsAmounts() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Count("orders", 1), 0);
    stats.record(new Observation.Count("orders", 4), 10);
    stats.record(new Observation.Count("orders", 0), 20);
    assertThat(stats.isEmpty()).isFalse();
    assertThat(stats.toMetrics(100)).containsExactly(MetricValue.counter("orders", 5));
  }

  @Test
  void record_sample_talliesValues() {
    EntityStats stats = new EntityStats();
    for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
      stats.record(new Observation.Sample("lead-time-ms", x), 0);
    }
    assertThat(stats.toMetrics(100)).containsExactly(
        MetricValue.tally("lead-time-ms", TallyTest.tallyOf(2, 4, 4, 4, 5, 5, 7, 9)));
    MetricValue m = stats.toMetrics(100).get(0);
    assertThat(m.kind()).isEqualTo(Kind.TALLY);
    assertThat(m.count()).isEqualTo(8);
    assertThat(m.mean()).isEqualTo(5.0);
  }

  @Test
  void record_level_averagesOverTimeUpToTheEnd() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Level("busy", 0), 0);
    stats.record(new Observation.Level("busy", 1), 250);
    stats.record(new Observation.Level("busy", 0), 750);
    // Busy for 500 of 1,000 ms; the final level is 0.
    assertThat(stats.toMetrics(1_000)).containsExactly(MetricValue.level("busy", 0.5, 0));
    // Closing at another end only changes the average.
    assertThat(stats.toMetrics(2_000)).containsExactly(MetricValue.level("busy", 0.25, 0));
  }

  @Test
  void toMetrics_allThreeKinds_sortedByNameAcrossKinds() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Count("zeta", 2), 0);
    stats.record(new Observation.Level("mid", 3), 0);
    stats.record(new Observation.Sample("alpha", 1.5), 0);
    stats.record(new Observation.Count("beta", 1), 0);
    List<MetricValue> metrics = stats.toMetrics(10);
    assertThat(metrics).extracting(MetricValue::name).containsExactly("alpha", "beta", "mid", "zeta");
    assertThat(metrics).extracting(MetricValue::kind)
        .containsExactly(Kind.TALLY, Kind.COUNTER, Kind.LEVEL, Kind.COUNTER);
  }

  @Test
  void toResult_carriesTheEntityCountsTraceAndMetrics() {
    EntityStats stats = new EntityStats();
    stats.record(new Observation.Count("jobs", 3), 5);
    EntityResult result = stats.toResult("plant/m1", 42, 0xABCDEFL, 100);
    assertThat(result).isEqualTo(new EntityResult("plant/m1", 42, 0xABCDEFL, List.of(MetricValue.counter("jobs", 3))));
  }
}
