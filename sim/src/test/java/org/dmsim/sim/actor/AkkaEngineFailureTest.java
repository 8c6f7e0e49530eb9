package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.testmodel.Networks;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The actor engine fails a broken run loudly, names the cause, and stays usable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AkkaEngineFailureTest {
  private AkkaEngine engine;

  @BeforeAll
  void start() {
    engine = new AkkaEngine(AkkaEngineSettings.of(2));
  }

  @AfterAll
  void stop() {
    engine.close();
  }

  @Test
  void run_sendBelowLookahead_failsNamingTheSendAndTheLookahead() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> ctx.send(dir.id(TwoNodes.other(ctx)), 3,
        PholdMessage.Hop.INSTANCE));
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("with delay 3ms, below the network lookahead of 10ms");
  }

  @Test
  void run_entityThrows_failsNamingTheEntity() {
    SimulationPlan plan = TwoNodes.plan((dir, ctx) -> {
      throw new IllegalStateException("broken logic");
    });
    assertThatThrownBy(() -> engine.run(plan, 1, 0))
        .isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("failed while handling event(t=0ms")
        .hasMessageContaining("broken logic");
  }

  @Test
  void run_afterAFailedRun_theEngineStillRuns() {
    SimulationPlan broken = TwoNodes.plan((dir, ctx) -> ctx.schedule(-5, PholdMessage.Hop.INSTANCE));
    assertThatThrownBy(() -> engine.run(broken, 1, 0)).isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("negative delay");
    assertThat(engine.run(Networks.smallPhold().plan(), 1, 0).eventsHandled()).isPositive();
  }
}
