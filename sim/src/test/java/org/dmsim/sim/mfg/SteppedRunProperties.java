package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.sequential.SequentialEngine;
import org.dmsim.sim.sequential.SteppedRun;
import org.junit.jupiter.api.Test;

/** A {@link SteppedRun} (the live view's hook) handles the same events as an uninterrupted run. */
class SteppedRunProperties {
  private static final long DAYS = 20;
  private static final SimulationPlan PLAN = MfgFixtures.everything(AllocationPolicy.NEAREST, 1.5, Batching.PER_ORDER,
      DAYS * SimTime.DAY_MS).plan().withWarmup(3 * SimTime.DAY_MS);

  @Test
  void steppingWithSnapshotsGivesTheUninterruptedDigest() {
    String reference = new SequentialEngine().run(PLAN, 7, 0).digest();
    // Steps from 0 ms (several steps to the same time) to several days, with a snapshot after each.
    qt().withExamples(12).withShrinkCycles(5)
        .forAll(longs().between(1, 1_000_000), integers().between(0, 3))
        .checkAssert((seed, scale) -> {
          SteppedRun run = SequentialEngine.start(PLAN, 7, 0);
          java.util.SplittableRandom steps = new java.util.SplittableRandom(seed);
          long[] unit = {0, SimTime.MINUTE_MS, SimTime.HOUR_MS, SimTime.DAY_MS};
          while (run.nowMs() < run.endMs()) {
            long step = unit[scale] == 0 ? steps.nextLong(0, 2 * SimTime.DAY_MS) : steps.nextLong(0, 40) * unit[scale];
            run.advanceTo(Math.max(run.nowMs() + SimTime.HOUR_MS * (scale == 1 ? 1 : 0), run.nowMs() + step));
            run.snapshot();
          }
          assertThat(run.finish().digest()).isEqualTo(reference);
        });
  }

  @Test
  void snapshot_midRun_showsOnlyTheEventsBeforeNow() {
    SteppedRun run = SequentialEngine.start(PLAN, 7, 0);
    run.advanceTo(10 * SimTime.DAY_MS);
    RunResult half = run.snapshot();
    RunResult end = run.finish();
    long halfOrdered = half.entity("region-paris").orElseThrow().metric(Metrics.ORDERED_UNITS).orElseThrow().count();
    long allOrdered = end.entity("region-paris").orElseThrow().metric(Metrics.ORDERED_UNITS).orElseThrow().count();
    assertThat(halfOrdered).isPositive().isLessThan(allOrdered);
    assertThat(run.nowMs()).isEqualTo(DAYS * SimTime.DAY_MS);
  }

  @Test
  void advanceTo_backwards_isRefused() {
    SteppedRun run = SequentialEngine.start(PLAN, 7, 0);
    run.advanceTo(SimTime.DAY_MS);
    assertThatThrownBy(() -> run.advanceTo(SimTime.HOUR_MS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot step back");
  }
}
