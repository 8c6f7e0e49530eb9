package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

/**
 * The actor engine fails a broken run loudly, names the cause, and stays usable; a run that stops
 * making progress fails with the watchdog's diagnosis instead of hanging.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AkkaEngineFailureTest {
  /** The watchdog's limit in these tests: short, yet far above any window of the small models run here. */
  private static final Duration STALL = Duration.ofSeconds(2);

  private AkkaEngine engine;
  /** Engines with a short watchdog: 2 threads and 2 groups, and 1 thread shared by 2 groups and the coordinator. */
  private final List<AkkaEngine> watched = new ArrayList<>();

  @BeforeAll
  void start() {
    engine = new AkkaEngine(AkkaEngineSettings.of(2));
    watched.add(new AkkaEngine(AkkaEngineSettings.of(2).withStallTimeout(STALL)));
    watched.add(new AkkaEngine(AkkaEngineSettings.of(1).withGroups(2).withStallTimeout(STALL)));
  }

  @AfterAll
  void stop() {
    engine.close();
    watched.forEach(AkkaEngine::close);
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

  /**
   * Node {@code b} (group 1) blocks in its handler until released: the run stops making progress, and
   * the watchdog fails it with a diagnosis instead of the caller waiting for ever. The five-second guard
   * catches a hang; the watchdog's own limit is two seconds.
   */
  @Test
  void run_nodeNeverReports_watchdogFailsNamingTheWindowAndTheNode() {
    for (AkkaEngine e : watched) {
      CountDownLatch release = new CountDownLatch(1);
      SimulationPlan plan = TwoNodes.withChildren(
          (dir, ctx) -> {
            if (ctx.self().name().equals("a")) {
              ctx.send(dir.id("b"), 20, PholdMessage.Hop.INSTANCE);
            }
          },
          (message, ctx) -> awaitUninterruptibly(release));
      try {
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(5),
            () -> catchThrowable(() -> e.run(plan, 1, 0)));
        assertThat(thrown).as(e.describe()).isInstanceOf(SimulationFailure.class)
            .hasMessageStartingWith("the run made no progress for 2 s: it is in window 2 (horizon 30 ms)")
            .hasMessageContaining("group 1 has not reported it; waiting for node b to finish the window");
      } finally {
        release.countDown();
      }
      // The stuck run was stopped once its thread came free; the engine runs the next one.
      assertThat(e.run(Networks.smallPhold().plan(), 1, 0).eventsHandled()).as(e.describe()).isPositive();
    }
  }

  @Test
  void withStallTimeout_negative_isRejected() {
    assertThatThrownBy(() -> AkkaEngineSettings.of(1).withStallTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
  }

  @Test
  void run_afterClose_failsAtOnce() {
    AkkaEngine closed = new AkkaEngine(AkkaEngineSettings.of(1));
    closed.close();
    assertThatThrownBy(() -> closed.run(Networks.smallPhold().plan(), 1, 0))
        .isInstanceOf(SimulationFailure.class).hasMessageContaining("the actor engine is closed");
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
