package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.actor.AkkaEngine;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * Rework as a loop back in the routing, checked against a Jackson network: an M/M/1 station whose job
 * returns to it with probability p after each service (Bernoulli feedback).
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
