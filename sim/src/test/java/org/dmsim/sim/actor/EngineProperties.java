package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.concurrent.TimeUnit;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.result.RunResult;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.testmodel.ChatterModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * On random small networks — one to five nodes, zero to three children each, lookaheads down to
 * 1 ms, many zero delays and equal timestamps, spawning and stopping — the causality and lookahead
 * checks never fire and the actor engine agrees with the sequential engine byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EngineProperties {
  private AkkaEngine engine;
  private final SequentialEngine sequential = new SequentialEngine();

  @BeforeAll
  void start() {
    engine = new AkkaEngine(AkkaEngineSettings.of(2).withGroups(2));
  }

  @AfterAll
  void stop() {
    engine.close();
  }

  @Test
  void noEntitySeesTimeGoBackwards_andEnginesAgree() {
    Gen<ChatterModel> models = integers().between(1, 5).flatMap(nodes ->
        integers().between(0, 3).describedAs(String::valueOf).flatMap(maxChildren ->
            integers().between(1, 20).flatMap(lookahead ->
                integers().between(1, 3).map(tokens -> {
                  int[] children = new int[nodes];
                  for (int i = 0; i < nodes; i++) {
                    children[i] = (i * 7 + maxChildren) % (maxChildren + 1);
                  }
                  return new ChatterModel(nodes, children, tokens, lookahead, 40L * lookahead + 100);
                }))));
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(models, longs().between(0, 1_000_000))
        .checkAssert((model, seed) -> {
          SimulationPlan plan = model.plan();
          RunResult reference = sequential.run(plan, seed, 0);
          RunResult actual = engine.run(plan, seed, 0);
          assertThat(actual.digest()).isEqualTo(reference.digest());
          assertThat(actual.eventsHandled()).isGreaterThanOrEqualTo(plan.staticEntityCount());
        });
  }
}
