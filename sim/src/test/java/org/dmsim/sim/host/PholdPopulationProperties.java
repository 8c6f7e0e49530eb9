package org.dmsim.sim.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.entity.EntityId;
import org.dmsim.model.entity.EntitySpec;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Event;
import org.dmsim.model.event.EventQueue;
import org.dmsim.model.phold.PholdModel;
import org.junit.jupiter.api.Test;

/** PHOLD's defining invariant, checked after every single event with the production cells and queue. */
class PholdPopulationProperties {

  @Test
  void pholdKeepsItsEventPopulationConstant() {
    qt().withExamples(60)
        .forAll(integers().between(1, 12), integers().between(0, 5), integers().between(1, 200), longs().all())
        .checkAssert((processes, tokens, lookaheadMs, seed) -> {
          SimulationPlan plan = new PholdModel(processes, tokens, lookaheadMs / 1000.0, 0.05, 5).plan();
          RunScope scope = new RunScope(plan, seed, 0);
          List<EntityCell> cells = new ArrayList<>();
          EventQueue queue = new EventQueue();
          for (NodePlan node : plan.nodes()) {
            cells.add(new EntityCell(scope, node.id(), node.ordinal(), node.factory().create(plan.directory())));
            queue.add(EntityCell.initialStart(node.id()));
          }
          EffectSink sink = new EffectSink() {
            @Override
            public void emit(Event event) {
              queue.add(event);
            }

            @Override
            public EntityId spawn(int nodeOrdinal, EntitySpec spec) {
              throw new AssertionError("PHOLD spawns nothing");
            }
          };
          int population = processes * tokens;
          int started = 0;
          Event e;
          int handled = 0;
          while ((e = queue.pollBefore(plan.endMs())) != null && handled < 5_000) {
            cells.get((int) e.targetIndex()).handle(e, sink);
            handled++;
            if (++started >= processes) {
              assertThat(queue.size()).isEqualTo(population);
            }
          }
          assertThat(handled).isGreaterThanOrEqualTo(processes);
        });
  }
}
