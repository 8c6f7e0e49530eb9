package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * The test plug-ins of the replenishment and demand kinds ({@code periodic-review},
 * {@code fixed-interval}, from this module's test {@code META-INF/services}), named in a scenario,
 * change what the entities do — and the built-ins do what they did.
 */
class PlugInPoliciesTest {
  private static final EntityId PLATFORM = new EntityId(4, "platform");
  private static final EntityId PLANT_A = new EntityId(0, "plant-a");

  private final RecordingContext ctx = new RecordingContext();

  @Test
  void demand_fixedIntervalPlugIn_ordersExactlyEverySixHoursWithItsUnits() {
    Region region = region(RuleRef.of("fixed-interval", Map.of("units", "3")));
    region.onStart(ctx);
    assertThat(nextOrderDelays()).containsExactly(6 * SimTime.HOUR_MS);

    ctx.sent.clear();
    region.onMessage(new MfgMessage.NextOrder(0), ctx);
    assertThat(placedUnits()).containsExactly(3);
    assertThat(nextOrderDelays()).containsExactly(6 * SimTime.HOUR_MS);
  }

  @Test
  void demand_builtInPoisson_drawsItsGapsAndOneUnitOrders() {
    Region region = region(DemandSpec.POISSON);
    region.onStart(ctx);
    List<Long> first = nextOrderDelays();
    assertThat(first).hasSize(1).doesNotContain(6 * SimTime.HOUR_MS);

    ctx.sent.clear();
    region.onMessage(new MfgMessage.NextOrder(0), ctx);
    assertThat(placedUnits()).containsExactly(1);
  }

  @Test
  void replenishment_periodicReviewPlugIn_ordersAtTheFirstReviewWhereSSWaits() {
    assertThat(replenishmentsAtStart(new StockRule("kit",
        RuleRef.of("periodic-review", Map.of("level", "20")), 5))).containsExactly(15);
    assertThat(replenishmentsAtStart(StockRule.sS("kit", 2, 20, 5))).isEmpty();
    assertThat(replenishmentsAtStart(StockRule.sS("kit", 5, 20, 5))).containsExactly(15);
  }

  private Region region(RuleRef generator) {
    DemandSpec line = DemandSpec.poisson("widget", 4, new Deterministic(1), SimTime.DAY_MS).withGenerator(generator);
    ManufacturingSpec spec = MfgSpecs.valid().regions(new RegionSpec("region-p", MfgSpecs.PARIS, List.of(line))).build();
    return new Region(new Network(spec), spec.regions().get(0), PLATFORM);
  }

  private List<Integer> replenishmentsAtStart(StockRule rule) {
    ManufacturingSpec spec = MfgSpecs.valid().nodes(
        MfgSpecs.producer("plant-a", NodeKind.PLANT, MfgSpecs.FRANKFURT,
            new MachineGroup("cnc", 2), new MachineGroup("printer", 1)),
        MfgSpecs.producer("mf-b", NodeKind.MICROFACTORY, MfgSpecs.MILAN,
            new MachineGroup("cnc", 1)),
        NodeSpec.distributionCentre("dc-c", MfgSpecs.LYON, 0, "plant-a", List.of(rule))).build();
    Network network = new Network(spec);
    DistributionCentre dc = new DistributionCentre(network, network.siteIndex("dc-c"), PLATFORM, PLANT_A,
        List.of(new EntityId(3, "region-p")), List.of());
    RecordingContext fresh = new RecordingContext();
    dc.onStart(fresh);
    List<Integer> units = new ArrayList<>();
    for (Object[] s : fresh.sent) {
      if (s[1] instanceof MfgMessage.Replenish r) {
        assertThat(s[0]).isEqualTo(PLANT_A);
        units.add(r.units());
      }
    }
    return units;
  }

  private List<Long> nextOrderDelays() {
    List<Long> delays = new ArrayList<>();
    for (Object[] s : ctx.sent) {
      if (s[1] instanceof MfgMessage.NextOrder) {
        delays.add((Long) s[2]);
      }
    }
    return delays;
  }

  private List<Integer> placedUnits() {
    List<Integer> units = new ArrayList<>();
    for (Object[] s : ctx.sent) {
      if (s[1] instanceof MfgMessage.OrderPlaced placed) {
        units.add(placed.order().units());
      }
    }
    return units;
  }
}
