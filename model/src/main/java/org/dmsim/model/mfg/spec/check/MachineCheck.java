package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.NodeSpec;

/** Every machine group of every node is of a declared machine type. */
final class MachineCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.MACHINE_TYPES, SpecSection.NODES);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    List<NodeSpec> nodes = index.spec.nodes();
    for (int n = 0; n < nodes.size(); n++) {
      NodeSpec node = nodes.get(n);
      String machines = SpecIndex.entry("nodes", node.id(), n) + ".machines";
      for (int i = 0; i < node.machines().size(); i++) {
        MachineGroup g = node.machines().get(i);
        if (!index.typeById.containsKey(g.type())) {
          out.add(SpecProblem.of(SpecIndex.item(machines, i) + ".type", ProblemCode.UNKNOWN_MACHINE_TYPE, node.id(),
              g.type()));
        }
      }
    }
  }
}
