package org.dmsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorLabelsTest {
  @Test
  void axisLabel_unitSuffix_becomesBracket() {
    assertThat(IndicatorLabels.axisLabel("lead_time_p95_h")).isEqualTo("lead time p95 (h)");
    assertThat(IndicatorLabels.axisLabel("cost_per_delivered_unit_eur")).isEqualTo("cost per delivered unit (EUR)");
    assertThat(IndicatorLabels.axisLabel("transport_co2e_per_unit_kg")).isEqualTo("transport CO2e per unit (kg)");
    assertThat(IndicatorLabels.axisLabel("loss_unit_days")).isEqualTo("loss (unit·days)");
    assertThat(IndicatorLabels.axisLabel("lost_sales_units")).isEqualTo("lost sales (units)");
    assertThat(IndicatorLabels.axisLabel("time_to_recover_d")).isEqualTo("time to recover (d)");
  }

  @Test
  void axisLabel_share_isMarked() {
    assertThat(IndicatorLabels.axisLabel("on_time_fill_rate")).isEqualTo("on time fill rate (share, 0–1)");
    assertThat(IndicatorLabels.axisLabel("machine_utilization")).isEqualTo("machine utilization (share, 0–1)");
    assertThat(IndicatorLabels.axisLabel("fill_during_disruption")).isEqualTo("fill during disruption (share, 0–1)");
    assertThat(IndicatorLabels.axisLabel("fill_after_disruption")).isEqualTo("fill after disruption (share, 0–1)");
  }

  @Test
  void axisLabel_noUnit_wordsOnly() {
    assertThat(IndicatorLabels.axisLabel("orders")).isEqualTo("orders");
  }
}
