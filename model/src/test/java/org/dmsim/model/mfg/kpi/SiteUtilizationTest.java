package org.dmsim.model.mfg.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;

class SiteUtilizationTest {
  private static EntityResult machine(String name, double... days) {
    return new EntityResult(name, 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0.5, 0, days)));
  }

  @Test
  void of_machinesOfTwoSites_meanPerSiteAndDay_sitesInNameOrder() {
    RunResult run = new RunResult("m", 1, 0, 3 * 86_400_000L, List.of(
        machine("mf-a/m1", 0.25, 0.75, 1),
        new EntityResult("plant-b", 1, 0, List.of(MetricValue.counter("made", 3))),
        machine("plant-b/m1", 1, 0.5, 0),
        machine("plant-b/m2", 0, 0.5, 1),
        new EntityResult("plant-b/m3", 1, 0, List.of(MetricValue.level(Metrics.DOWN, 0.1, 0)))));

    SiteUtilization u = SiteUtilization.of(run);

    assertThat(u.bySite().keySet()).containsExactly("mf-a", "plant-b");
    assertThat(u.bySite().get("plant-b")).containsExactly(0.5, 0.5, 0.5);
    assertThat(u.bySite().get("mf-a")).containsExactly(0.25, 0.75, 1.0);
  }

  @Test
  void of_busyAsPlainLevel_notASeries_leftOut() {
    RunResult run = new RunResult("m", 1, 0, 1, List.of(
        new EntityResult("plant/m1", 1, 0, List.of(MetricValue.level(Metrics.BUSY, 0.5, 0)))));
    assertThat(SiteUtilization.of(run).bySite()).isEmpty();
  }
}
