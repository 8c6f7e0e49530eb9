package org.dmsim.model.phold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.dmsim.model.entity.NodePlan;
import org.dmsim.model.entity.SimulationPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PholdModelProperties {

  @Test
  void processNamesSortInNumericOrder() {
    // Plans of thousands of nodes are not free, so fewer examples than the default, biased to where the
    // width of the zero-padded number changes.
    qt().withExamples(100)
        .forAll(integers().between(1, 2_000).mix(Generate.pick(List.of(1, 2, 10, 11, 9_999, 10_000, 10_001)), 10))
        .checkAssert(processes -> {
          SimulationPlan plan = new PholdModel(processes, 1, 0.1, 1, 10).plan();
          assertThat(plan.nodes()).hasSize(processes);
          for (NodePlan node : plan.nodes()) {
            String name = node.id().name();
            assertThat(name).startsWith("lp-").hasSizeGreaterThanOrEqualTo(7);
            assertThat(Integer.parseInt(name.substring(3))).isEqualTo(node.ordinal());
            assertThat(node.id().index()).isEqualTo(node.ordinal());
          }
        });
  }
}
