package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.StockRule;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * A distribution centre with a periodic replenishment rule asks it only at its reviews, every period
 * from the start, after everything else at that instant; a continuous rule schedules no review.
 */
class PeriodicReviewTest {
  private static final EntityId PLATFORM = new EntityId(4, "platform");
  private static final EntityId PLANT_A = new EntityId(0, "plant-a");
  private static final EntityId REGION = new EntityId(3, "region-p");

  @Test
  void rS_ordersOnlyAtReviews_andSchedulesTheNextOne() {
    Dc dc = dc(new StockRule("kit", RuleRef.of("r-s", Map.of("period", "1d", "orderUpTo", "20")), 0));
    RecordingContext ctx = new RecordingContext();
    dc.entity.onStart(ctx);
    assertThat(replenished(ctx)).as("no review at time 0, though the position is 0").isEmpty();
    assertThat(reviews(ctx)).containsExactly(SimTime.DAY_MS);

    ctx.sent.clear();
    // Nothing on hand, so both orders are backordered: the position is −8.
    dc.entity.onMessage(new MfgMessage.Assign(order(1, dc.kit, 5)), ctx);
    dc.entity.onMessage(new MfgMessage.Assign(order(2, dc.kit, 3)), ctx);
    assertThat(replenished(ctx)).as("no order between reviews").isEmpty();

    dc.entity.onMessage(new MfgMessage.ReviewDue(dc.kit), ctx);
    assertThat(replenished(ctx)).containsExactly(28);
    assertThat(reviews(ctx)).containsExactly(SimTime.DAY_MS);

    ctx.sent.clear();
    dc.entity.onMessage(new MfgMessage.ReviewDue(dc.kit), ctx);
    assertThat(replenished(ctx)).as("the position is back at S").isEmpty();
  }

  @Test
  void anchorAndAdjust_seesTheDemandOfThePeriod() {
    // θ = 1 and α_S = 0: the order is exactly the demand of the period just ended.
    Dc dc = dc(new StockRule("kit", RuleRef.of("anchor-and-adjust", Map.of("period", "1w", "theta", "1",
        "alphaS", "0", "beta", "0", "desiredStock", "0")), 0));
    RecordingContext ctx = new RecordingContext();
    dc.entity.onStart(ctx);
    assertThat(reviews(ctx)).containsExactly(SimTime.WEEK_MS);
    dc.entity.onMessage(new MfgMessage.Assign(order(1, dc.kit, 3)), ctx);
    dc.entity.onMessage(new MfgMessage.Assign(order(2, dc.kit, 4)), ctx);
    dc.entity.onMessage(new MfgMessage.ReviewDue(dc.kit), ctx);
    assertThat(replenished(ctx)).containsExactly(7);

    ctx.sent.clear();
    dc.entity.onMessage(new MfgMessage.ReviewDue(dc.kit), ctx);
    assertThat(replenished(ctx)).isEmpty();
  }

  @Test
  void continuousRule_schedulesNoReview() {
    Dc dc = dc(StockRule.sS("kit", 5, 20, 20));
    RecordingContext ctx = new RecordingContext();
    dc.entity.onStart(ctx);
    assertThat(reviews(ctx)).isEmpty();
  }

  @Test
  void reviewDue_isHandledAfterEverythingElseAtItsInstant_butThePeriodEnd() {
    assertThat(new MfgMessage.ReviewDue(0).priority()).isEqualTo(Message.LAST - 1);
    assertThat(new MfgMessage.PeriodEnd(1).priority()).isEqualTo(Message.LAST);
    assertThat(new MfgMessage.Assign(order(1, 0, 1)).priority()).isLessThan(Message.LAST);
    assertThat(new MfgMessage.StockArrived(0, 1).priority()).isLessThan(Message.LAST);
  }

  private record Dc(DistributionCentre entity, int kit) {}

  private static Dc dc(StockRule rule) {
    ManufacturingSpec spec = MfgSpecs.valid().nodes(
        MfgSpecs.producer("plant-a", NodeKind.PLANT, MfgSpecs.FRANKFURT,
            new MachineGroup("cnc", 2), new MachineGroup("printer", 1)),
        MfgSpecs.producer("mf-b", NodeKind.MICROFACTORY, MfgSpecs.MILAN, new MachineGroup("cnc", 1)),
        NodeSpec.distributionCentre("dc-c", MfgSpecs.LYON, 0, "plant-a", List.of(rule))).build();
    Network network = new Network(spec);
    return new Dc(new DistributionCentre(network, network.siteIndex("dc-c"), PLATFORM, PLANT_A, List.of(REGION), List.of()),
        network.productIndex("kit"));
  }

  private static CustomerOrder order(long seq, int product, int units) {
    return new CustomerOrder(REGION, seq, product, 0, units, 0, SimTime.DAY_MS);
  }

  private static List<Integer> replenished(RecordingContext ctx) {
    List<Integer> units = new ArrayList<>();
    for (Object[] s : ctx.sent) {
      if (s[1] instanceof MfgMessage.Replenish r) {
        assertThat(s[0]).isEqualTo(PLANT_A);
        units.add(r.units());
      }
    }
    return units;
  }

  private static List<Long> reviews(RecordingContext ctx) {
    List<Long> delays = new ArrayList<>();
    for (Object[] s : ctx.sent) {
      if (s[1] instanceof MfgMessage.ReviewDue) {
        delays.add((Long) s[2]);
      }
    }
    return delays;
  }
}
