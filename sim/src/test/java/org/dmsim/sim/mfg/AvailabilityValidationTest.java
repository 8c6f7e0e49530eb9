package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.dist.Weibull;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.spec.CostSpec;
import org.dmsim.model.mfg.spec.DemandSpec;
import org.dmsim.model.mfg.policy.Discipline;
import org.dmsim.model.mfg.spec.FailureBasis;
import org.dmsim.model.mfg.spec.Failures;
import org.dmsim.model.mfg.spec.MachineGroup;
import org.dmsim.model.mfg.spec.MachineType;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.spec.NodeKind;
import org.dmsim.model.mfg.spec.NodeSpec;
import org.dmsim.model.mfg.spec.PlatformSpec;
import org.dmsim.model.mfg.spec.ProcessType;
import org.dmsim.model.mfg.spec.Product;
import org.dmsim.model.mfg.spec.RegionSpec;
import org.dmsim.model.mfg.spec.Step;
import org.dmsim.model.mfg.spec.TransportSpec;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.mfg.entity.Workstation;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * A machine that breaks down must be down, and must work, for the share of time that renewal theory
 * gives.
 *
 * <p><b>Set-up.</b> One plant with one machine: one CNC step, exponential processing time of mean
 * 1 h per unit, no scrap or set-ups, always open; one region next to it with constant-rate Poisson
 * demand of one-unit orders, endless patience; platform {@code nearest} with no queue limit. Times
 * between failures have mean MTBF = 20 h, repairs mean MTTR = 4 h, so A = MTBF/(MTBF + MTTR) = 5/6.
 * Jobs interrupted by a failure resume where they stopped.
 *
 * <p><b>Theory, saturated machine</b> (demand ρ = λ/μ = 3, so the queue grows by about two orders an
 * hour from the first hours on and the machine always holds a job while it is up). Up and down
 * periods alternate; each up period is a fresh time to failure, counted on the calendar clock
 * ({@code calendar}) or on the operating clock ({@code operating}), which for a saturated machine runs
 * whenever the machine is up, so both bases give the same process. By the renewal-reward theorem
 * the long-run share of time down is MTTR/(MTBF + MTTR) = 1 − A for any distributions with these
 * means; this is checked with exponential times (both bases) and with Weibull (shape 2) times to
 * failure and log-normal (cv 0.5) repairs (both bases). The machine processes whenever it is up, so
 * the share of time spent processing, the {@code work-ms} counter over the horizon, is A, as is the
 * time average of {@code busy}.
 *
 * <p><b>Theory, machine at half load</b> (ρ = 0.5, exponential times; the queue is stable for both
 * bases, since even the operating basis needs only ρ·(1 + MTTR/MTBF) = 0.6 of the time). Every unit
 * of work that arrives is done (no work is lost to failures), so the share of time processing is ρ.
 * On the {@code calendar} basis failures do not depend on the load: down = 1 − A as before. On the
 * {@code operating} basis a failure comes on average after MTBF of processing, so failures occur at
 * rate ρ/MTBF and down = ρ·MTTR/MTBF = 0.1: the two bases differ here, and the test tells them apart.
 *
 * <p><b>Observables.</b> The time average of the machine's {@code down} level; its {@code work-ms}
 * counter divided by the horizon; the time average of its {@code busy} level; its
 * {@code breakdowns} counter against horizon × down / MTTR.
 *
 * <p><b>Run length and tolerance.</b> For exponential up and down times the down indicator is a
 * two-state Markov chain, and the variance of its time average over T is 2A(1 − A)/((1/MTBF +
 * 1/MTTR)·T): a relative standard deviation of 6.2 % of 1 − A for a one-year run (measured: 5.3 %).
 * Each case runs 40 independent replications of 365 days (about 365 failures each), which puts the
 * 99 % Student-t half-width (t = 2.71 at 39 degrees of freedom) of the down share at about 2.3 % of
 * theory for the saturated exponential cases, 1.1 % for the Weibull/log-normal ones (less variable
 * up times) and 3.9 % for the operating basis at half load (fewer failures). The test asserts that
 * the half-width of the down share is below 5 % of theory (so the check has power), that theory lies
 * inside the 99 % interval and that the estimate is within 5 % of theory; for the processing share
 * (half-width 0.2 % to 0.9 %) theory must lie inside the interval and the estimate within 2 %; the
 * number of breakdowns (half-width 0.7 % to 2.9 %) is held to the same rules as the down share.
 * Within each replication {@code busy} and {@code work-ms} must agree to 0.003 of the horizon (they
 * differ only by the work done on the job in hand at the end, which {@code work-ms} counts only when
 * it finishes or is interrupted), and a saturated machine must be idle (neither busy nor down) less
 * than 0.1 % of the time. Fixed seeds make the test deterministic.
 *
 * <p><b>No warm-up is excluded.</b> The machine starts up and as good as new at time 0; for
 * exponential times the integrated deficit of P(down) is (1 − A)/(1/MTBF + 1/MTTR) = 0.56 h, a
 * relative bias of −0.04 % over a year. Orders reach the plant 2 h after they are placed, so the
 * saturated machine idles for its first 2 to 3 hours: −0.03 % on the processing share.
 */
class AvailabilityValidationTest {
  private static final long SERVICE_MEAN_MS = SimTime.HOUR_MS;
  private static final double MTBF_MS = 20 * SimTime.HOUR_MS;
  private static final double MTTR_MS = 4 * SimTime.HOUR_MS;
  private static final double A = MTBF_MS / (MTBF_MS + MTTR_MS);
  private static final double SATURATED = 3;
  private static final double HALF_LOAD = 0.5;
  private static final int REPLICATIONS = 40;
  private static final int DAYS = 365;
  private static final long SEED = 1;
  private static final GeoPoint SITE = new GeoPoint(50.11, 8.68);

  @Test
  void saturated_calendarBasis_exponential_downOneMinusA() {
    check(exponential(FailureBasis.CALENDAR), SATURATED, 1 - A, A);
  }

  @Test
  void saturated_operatingBasis_exponential_downOneMinusA() {
    check(exponential(FailureBasis.OPERATING), SATURATED, 1 - A, A);
  }

  @Test
  void saturated_calendarBasis_weibullAndLogNormal_dependsOnlyOnTheMeans() {
    check(weibull(FailureBasis.CALENDAR), SATURATED, 1 - A, A);
  }

  @Test
  void saturated_operatingBasis_weibullAndLogNormal_dependsOnlyOnTheMeans() {
    check(weibull(FailureBasis.OPERATING), SATURATED, 1 - A, A);
  }

  @Test
  void halfLoad_calendarBasis_failsIdleOrNot() {
    check(exponential(FailureBasis.CALENDAR), HALF_LOAD, 1 - A, HALF_LOAD);
  }

  @Test
  void halfLoad_operatingBasis_failsOnlyWhileWorking() {
    check(exponential(FailureBasis.OPERATING), HALF_LOAD, HALF_LOAD * MTTR_MS / MTBF_MS, HALF_LOAD);
  }

  private static Failures exponential(FailureBasis basis) {
    return new Failures(new Exponential(MTBF_MS), new Exponential(MTTR_MS), basis);
  }

  private static Failures weibull(FailureBasis basis) {
    return new Failures(Weibull.ofMean(2, MTBF_MS), new LogNormal(MTTR_MS, 0.5), basis);
  }

  /** One machine failing by {@code failures}, loaded to {@code rho}, run for {@code horizonMs}. */
  static ManufacturingSpec singleMachine(Failures failures, double rho, long horizonMs) {
    double ordersPerDay = rho * SimTime.DAY_MS / SERVICE_MEAN_MS;
    Product part = new Product("part", 1, 0, false, 1, List.of(),
        List.of(new Step(ProcessType.CNC, new Exponential(SERVICE_MEAN_MS), 0)));
    MachineType mill = new MachineType("mill", Set.of(ProcessType.CNC), 1, 0, Optional.of(failures));
    NodeSpec plant = NodeSpec.producer("plant", NodeKind.PLANT, SITE, List.of(new MachineGroup("mill", 1)),
        Discipline.FIFO, Map.of(), 0);
    RegionSpec region = new RegionSpec("customers", SITE,
        List.of(DemandSpec.poisson("part", ordersPerDay, new Deterministic(1), SimTime.DAY_MS)));
    PlatformSpec platform = new PlatformSpec(SITE, AllocationPolicy.NEAREST, SimTime.HOUR_MS, SimTime.HOUR_MS,
        SimTime.HOUR_MS, Double.POSITIVE_INFINITY, 0);
    return new ManufacturingSpec("availability", horizonMs, List.of(part), List.of(mill), List.of(plant), List.of(),
        List.of(region), platform, TransportSpec.ROAD, CostSpec.NONE);
  }

  private static void check(Failures failures, double rho, double downTheory, double workTheory) {
    long horizonMs = DAYS * SimTime.DAY_MS;
    ManufacturingSpec spec = singleMachine(failures, rho, horizonMs);
    List<RunResult> runs = IntStream.range(0, REPLICATIONS).parallel()
        .mapToObj(rep -> new SequentialEngine().run(spec.plan(), SEED, rep))
        .collect(Collectors.toList());

    SummaryStatistics down = new SummaryStatistics();
    SummaryStatistics working = new SummaryStatistics();
    SummaryStatistics breakdowns = new SummaryStatistics();
    for (RunResult r : runs) {
      EntityResult machine = r.entity("plant/m1").orElseThrow();
      double d = metric(machine, Metrics.DOWN).mean();
      double busy = metric(machine, Metrics.BUSY).mean();
      double work = (double) metric(machine, Workstation.WORK_MS).count() / horizonMs;
      down.addValue(d);
      working.addValue(work);
      breakdowns.addValue(metric(machine, Metrics.BREAKDOWNS).count());
      assertThat(Math.abs(busy - work)).as("replication %d: busy level %.5f vs work-ms share %.5f",
          r.replication(), busy, work).isLessThan(0.003);
      if (rho > 1) {
        assertThat(1 - busy - d).as("replication %d: idle share of a saturated machine", r.replication())
            .isBetween(0.0, 0.001);
      }
    }

    double t = new TDistribution(REPLICATIONS - 1).inverseCumulativeProbability(0.995);
    double breakdownTheory = horizonMs * downTheory / failures.repairMs().mean();
    System.out.printf("%s %s rho=%.1f: down %.5f±%.5f (%.5f) work %.5f±%.5f (%.5f) breakdowns %.1f±%.1f (%.1f)%n",
        failures.timeBetweenMs().describe(), failures.basis(), rho, down.getMean(), halfWidth(down, t), downTheory,
        working.getMean(), halfWidth(working, t), workTheory, breakdowns.getMean(), halfWidth(breakdowns, t),
        breakdownTheory);
    assertWithin("share of time down", down, downTheory, t, 0.05, 0.05);
    assertWithin("share of time processing", working, workTheory, t, 0.02, 0.02);
    assertWithin("breakdowns per run", breakdowns, breakdownTheory, t, 0.05, 0.05);
  }

  /**
   * Asserts that the 99 % half-width of {@code s} is below {@code maxHalfWidth} of {@code theory},
   * that theory is inside the interval and that the estimate is within {@code tolerance} of theory.
   */
  private static void assertWithin(String what, SummaryStatistics s, double theory, double t, double maxHalfWidth,
      double tolerance) {
    double hw = halfWidth(s, t);
    String detail = String.format("%s: estimate %.5f ± %.5f (99 %%), theory %.5f", what, s.getMean(), hw, theory);
    assertThat(hw).as(detail + ": half-width").isLessThan(maxHalfWidth * theory);
    assertThat(Math.abs(s.getMean() - theory)).as(detail + ": theory inside the interval").isLessThan(hw);
    assertThat(Math.abs(s.getMean() - theory)).as(detail + ": relative error").isLessThan(tolerance * theory);
  }

  private static double halfWidth(SummaryStatistics s, double t) {
    return t * s.getStandardDeviation() / Math.sqrt(s.getN());
  }

  private static MetricValue metric(EntityResult e, String name) {
    return e.metric(name).orElseThrow(() -> new AssertionError(e.entity() + " has no " + name));
  }
}
