package org.dmsim.model.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dmsim.model.entity.Observation;
import org.dmsim.model.result.MetricValue;
import org.junit.jupiter.api.Test;

class EntityStatsWarmupTest {
  private static MetricValue get(List<MetricValue> ms, String name) {
    return ms.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void beforeTheWarmup_countsTalliesAndBinsAreForgotten() {
    EntityStats s = new EntityStats(100);
    s.record(Observation.count("orders"), 10);
    s.record(Observation.sample("lead-time-ms", 5), 20);
    s.record(new Observation.Binned("by-day", 0, 3), 30);
    s.record(Observation.count("orders"), 150);
    s.record(Observation.sample("lead-time-ms", 7), 160);
    List<MetricValue> ms = s.toMetrics(200);
    assertThat(get(ms, "orders").count()).isEqualTo(1);
    assertThat(get(ms, "lead-time-ms").count()).isEqualTo(1);
    assertThat(get(ms, "lead-time-ms").mean()).isEqualTo(7);
    assertThat(get(ms, "by-day").count()).isZero();
  }

  @Test
  void aLevel_carriesItsValueAcrossAndAveragesFromTheWarmupOn() {
    EntityStats s = new EntityStats(100);
    s.record(Observation.level("queue", 4), 0);
    s.record(Observation.level("queue", 2), 150);
    // [100, 150) at 4, [150, 200) at 2
    assertThat(get(s.toMetrics(200), "queue").mean()).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void withNoObservationAfterTheWarmup_resultsStillLeaveItOut() {
    EntityStats s = new EntityStats(100);
    s.record(Observation.count("orders"), 10);
    s.record(Observation.level("queue", 4), 10);
    List<MetricValue> ms = s.toMetrics(200);
    assertThat(get(ms, "orders").count()).isZero();
    assertThat(get(ms, "queue").mean()).isEqualTo(4);
  }

  @Test
  void withoutAWarmup_nothingChanges() {
    EntityStats s = new EntityStats(0);
    s.record(Observation.count("orders"), 0);
    s.record(Observation.level("queue", 4), 0);
    List<MetricValue> ms = s.toMetrics(200);
    assertThat(get(ms, "orders").count()).isEqualTo(1);
    assertThat(get(ms, "queue").mean()).isEqualTo(4);
  }
}
