package org.dmsim.model.mfg.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.mfg.compile.Network;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.MfgSpecs;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * The platform under random streams of orders (make-to-order widgets and stocked kits), status reports
 * with any load and any number of working machines, outages and stale feeds, under every policy.
 */
class PlatformProperties {
  private static final List<EntityId> SITES =
      List.of(new EntityId(0, "plant-a"), new EntityId(1, "mf-b"), new EntityId(2, "dc-c"));
  private static final EntityId REGION = new EntityId(3, "region-p");

  /**
   * After every message while the platform is up, no waiting order could be placed: what lets a status
   * report retry the waiting orders at the reporting site alone. And every unit ordered is either
   * assigned or waiting.
   */
  @Test
  void noWaitingOrderCouldBePlacedWhileThePlatformIsUp() {
    qt().withExamples(300)
        .forAll(integers().between(0, AllocationPolicy.values().length - 1),
            lists().of(integers().between(0, 99_999)).ofSizeBetween(1, 300))
        .checkAssert((policy, messages) -> {
          Network network = new Network(MfgSpecs.valid().policy(AllocationPolicy.values()[policy]).build());
          Platform platform = new Platform(network, SITES, List.of(REGION));
          RecordingContext ctx = new RecordingContext();
          platform.onStart(ctx);
          boolean down = false;
          boolean stale = false;
          long seq = 0;
          long ordered = 0;
          for (int m : messages) {
            int arg = m / 6;
            switch (m % 6) {
              case 0, 1, 2 -> {
                int product = network.productIndex(m % 6 == 2 ? "kit" : "widget");
                int units = 1 + arg % 3;
                ordered += units;
                platform.onMessage(new MfgMessage.OrderPlaced(new CustomerOrder(REGION, ++seq, product, 0, units,
                    ctx.now(), ctx.now() + SimTime.DAY_MS)), ctx);
              }
              case 3 -> platform.onMessage(
                  new MfgMessage.Status(arg % 2, (arg / 2) % 25, (arg / 50) % 4, new int[0]), ctx);
              case 4 -> {
                int[] stock = new int[2];
                stock[network.productIndex("kit")] = arg % 30;
                platform.onMessage(new MfgMessage.Status(2, 0, 0, stock), ctx);
              }
              default -> {
                if (arg % 2 == 0) {
                  down = !down;
                  platform.onMessage(new MfgMessage.PlatformDown(down), ctx);
                } else {
                  stale = !stale;
                  platform.onMessage(new MfgMessage.PlatformStale(stale), ctx);
                }
              }
            }
            if (!down) {
              assertThat(platform.anyWaitingOrderPlaceable()).as("after message %d", m).isFalse();
            }
            assertThat(ctx.assignedUnits() + platform.waitingUnits()).isEqualTo(ordered);
          }
        });
  }
}
