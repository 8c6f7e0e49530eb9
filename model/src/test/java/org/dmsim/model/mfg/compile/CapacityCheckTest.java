package org.dmsim.model.mfg.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.junit.jupiter.api.Test;

/**
 * The base network of {@link MfgSpecs}: Paris orders two one-hour widgets (made to order; plant-a in
 * Frankfurt ranks before mf-b in Milan) and two one-hour kits a day (made to stock at dc-c, refilled by
 * plant-a). Plant-a has three machines around the clock, mf-b one.
 */
class CapacityCheckTest {
  @Test
  void of_baseNetwork_sendsAllWorkToTheFirstChoiceSite() {
    CapacityCheck c = CapacityCheck.of(MfgSpecs.valid().build());
    assertThat(c.sites()).extracting(CapacityCheck.SiteLoad::site).containsExactly("plant-a", "mf-b");
    assertThat(c.sites().get(0).neededHoursPerDay()).isCloseTo(4, within(1e-9));
    assertThat(c.sites().get(0).availableHoursPerDay()).isCloseTo(72, within(1e-9));
    assertThat(c.sites().get(1).utilization()).isZero();
    assertThat(c.overallUtilization()).isCloseTo(4.0 / 96, within(1e-12));
    assertThat(c.unreachable()).as("mf-b is second for widgets, so reachable").isEmpty();
    assertThat(c.unplacedOrdersPerDay()).isZero();
  }

  @Test
  void of_demandBeyondEveryRankedSite_spillsOverThenCountsWhatIsLeft() {
    // 100 widgets a day of one hour each: plant-a takes 72 h less the kits' 2 h, mf-b 24 h, 6 orders are left.
    CapacityCheck c = CapacityCheck.of(MfgSpecs.valid().regions(new org.dmsim.model.mfg.spec.RegionSpec("region-p",
        MfgSpecs.PARIS, java.util.List.of(
            org.dmsim.model.mfg.spec.DemandSpec.poisson("widget", 100, new org.dmsim.model.dist.Deterministic(1), 0),
            org.dmsim.model.mfg.spec.DemandSpec.poisson("kit", 2, new org.dmsim.model.dist.Deterministic(1), 0))))
        .build());
    assertThat(c.sites().get(0).utilization()).isCloseTo(1.0, within(1e-12));
    assertThat(c.sites().get(1).utilization()).isCloseTo(1.0, within(1e-12));
    assertThat(c.unplacedOrdersPerDay()).isCloseTo(6, within(1e-9));
    assertThat(c.overallUtilization()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void of_centralizedRule_microfactoryCannotBeReached() {
    CapacityCheck c = CapacityCheck.of(MfgSpecs.valid().policy(AllocationPolicy.CENTRALIZED).build());
    assertThat(c.unreachable()).containsExactly("mf-b");
  }
}
