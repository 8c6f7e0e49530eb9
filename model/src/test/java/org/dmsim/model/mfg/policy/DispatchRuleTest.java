package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DispatchRuleTest {
  private final PolicyCatalog catalog = PolicyCatalog.installed();

  private record TestJob(String product, int units, long dueMs, double stepMeanMs, int step, boolean replenishment,
      long arrival, long nowMs) implements DispatchRule.Job {}

  private static final TestJob EARLY_LONG = new TestJob("a", 4, 1_000, 600_000, 0, false, 2, 0);
  private static final TestJob LATE_SHORT = new TestJob("b", 1, 9_000, 60_000, 0, false, 1, 0);

  @Test
  void installed_listsTheBuiltInsByName() {
    assertThat(catalog.dispatchRules().keySet()).containsExactly("edd", "fifo", "spt");
  }

  @Test
  void builtIns_orderJobsByArrivalDueDateAndProcessingTime() {
    DispatchRule fifo = catalog.dispatch(Discipline.FIFO.rule());
    DispatchRule edd = catalog.dispatch(Discipline.EDD.rule());
    DispatchRule spt = catalog.dispatch(Discipline.SPT.rule());
    assertThat(fifo.priority(LATE_SHORT)).isLessThan(fifo.priority(EARLY_LONG));
    assertThat(edd.priority(EARLY_LONG)).isLessThan(edd.priority(LATE_SHORT));
    assertThat(spt.priority(LATE_SHORT)).isEqualTo(60_000).isLessThan(spt.priority(EARLY_LONG));
  }
}
