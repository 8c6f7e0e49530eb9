package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;
import org.dmsim.model.mfg.policy.PolicyCatalog;
import org.dmsim.model.mfg.spec.NodeSpec;

/** Every producing node's dispatch rule and the platform's allocation rule are installed and take their parameters. */
final class PolicyCheck implements SpecCheck {
  @Override
  public Set<SpecSection> reads() {
    return Set.of(SpecSection.NODES, SpecSection.PLATFORM);
  }

  @Override
  public void check(SpecIndex index, List<SpecProblem> out) {
    List<NodeSpec> nodes = index.spec.nodes();
    for (int n = 0; n < nodes.size(); n++) {
      NodeSpec node = nodes.get(n);
      if (node.kind().produces()) {
        try {
          PolicyCatalog.installed().dispatch(node.dispatching());
        } catch (IllegalArgumentException unusable) {
          out.add(SpecProblem.of(SpecIndex.entry("nodes", node.id(), n) + ".discipline",
              ProblemCode.UNUSABLE_DISPATCHING, node.id(), unusable.getMessage()));
        }
      }
    }
    try {
      PolicyCatalog.installed().allocation(index.spec.platform().allocation());
    } catch (IllegalArgumentException unusable) {
      out.add(SpecProblem.of("platform.allocation", ProblemCode.UNUSABLE_ALLOCATION, unusable.getMessage()));
    }
  }
}
