package org.dmsim.model.mfg.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;

class LeadTimeHistogramTest {
  @Test
  void of_twoRegions_cellsSummedAcrossEntities() {
    RunResult run = new RunResult("m", 1, 0, 1, List.of(
        new EntityResult("plant", 1, 0, List.of(MetricValue.counter("made", 3))),
        new EntityResult("region-a", 1, 0, List.of(MetricValue.bins(Metrics.LEAD_TIME_15MIN, 3, new double[] {0, 2, 1}))),
        new EntityResult("region-b", 1, 0, List.of(MetricValue.bins(Metrics.LEAD_TIME_15MIN, 4,
            new double[] {1, 0, 0, 0, 3})))));

    assertThat(LeadTimeHistogram.of(run).orders()).containsExactly(1, 2, 1, 0, 3);
    assertThat(LeadTimeHistogram.cellHours()).isEqualTo(0.25);
  }

  @Test
  void of_noDelivery_empty() {
    RunResult run = new RunResult("m", 1, 0, 1, List.of(new EntityResult("plant", 1, 0, List.of())));
    assertThat(LeadTimeHistogram.of(run).orders()).isEmpty();
  }
}
