package org.dmsim.model.mfg.spec.check;

import java.util.List;
import java.util.Set;

/** One group of checks across the parts of a spec; it reads only the sections it names. */
sealed interface SpecCheck permits IdCheck, DemandCheck, BillOfMaterialsCheck, MachineCheck, StockingCheck, SourcingCheck,
    PolicyCheck, ServiceCheck, DisruptionCheck {
  /** The sections the checks read; they run only when every one of them is there in full. */
  Set<SpecSection> reads();

  /** Adds every problem found to {@code out}, in a stable order. */
  void check(SpecIndex spec, List<SpecProblem> out);
}
