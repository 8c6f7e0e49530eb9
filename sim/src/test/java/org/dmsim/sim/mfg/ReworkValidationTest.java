package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.assertj.core.data.Offset;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.kpi.StationStatistics;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * Rework as a loop back in the routing, checked against Jackson networks: an M/M/1 station whose job
 * returns to it with probability p after each service (Bernoulli feedback), and a tandem line whose
 * second (inspection) station sends a unit back to the first.
 *
 * <p><b>Theory</b> (Jackson 1957; e.g. Gross and Harris, § 4.2): the station sees the total rate
 * λ/(1 − p), so it behaves as an M/M/1 queue at ρ = λ/((1 − p)μ): L = ρ/(1 − ρ), Lq = ρ²/(1 − ρ), and
 * an order spends W = L/λ there in all (Little's law on the external rate). With 1/μ = 30 min,
 * p = 0.2 and λ = 0.56 per 30 min: ρ = 0.7, L = 2.333, Lq = 1.633, W = 2.083 h, and the machine is
 * busy 70 % of the time. P(wait) of a job step is (1 − p)ρ = 0.56: a new arrival (Poisson) finds the
 * machine busy with probability ρ, and a job sent back takes the machine it has just left, never waiting.
 *
 * <p><b>Run length, replications, tolerance</b>: those of the M/M/1 case at ρ = 0.7 in
 * {@link MMcValidationTest} (40 replications of 300 days, 99 % intervals, 5 % of theory for L and W,
 * 8 % for Lq, utilization within 0.01); feedback of exponential service leaves the number-in-system
 * process that of M/M/1, so the same run length gives it the same power.
 */
class ReworkValidationTest {
  private static final long SERVICE_MEAN_MS = 30 * SimTime.MINUTE_MS;

  @Test
  void mm1WithFeedback_matchesTheJacksonNetwork() {
    double p = 0.2;
    double rho = 0.7;
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new Deterministic(0), true, 0,
        new Step.Rework(p, 0));
    MMcValidationTest.checkStation("M/M/1 with feedback p=0.2", 1, rho * (1 - p), 300, step, SERVICE_MEAN_MS,
        rho / (1 - rho), rho * rho / (1 - rho), rho, (1 - p) * rho);
  }

  /**
   * A tandem line with rework as an open Jackson network: a CNC station (1/μ₁ = 30 min) then an
   * inspection station (1/μ₂ = 20 min), one machine each, the inspection sending a unit back to the CNC
   * step with p = 0.2. Both stations see λ/(1 − p); with λ = 0.56 per 30 min, ρ₁ = 0.7 and ρ₂ = 0.467,
   * and by Jackson's theorem each behaves as an independent M/M/1 queue: Lq,i = ρᵢ²/(1 − ρᵢ) (1.633 and
   * 0.408), L = Σ ρᵢ/(1 − ρᵢ) = 3.208 at the plant, and — the arrival theorem of open Jackson networks —
   * a job step finds its station busy with probability ρᵢ, returning jobs included (they join the CNC
   * queue as any arrival). Run length, replications and tolerances as in {@link MMcValidationTest}: 40
   * replications of 300 days, 99 % intervals, 5 % for L, 8 % for Lq, 3 points for P(wait).
   */
  @Test
  void tandemLineWithRework_matchesTheJacksonNetwork() {
    double p = 0.2;
    long cncMs = 30 * SimTime.MINUTE_MS;
    long inspectMs = 20 * SimTime.MINUTE_MS;
    double lambdaPerDay = 0.7 * (1 - p) * SimTime.DAY_MS / cncMs;
    double rho1 = lambdaPerDay / (1 - p) * cncMs / SimTime.DAY_MS;
    double rho2 = lambdaPerDay / (1 - p) * inspectMs / SimTime.DAY_MS;
    Product part = new Product("part", 1, 0, false, 1, List.of(), List.of(
        new Step(ProcessType.CNC, new Exponential(cncMs), 0),
        new Step(ProcessType.INSPECTION, new Exponential(inspectMs), new Deterministic(0), true, 0,
            new Step.Rework(p, 0))));
    ManufacturingSpec spec = MMcValidationTest.plant(part,
        List.of(new MachineType("mill", Set.of(ProcessType.CNC), 1, 0, Optional.empty()),
            new MachineType("gauge", Set.of(ProcessType.INSPECTION), 1, 0, Optional.empty())),
        List.of(new MachineGroup("mill", 1), new MachineGroup("gauge", 1)), lambdaPerDay, 300 * SimTime.DAY_MS,
        DemandSpec.POISSON);
    List<RunResult> runs = IntStream.range(0, MMcValidationTest.REPLICATIONS).parallel()
        .mapToObj(rep -> new SequentialEngine().run(spec.plan(), MMcValidationTest.SEED, rep)).toList();

    SummaryStatistics inSystem = new SummaryStatistics();
    SummaryStatistics[] lq = {new SummaryStatistics(), new SummaryStatistics()};
    SummaryStatistics[] waits = {new SummaryStatistics(), new SummaryStatistics()};
    SummaryStatistics[] busy = {new SummaryStatistics(), new SummaryStatistics()};
    for (RunResult r : runs) {
      EntityResult plant = r.entity("plant").orElseThrow();
      inSystem.addValue(MMcValidationTest.level(plant, Metrics.QUEUED_UNITS)
          + MMcValidationTest.level(plant, Metrics.IN_PROCESS_UNITS));
      List<StationStatistics.Station> stations = StationStatistics.of(r, spec, 0).stations();
      List<String> order = List.of("mill", "gauge");
      for (StationStatistics.Station station : stations) {
        int i = order.indexOf(station.machineType());
        lq[i].addValue(station.meanWaiting());
        waits[i].addValue(station.waitProbability());
        busy[i].addValue(station.utilization());
      }
    }
    double[] rho = {rho1, rho2};
    double t = new TDistribution(MMcValidationTest.REPLICATIONS - 1).inverseCumulativeProbability(0.995);
    System.out.printf("tandem with rework p=0.2: L %.4f (%.4f); Lq %.4f, %.4f (%.4f, %.4f); P(wait) %.4f, %.4f%n",
        inSystem.getMean(), rho1 / (1 - rho1) + rho2 / (1 - rho2), lq[0].getMean(), lq[1].getMean(),
        rho1 * rho1 / (1 - rho1), rho2 * rho2 / (1 - rho2), waits[0].getMean(), waits[1].getMean());
    MMcValidationTest.assertWithin("L (time-average number at the plant)", inSystem,
        rho1 / (1 - rho1) + rho2 / (1 - rho2), t, 0.05, 0.05);
    for (int i = 0; i < 2; i++) {
      MMcValidationTest.assertWithin("station " + (i + 1) + " Lq", lq[i], rho[i] * rho[i] / (1 - rho[i]), t, 0.08, 0.08);
      assertThat(waits[i].getMean()).as("station " + (i + 1) + " P(wait)").isCloseTo(rho[i], Offset.offset(0.03));
      assertThat(busy[i].getMean()).as("station " + (i + 1) + " utilization").isCloseTo(rho[i], Offset.offset(0.01));
    }
  }

  @Test
  void rework_countsTheJobsSentBack_andBothEnginesAgree() {
    Step step = new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), new Deterministic(0), true, 0,
        new Step.Rework(0.25, 0));
    ManufacturingSpec spec = MMcValidationTest.station(1, 0.5, 30 * SimTime.DAY_MS, step, SERVICE_MEAN_MS);

    RunResult sequential = new SequentialEngine().run(spec.plan(), 9, 0);
    long made = sequential.entity("plant").orElseThrow().metric(Metrics.MADE_UNITS).orElseThrow().count();
    long reworked = sequential.entity("plant").orElseThrow().metric(Metrics.REWORKED_UNITS).orElseThrow().count();
    // each service is sent back with probability 0.25: about a third as many rework passes as jobs made
    assertThat((double) reworked / made).isBetween(0.25, 0.42);
    assertThat(new AkkaEngine(AkkaEngineSettings.of(2)).run(spec.plan(), 9, 0).digest()).isEqualTo(sequential.digest());
  }

  @Test
  void rework_toALaterStep_isRefused() {
    Step inspect = new Step(ProcessType.INSPECTION, new Deterministic(60_000), new Deterministic(0), true, 0,
        new Step.Rework(0.1, 1));

    assertThatThrownBy(() -> new Product("p", 1, 0, false, 1, List.of(), List.of(inspect,
        new Step(ProcessType.CNC, new Deterministic(60_000), 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product p: step 0 reworks to step 1, which is not an earlier step or itself");
  }
}
