package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's allocation of waiting orders, driven message by message: the base network of
 * {@link MfgSpecs} (plant-a with three machines, first in Paris's ranking for the widget; mf-b with one
 * next; at most 6 waiting jobs per working machine), so 24 widget orders fill both sites.
 */
class PlatformTest {
  private static final EntityId PLANT_A = new EntityId(0, "plant-a");
  private static final EntityId MF_B = new EntityId(1, "mf-b");
  private static final EntityId DC_C = new EntityId(2, "dc-c");
  private static final EntityId REGION = new EntityId(3, "region-p");

  private final Network network = new Network(MfgSpecs.valid().build());
  private final int widget = network.productIndex("widget");
  private final Platform platform = new Platform(network, List.of(PLANT_A, MF_B, DC_C), List.of(REGION));
  private final RecordingContext ctx = new RecordingContext();
  private long seq;

  @BeforeEach
  void start() {
    platform.onStart(ctx);
  }

  @Test
  void status_roomAtOneSite_assignsTheOldestWaitingOrdersThereInArrivalOrder() {
    placeWidgets(26);
    assertThat(ctx.assignedTo(PLANT_A)).hasSize(18);
    assertThat(ctx.assignedTo(MF_B)).hasSize(6);
    ctx.sent.clear();

    platform.onMessage(new MfgMessage.Status(1, 5, 1, new int[0]), ctx);
    assertThat(ctx.assignedTo(MF_B)).containsExactly(25L);
    assertThat(ctx.sent).hasSize(1);

    ctx.sent.clear();
    platform.onMessage(new MfgMessage.Status(0, 18, 3, new int[0]), ctx);
    assertThat(ctx.sent).as("a report that shows no room assigns nothing").isEmpty();

    platform.onMessage(new MfgMessage.Status(0, 15, 3, new int[0]), ctx);
    assertThat(ctx.assignedTo(PLANT_A)).as("room for three, one order left").containsExactly(26L);
  }

  @Test
  void status_roomForFewerThanWait_assignsOnlyUntilTheSiteIsFullAgain() {
    placeWidgets(31);
    ctx.sent.clear();

    platform.onMessage(new MfgMessage.Status(0, 15, 3, new int[0]), ctx);
    assertThat(ctx.assignedTo(PLANT_A)).containsExactly(25L, 26L, 27L);

    platform.onMessage(new MfgMessage.Status(1, 4, 1, new int[0]), ctx);
    assertThat(ctx.assignedTo(MF_B)).containsExactly(28L, 29L);
    assertThat(ctx.sent).hasSize(5);
  }

  @Test
  void status_whileDown_assignsNothingUntilThePlatformIsBack() {
    platform.onMessage(new MfgMessage.PlatformDown(true), ctx);
    placeWidgets(3);
    platform.onMessage(new MfgMessage.Status(0, 0, 3, new int[0]), ctx);
    assertThat(ctx.sent).isEmpty();

    platform.onMessage(new MfgMessage.PlatformDown(false), ctx);
    assertThat(ctx.assignedTo(PLANT_A)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void status_aSiteBackUp_takesTheOrdersThatWaitedForIt() {
    platform.onMessage(new MfgMessage.Status(0, 0, 0, new int[0]), ctx);
    platform.onMessage(new MfgMessage.Status(1, 0, 0, new int[0]), ctx);
    placeWidgets(2);
    assertThat(ctx.sent).as("no site has a working machine").isEmpty();

    platform.onMessage(new MfgMessage.Status(1, 0, 1, new int[0]), ctx);
    assertThat(ctx.assignedTo(MF_B)).containsExactly(1L, 2L);
  }

  @Test
  void orderPlaced_aPlugInRule_decidesWhereOrdersGo() {
    Network farthest = new Network(MfgSpecs.valid().platform(MfgSpecs.valid().build().platform()
        .withAllocation(RuleRef.of("farthest-first"))).build());
    assertThat(farthest.ranking(0, widget)).as("mf-b is farther from Paris than plant-a").containsExactly(1, 0);
    Platform plugged = new Platform(farthest, List.of(PLANT_A, MF_B, DC_C), List.of(REGION));
    plugged.onStart(ctx);
    plugged.onMessage(new MfgMessage.OrderPlaced(
        new CustomerOrder(REGION, 1, widget, 0, 1, ctx.now(), ctx.now() + SimTime.DAY_MS)), ctx);
    assertThat(ctx.assignedTo(MF_B)).containsExactly(1L);
    assertThat(network.ranking(0, widget)).as("the nearest first under the default rule").containsExactly(0, 1);
  }

  private void placeWidgets(int count) {
    for (int i = 0; i < count; i++) {
      seq++;
      platform.onMessage(new MfgMessage.OrderPlaced(
          new CustomerOrder(REGION, seq, widget, 0, 1, ctx.now(), ctx.now() + SimTime.DAY_MS)), ctx);
    }
  }
}
