package org.dmsim.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.EntityFactory;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Message;
import org.dmsim.model.phold.PholdMessage;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.testmodel.Networks;
import org.dmsim.sim.testmodel.TwoNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever an entity throws — an exception, an {@link AssertionError}, a real {@link StackOverflowError}
 * — every engine fails the run promptly with a {@link SimulationFailure} worded the same way, naming
 * the entity, the event and the cause; a fatal VM error ends the run and is then rethrown as it is. An
 * entity whose factory throws fails the run the same way.
 * Checked on the sequential engine and on the actor engine with 1 and 2 threads, one actor per entity
 * and fused, for a node's own entity and for a child's. The five-second limit guards against hangs (the
 * bug this prevents); it is not a performance assertion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineFailureTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(5);
  /** A node's own entity and a child's (an actor of its own, or called directly when fused). */
  private static final List<String> FAILING_ENTITIES = List.of("b", "b/m");

  private final Map<String, Engine> engines = new LinkedHashMap<>();

  @BeforeAll
  void startEngines() {
    engines.put("sequential", new SequentialEngine());
    engines.put("actors, 1 thread", new AkkaEngine(AkkaEngineSettings.of(1)));
    engines.put("actors, 2 threads", new AkkaEngine(AkkaEngineSettings.of(2)));
    engines.put("actors, 1 thread, fused", new AkkaEngine(AkkaEngineSettings.of(1).withFusedChildren(true)));
    engines.put("actors, 2 threads, fused", new AkkaEngine(AkkaEngineSettings.of(2).withFusedChildren(true)));
  }

  @AfterAll
  void stopEngines() {
    engines.values().forEach(Engine::close);
  }

  List<String> engineNames() {
    return List.of("sequential", "actors, 1 thread", "actors, 2 threads", "actors, 1 thread, fused",
        "actors, 2 threads, fused");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineNames")
  void run_entityThrowsAssertionError_failsNamingEntity(String engine) {
    for (String target : FAILING_ENTITIES) {
      SimulationPlan plan = failingPlan(target, () -> {
        throw new AssertionError("stock went negative");
      });
      assertFailsNaming(engine, plan, target, "java.lang.AssertionError: stock went negative");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineNames")
  void run_entityOverflowsItsStack_failsNamingEntity(String engine) {
    for (String target : FAILING_ENTITIES) {
      SimulationPlan plan = failingPlan(target, () -> recurseForever(0));
      assertFailsNaming(engine, plan, target, "java.lang.StackOverflowError");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineNames")
  void run_entityThrowsRuntimeException_failsNamingEntity(String engine) {
    for (String target : FAILING_ENTITIES) {
      SimulationPlan plan = failingPlan(target, () -> {
        throw new IllegalStateException("no route to region-paris");
      });
      assertFailsNaming(engine, plan, target, "java.lang.IllegalStateException: no route to region-paris");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineNames")
  void run_entityThrowsOutOfMemoryError_endsTheRunThenRethrowsTheErrorNamingEntity(String engine) {
    Engine e = engines.get(engine);
    for (String target : FAILING_ENTITIES) {
      SimulationPlan plan = failingPlan(target, () -> {
        throw new OutOfMemoryError("simulated, not real");
      });
      Throwable thrown = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowable(() -> e.run(plan, 1, 0)));
      assertThat(thrown).as(engine).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated, not real");
      assertThat(thrown.getSuppressed()).as(engine).hasSize(1);
      assertThat(thrown.getSuppressed()[0]).as(engine).isInstanceOf(SimulationFailure.class)
          .hasMessage(expectedMessage(plan, target));
    }
    // The error was the entity's, not the VM's: the engine goes on running.
    assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> e.run(Networks.smallPhold().plan(), 1, 0))
        .eventsHandled()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineNames")
  void run_entityFactoryThrowsAssertionError_failsNamingEntity(String engine) {
    for (String target : FAILING_ENTITIES) {
      SimulationPlan.Builder b = SimulationPlan.builder("cannot-create-" + target);
      for (String node : new String[] {"a", "b"}) {
        b.node(node, factory(node, target));
        b.child(node, "m", factory(node + "/m", target));
      }
      SimulationPlan plan = b.build(10, 1000);
      Throwable thrown = assertTimeoutPreemptively(HANG_GUARD,
          () -> catchThrowable(() -> engines.get(engine).run(plan, 1, 0)));
      assertThat(thrown).as(engine + ", " + target).isInstanceOf(SimulationFailure.class)
          .hasMessage(target + " could not be created: java.lang.AssertionError: no such product")
          .hasMessage(expectedMessage(plan, target));
    }
  }

  /** A factory of idle entities, except that it throws for {@code failing}. */
  private static EntityFactory factory(String name, String failing) {
    return dir -> {
      if (name.equals(failing)) {
        throw new AssertionError("no such product");
      }
      return new Entity() {
        @Override
        public void onStart(SimContext ctx) {
          // idle
        }

        @Override
        public void onMessage(Message message, SimContext ctx) {
          // idle
        }
      };
    };
  }

  /**
   * Node {@code a} sends one token at time 0, due at 20 ms, to {@code target}, whose entity then runs
   * {@code failure}; a node's event is handled inline, a child's by its actor or, fused, by its node.
   */
  private static SimulationPlan failingPlan(String target, Runnable failure) {
    return TwoNodes.withChildren(
        (dir, ctx) -> {
          if (ctx.self().name().equals("a")) {
            ctx.send(dir.id(target), 20, PholdMessage.Hop.INSTANCE);
          }
        },
        (message, ctx) -> {
          if (ctx.self().name().equals(target)) {
            failure.run();
          }
        });
  }

  private void assertFailsNaming(String engine, SimulationPlan plan, String target, String cause) {
    Throwable thrown = assertTimeoutPreemptively(HANG_GUARD,
        () -> catchThrowable(() -> engines.get(engine).run(plan, 1, 0)));
    assertThat(thrown).as(engine + ", " + target).isInstanceOf(SimulationFailure.class)
        .hasMessageStartingWith(target + " failed while handling event(t=20ms")
        .hasMessageEndingWith(": " + cause)
        .hasMessage(expectedMessage(plan, target));
  }

  /** The sequential engine's wording, which every engine must match word for word. */
  private static String expectedMessage(SimulationPlan plan, String target) {
    Throwable reference = catchThrowable(() -> new SequentialEngine().run(plan, 1, 0));
    if (reference instanceof SimulationFailure) {
      return reference.getMessage();
    }
    return reference.getSuppressed()[0].getMessage();
  }

  private static int recurseForever(int depth) {
    return recurseForever(depth + 1) + 1;
  }
}
