package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.assertj.core.data.Offset;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * Set-ups by a count of jobs and with a random set-up time, on one machine making one product (so a
 * change of product never happens): the machine sets up before every N-th job after its first, and the
 * set-up time adds to its busy time as λ·E[set-up]/N.
 */
class SetupTest {
  private static final long SERVICE_MEAN_MS = 30 * SimTime.MINUTE_MS;
  private static final long SETUP_MEAN_MS = 10 * SimTime.MINUTE_MS;

  @Test
  void setupEvery5Jobs_setsUpBeforeEveryFifthJobAfterTheFirst() {
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new Deterministic(SETUP_MEAN_MS), true, 5);
    RunResult r = new SequentialEngine().run(MMcValidationTest.station(1, 0.5, 60 * SimTime.DAY_MS, step,
        SERVICE_MEAN_MS).plan(), 1, 0);

    EntityResult machine = r.entity("plant/m1").orElseThrow();
    long finished = machine.metric(Metrics.JOBS).orElseThrow().count();
    long setups = machine.metric(Metrics.SETUPS).orElseThrow().count();
    // the first job needs none; then one before jobs 6, 11, 16, ...; the last job may still be running
    assertThat(finished).isGreaterThan(1000);
    assertThat(setups).isBetween((finished - 1) / 5, finished / 5);
  }

  @Test
  void setupOnChangeOnly_oneProduct_neverSetsUp() {
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new Deterministic(SETUP_MEAN_MS), true, 0);
    RunResult r = new SequentialEngine().run(MMcValidationTest.station(1, 0.5, 20 * SimTime.DAY_MS, step,
        SERVICE_MEAN_MS).plan(), 1, 0);

    assertThat(r.entity("plant/m1").orElseThrow().metric(Metrics.SETUPS).map(m -> m.count()).orElse(0L)).isZero();
  }

  /**
   * Utilization with a lognormal set-up (mean 10 min, cv 0.5) every 4 jobs: ρ + λ·E[s]/4 = 0.5 + (1/60 per
   * min)·10 min/4 = 0.5417. Over 10 replications of 200 days (about 4,800 jobs each) the mean busy share
   * has a standard error near 0.002; asserted within 0.01.
   */
  @Test
  void randomSetupEvery4Jobs_addsItsMeanPerFourJobsToTheBusyTime() {
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new LogNormal(SETUP_MEAN_MS, 0.5), false, 4);
    ManufacturingSpec spec = MMcValidationTest.station(1, 0.5, 200 * SimTime.DAY_MS, step, SERVICE_MEAN_MS);
    List<RunResult> runs = IntStream.range(0, 10).parallel().mapToObj(rep -> new SequentialEngine().run(spec.plan(), 3, rep))
        .collect(Collectors.toList());
    SummaryStatistics busy = new SummaryStatistics();
    runs.forEach(r -> busy.addValue(r.entity("plant/m1").orElseThrow().metric(Metrics.BUSY).orElseThrow().mean()));

    double lambdaPerMs = 0.5 / SERVICE_MEAN_MS;
    assertThat(busy.getMean()).isCloseTo(0.5 + lambdaPerMs * SETUP_MEAN_MS / 4, Offset.offset(0.01));
  }

  @Test
  void randomSetup_sameDigestOnBothEngines() {
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new LogNormal(SETUP_MEAN_MS, 0.5), true, 3);
    ManufacturingSpec spec = MMcValidationTest.station(1, 0.6, 20 * SimTime.DAY_MS, step, SERVICE_MEAN_MS);

    assertThat(new AkkaEngine(AkkaEngineSettings.of(2)).run(spec.plan(), 5, 0).digest())
        .isEqualTo(new SequentialEngine().run(spec.plan(), 5, 0).digest());
  }
}
