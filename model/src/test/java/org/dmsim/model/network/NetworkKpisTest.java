package org.dmsim.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.MetricValue.Kind;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

class NetworkKpisTest {

  private static MetricValue leadTimes(long count, double meanHours) {
    return new MetricValue(Kpi.LEAD_TIME_MS, Kind.TALLY, count, meanHours * SimTime.HOUR_MS, 0, 0, 0);
  }

  @Test
  void of_handBuiltRun_weightsLeadTimesByDeliveriesAndAveragesMachines() {
    RunResult run = new RunResult("net", 1, 0, SimTime.WEEK_MS, List.of(
        new EntityResult("plant", 100, 0, List.of(
            MetricValue.counter(Kpi.ORDERS_RECEIVED, 15),
            MetricValue.level(Kpi.QUEUE_LENGTH, 0.8, 0),
            new MetricValue(Kpi.STATION_TIME_MS, Kind.TALLY, 13, 1e6, 0, 0, 0))),
        new EntityResult("plant/m1", 20, 0, List.of(MetricValue.counter(Kpi.JOBS, 7), MetricValue.level(Kpi.BUSY, 0.5, 1))),
        new EntityResult("plant/m2", 20, 0, List.of(MetricValue.counter(Kpi.JOBS, 6), MetricValue.level(Kpi.BUSY, 0.25, 0))),
        new EntityResult("plant/retired", 26, 0, List.of(MetricValue.counter(Kpi.SHIPMENTS_DELIVERED, 13))),
        new EntityResult("region-a", 30, 0, List.of(
            MetricValue.counter(Kpi.DELIVERED, 9),
            MetricValue.counter(Kpi.DELIVERED_ON_TIME_DUE, 6),
            leadTimes(9, 2.0),
            MetricValue.counter(Kpi.ORDERS, 10),
            MetricValue.counter(Kpi.ORDERS_DUE, 8))),
        new EntityResult("region-b", 15, 0, List.of(
            MetricValue.counter(Kpi.DELIVERED, 4),
            MetricValue.counter(Kpi.DELIVERED_ON_TIME_DUE, 4),
            leadTimes(4, 4.0),
            MetricValue.counter(Kpi.ORDERS, 5),
            MetricValue.counter(Kpi.ORDERS_DUE, 4)))));

    NetworkKpis kpis = NetworkKpis.of(run);

    assertThat(kpis.orders()).isEqualTo(15);
    assertThat(kpis.delivered()).isEqualTo(13);
    // (9 deliveries x 2 h + 4 x 4 h) / 13 deliveries, not the plain mean 3 h of the two regions.
    assertThat(kpis.meanLeadTimeHours()).isCloseTo(34.0 / 13, within(1e-12));
    // (6 + 4) on time of (8 + 4) due.
    assertThat(kpis.onTimeFillRate()).isCloseTo(10.0 / 12, within(1e-12));
    assertThat(kpis.machineUtilization()).isCloseTo(0.375, within(1e-12));
  }

  @Test
  void of_regionWithoutDeliveries_doesNotDiluteTheLeadTime() {
    RunResult run = new RunResult("net", 1, 0, SimTime.DAY_MS, List.of(
        new EntityResult("r1", 1, 0, List.of(leadTimes(0, 0), MetricValue.counter(Kpi.ORDERS, 3))),
        new EntityResult("r2", 1, 0, List.of(leadTimes(5, 10), MetricValue.counter(Kpi.ORDERS, 5)))));
    assertThat(NetworkKpis.of(run).meanLeadTimeHours()).isCloseTo(10.0, within(1e-12));
  }

  @Test
  void of_emptyRun_hasZeroCountsAndUndefinedRatios() {
    NetworkKpis kpis = NetworkKpis.of(new RunResult("net", 1, 0, 1, List.of()));
    assertThat(kpis.orders()).isZero();
    assertThat(kpis.delivered()).isZero();
    assertThat(kpis.meanLeadTimeHours()).isNaN();
    assertThat(kpis.onTimeFillRate()).isNaN();
    assertThat(kpis.machineUtilization()).isNaN();
  }

  @Test
  void of_allDueOrdersOnTime_fillRateIsOne() {
    RunResult run = new RunResult("net", 1, 0, 1, List.of(new EntityResult("r", 1, 0, List.of(
        MetricValue.counter(Kpi.DELIVERED_ON_TIME_DUE, 3), MetricValue.counter(Kpi.ORDERS_DUE, 3)))));
    assertThat(NetworkKpis.of(run).onTimeFillRate()).isEqualTo(1.0);
  }
}
