package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/**
 * A station with Poisson arrivals and a general service time must give the Pollaczek–Khinchine numbers:
 * an M/D/1 station (deterministic service) and an M/G/1 station (lognormal service, coefficient of
 * variation 0.5).
 *
 * <p><b>Set-up and observables</b> as in {@link MMcValidationTest} (one plant, one machine, FIFO,
 * Poisson orders of one unit, orders reach the plant 2 h after placement; L and Lq are time averages
 * of the plant's levels, W is measured per order from the lead time), with the processing time drawn
 * from the given distribution instead of the exponential.
 *
 * <p><b>Theory</b> (Pollaczek–Khinchine; e.g. Gross and Harris, <i>Fundamentals of Queueing Theory</i>,
 * § 5.1): with utilization ρ = λ/μ and the squared coefficient of variation of the service time
 * c<sub>s</sub>², Lq = ρ²(1 + c<sub>s</sub>²) / (2(1 − ρ)), L = Lq + ρ, W = L/λ. M/D/1 at ρ = 0.8
 * (c<sub>s</sub>² = 0): Lq = 1.6, L = 2.4. M/G/1 at ρ = 0.7 with c<sub>s</sub>² = 0.25: Lq = 1.0208,
 * L = 1.7208. P(wait) = ρ (Poisson arrivals see time averages), checked on the station statistics with
 * Wq = Lq/λ.
 *
 * <p><b>Run length, replications and tolerance.</b> The same as the M/M/c cases and for the same
 * reasons: 40 replications (400 days at ρ = 0.8, 300 days at ρ = 0.7); less variable service makes the
 * time averages less variable than M/M/1's at the same ρ, so the 99 % half-widths are below the M/M/1
 * cases' (measured: M/D/1 L 1.9 %, W 1.7 %, Lq 2.8 % of theory; M/G/1 L 1.8 %, W 1.5 %, Lq 2.8 %). Asserted:
 * half-width below 5 % of theory (8 % for Lq), theory inside the 99 % interval, estimate within 5 % of
 * theory, utilization within 0.01 of ρ.
 */
class MG1ValidationTest {
  private static final long SERVICE_MEAN_MS = 30 * SimTime.MINUTE_MS;

  @Test
  void pollaczekKhinchine_ofTheExponential_isTheMM1Formula() {
    double rho = 0.7;
    assertThat(lq(rho, 1)).isCloseTo(QueueingTheory.mmcQueueLength(1, rho), Offset.offset(1e-12));
  }

  @Test
  void md1_atUtilization80_matchesPollaczekKhinchine() {
    double rho = 0.8;
    assertThat(lq(rho, 0)).isCloseTo(1.6, Offset.offset(1e-12));
    MMcValidationTest.checkStation("M/D/1", 1, rho, 400, new Deterministic(SERVICE_MEAN_MS), SERVICE_MEAN_MS,
        lq(rho, 0) + rho, lq(rho, 0));
  }

  @Test
  void mg1_lognormalServiceCv05_atUtilization70_matchesPollaczekKhinchine() {
    double rho = 0.7;
    double cv = 0.5;
    MMcValidationTest.checkStation("M/G/1 (lognormal, cv 0.5)", 1, rho, 300, new LogNormal(SERVICE_MEAN_MS, cv),
        SERVICE_MEAN_MS, lq(rho, cv * cv) + rho, lq(rho, cv * cv));
  }

  /** Pollaczek–Khinchine: the mean number waiting at utilization ρ with squared service cv {@code cs2}. */
  private static double lq(double rho, double cs2) {
    return rho * rho * (1 + cs2) / (2 * (1 - rho));
  }
}
