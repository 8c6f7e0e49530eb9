package org.dmsim.model.mfg.spec.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dmsim.model.mfg.spec.ManufacturingSpec;

/**
 * Runs the checks of a whole spec in a fixed order: ids, demand, bills of materials, machines, stocking,
 * sourcing, policies, service, disruptions. A file reader that could read only some sections runs
 * {@link #of(ManufacturingSpec, Set)} over a spec holding those, so that what the model alone can tell
 * (a source that cannot make what it stocks) is reported alongside the reader's own problems.
 */
public final class SpecChecks {
  private static final List<SpecCheck> ALL = List.of(new IdCheck(), new DemandCheck(), new BillOfMaterialsCheck(),
      new MachineCheck(), new StockingCheck(), new SourcingCheck(), new PolicyCheck(), new ServiceCheck(), new DisruptionCheck());

  private SpecChecks() {}

  /** Every problem of {@code spec}, in a stable order; empty when its parts fit together. */
  public static List<SpecProblem> of(ManufacturingSpec spec) {
    return of(spec, EnumSet.allOf(SpecSection.class));
  }

  /**
   * The problems found by the checks that read only sections in {@code read}; the other sections of
   * {@code spec} are not looked at (they may be stand-ins).
   */
  public static List<SpecProblem> of(ManufacturingSpec spec, Set<SpecSection> read) {
    SpecIndex index = new SpecIndex(spec);
    List<SpecProblem> out = new ArrayList<>();
    for (SpecCheck check : ALL) {
      if (read.containsAll(check.reads())) {
        check.check(index, out);
      }
    }
    return List.copyOf(out);
  }
}
