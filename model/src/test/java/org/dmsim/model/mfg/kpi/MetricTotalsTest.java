package org.dmsim.model.mfg.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.mfg.kpi.KpiRuns.counter;
import static org.dmsim.model.mfg.kpi.KpiRuns.entity;
import static org.dmsim.model.mfg.kpi.KpiRuns.level;
import static org.dmsim.model.mfg.kpi.KpiRuns.run;
import static org.dmsim.model.mfg.kpi.KpiRuns.tally;

import org.dmsim.model.result.MetricValue;
import org.junit.jupiter.api.Test;

class MetricTotalsTest {

  @Test
  void of_sumsEachKindOverEntities() {
    MetricTotals t = MetricTotals.of(run(
        entity("a", counter("n", 3), tally("x", 2, 5.0, 8.0), level("l", 1.5, 2.0),
            MetricValue.bins("b", 3, new double[] {1, 2})),
        entity("b", counter("n", 4), tally("x", 1, 2.0, 2.0), level("l", 0.5, 1.0),
            MetricValue.bins("b", 1, new double[] {0, 0, 4}))));
    assertThat(t.count("n")).isEqualTo(7);
    assertThat(t.total("x")).isEqualTo(12.0);
    assertThat(t.mean("x")).isEqualTo(4.0);
    assertThat(t.max("x")).isEqualTo(8.0);
    assertThat(t.level("l")).isEqualTo(2.0);
    assertThat(t.finalLevel("l")).isEqualTo(3.0);
    assertThat(t.series("b", 4)).containsExactly(1, 2, 4, 0);
    assertThat(t.series("b", 2)).containsExactly(1, 2);
    assertThat(t.seriesTotal("b")).isEqualTo(7.0);
  }

  @Test
  void of_unrecordedMetric_readsAsZeroOrNaN() {
    MetricTotals t = MetricTotals.of(run(entity("a")));
    assertThat(t.count("n")).isZero();
    assertThat(t.total("x")).isZero();
    assertThat(t.mean("x")).isNaN();
    assertThat(t.max("x")).isNaN();
    assertThat(t.level("l")).isZero();
    assertThat(t.seriesTotal("b")).isZero();
    assertThat(t.series("b", 2)).containsExactly(0, 0);
    assertThat(t.percentileCellMidMs("b", 0.5)).isNaN();
  }

  @Test
  void percentileCellMidMs_isTheMidpointOfTheCellReachingTheShare() {
    // 10 orders in cell 0, 80 in cell 2, 10 in cell 5.
    MetricTotals t = MetricTotals.of(run(entity("r",
        MetricValue.bins(Metrics.LEAD_TIME_15MIN, 100, new double[] {10, 0, 80, 0, 0, 10}))));
    long cell = Metrics.LEAD_TIME_CELL_MS;
    assertThat(t.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.05)).isEqualTo(0.5 * cell);
    assertThat(t.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.50)).isEqualTo(2.5 * cell);
    assertThat(t.percentileCellMidMs(Metrics.LEAD_TIME_15MIN, 0.95)).isEqualTo(5.5 * cell);
  }
}
