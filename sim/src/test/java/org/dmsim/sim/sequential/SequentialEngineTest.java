package org.dmsim.sim.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.engine.CausalityViolation;
import org.dmsim.sim.engine.LookaheadViolation;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.host.RetiredEntities;
import org.dmsim.sim.testmodel.Networks;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.Test;

class SequentialEngineTest {
  private final SequentialEngine engine = new SequentialEngine();

  @Test
  void run_tinyNetwork_deliversOrdersAndRetiresShipments() {
    ManufacturingSpec tiny = Networks.tiny();
    RunResult r = engine.run(tiny.plan(), 42, 0);
    Map<String, Double> k = ManufacturingKpis.of(r, tiny, 0).values();
    assertThat(k.get("orders")).isBetween(600.0, 900.0);
    assertThat(k.get("delivered_units")).isPositive().isLessThanOrEqualTo(k.get("orders"));
    assertThat(k.get("machine_utilization")).isBetween(0.3, 0.9);
    assertThat(k.get("on_time_fill_rate")).isBetween(0.5, 1.0);
    // One unit per order and one shipment per order: every delivery is a shipment that retired.
    long retired = r.entity("plant-frankfurt" + RetiredEntities.SUFFIX).orElseThrow().metric("retired-entities")
        .orElseThrow().count();
    assertThat((double) retired).isEqualTo(k.get("delivered_units"));
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
        PholdMessage.Hop.INSTANCE));
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(LookaheadViolation.class)
        .hasMessageContaining("with delay 5ms, below the network lookahead of 10ms");
  }

  @Test
  void run_negativeDelay_failsAsCausalityViolation() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> ctx.schedule(-1, PholdMessage.Hop.INSTANCE));
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
