package org.dmsim.sim.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.network.NetworkKpis;
import org.dmsim.model.network.NetworkMessage;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.CausalityViolation;
import org.dmsim.sim.engine.LookaheadViolation;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.testmodel.Networks;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

class SequentialEngineTest {
  private final SequentialEngine engine = new SequentialEngine();

  @Test
  void run_tinyNetwork_deliversOrdersAndRetiresShipments() {
    RunResult r = engine.run(Networks.tiny().plan(), 42, 0);
    NetworkKpis k = NetworkKpis.of(r);
    assertThat(k.orders()).isBetween(600L, 900L);
    assertThat(k.delivered()).isPositive().isLessThanOrEqualTo(k.orders());
    assertThat(k.machineUtilization()).isBetween(0.3, 0.8);
    assertThat(k.onTimeFillRate()).isBetween(0.5, 1.0);
    long shipped = r.entity("plant-frankfurt/*retired").orElseThrow().metric("shipments-delivered").orElseThrow().count();
    assertThat(shipped).isEqualTo(k.delivered());
  }

  @Test
  void run_sameSeedTwice_givesTheSameDigest() {
    SimulationPlan plan = Networks.tiny().plan();
    assertThat(engine.run(plan, 7, 0).digest()).isEqualTo(engine.run(plan, 7, 0).digest());
  }

  @Test
  void run_otherSeedOrReplication_givesAnotherDigest() {
    SimulationPlan plan = Networks.tiny().plan();
    String base = engine.run(plan, 7, 0).digest();
    assertThat(engine.run(plan, 8, 0).digest()).isNotEqualTo(base);
    assertThat(engine.run(plan, 7, 1).digest()).isNotEqualTo(base);
  }

  @Test
  void run_sendBelowLookahead_failsNamingBothEntitiesAndTheLookahead() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> ctx.send(dir.id(TwoNodes.other(ctx)), 5,
        NetworkMessage.PlaceNextOrder.INSTANCE));
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(LookaheadViolation.class)
        .hasMessageContaining("with delay 5ms, below the network lookahead of 10ms");
  }

  @Test
  void run_negativeDelay_failsAsCausalityViolation() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> ctx.schedule(-1, NetworkMessage.PlaceNextOrder.INSTANCE));
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(CausalityViolation.class)
        .hasMessageContaining("negative delay -1ms");
  }

  @Test
  void run_entityLogicThrows_failsNamingTheEntityAndEvent() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> {
      throw new IllegalStateException("boom");
    });
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("a failed while handling event(t=0ms")
        .hasMessageContaining("boom");
  }
}
