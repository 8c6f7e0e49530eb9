package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.mfg.policy.DemandDriver.Order;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;

/** The built-in demand generators, one at a time: what they draw, their parameters and their refusals. */
class DemandGeneratorTest {
  private static final long DAY = SimTime.DAY_MS;

  private static RuleRef rule(String name, Map<String, String> params) {
    return RuleRef.of(name, params);
  }

  private static RuleParameterException refused(String name, Map<String, String> params) {
    return (RuleParameterException) org.assertj.core.api.Assertions.catchThrowable(
        () -> PolicyCatalog.installed().demand(rule(name, params)));
  }

  @Test
  void installed_listsTheFourBuiltInGenerators() {
    assertThat(PolicyCatalog.installed().demandGenerators().keySet())
        .contains("per-period", "poisson", "renewal", "replay");
  }

  @Test
  void renewal_deterministic_placesAnOrderEveryMeanInterArrival() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(4, new Deterministic(3),
        rule("renewal", Map.of("interarrival", "deterministic"))), 10 * DAY, 1);
    assertThat(orders).hasSize(39);
    assertThat(orders.get(0)).isEqualTo(new Order(DAY / 4, 3));
    assertThat(orders.get(38).atMs()).isEqualTo(39 * DAY / 4);
  }

  @Test
  void renewal_stepProfile_doublesTheRateFromItsPoint() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1,
        rule("renewal", Map.of("interarrival", "deterministic", "profile", "5d 2"))), 10 * DAY, 1);
    // Days 1..5 at one a day, then every half day: 5.5, 6, ..., 9.5.
    assertThat(orders).extracting(Order::atMs).containsExactly(DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY,
        11 * DAY / 2, 6 * DAY, 13 * DAY / 2, 7 * DAY, 15 * DAY / 2, 8 * DAY, 17 * DAY / 2, 9 * DAY, 19 * DAY / 2);
  }

  @Test
  void renewal_zeroFactor_placesNothingUntilTheNextPoint() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1,
        rule("renewal", Map.of("interarrival", "deterministic", "profile", "0d 0, 3d 1"))), 6 * DAY, 1);
    assertThat(orders).extracting(Order::atMs).containsExactly(4 * DAY, 5 * DAY);
  }

  @Test
  void renewal_surge_shortensTheGapsByItsFactor() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("renewal", Map.of("interarrival", "deterministic"))),
        4 * DAY, 1, t -> t >= 2 * DAY ? 4 : 1);
    assertThat(orders).extracting(Order::atMs).containsExactly(DAY, 2 * DAY, 9 * DAY / 4, 10 * DAY / 4, 11 * DAY / 4,
        3 * DAY, 13 * DAY / 4, 14 * DAY / 4, 15 * DAY / 4);
  }

  @Test
  void renewal_badParameters_nameTheParameter() {
    assertThat(refused("renewal", Map.of("interarrival", "weibull")).parameter()).isEqualTo("interarrival");
    assertThat(refused("renewal", Map.of("interarrival", "gamma")).getMessage())
        .isEqualTo("cv: expected a number from 0.001 to 10, found nothing (the parameter is missing)");
    assertThat(refused("renewal", Map.of("interarrival", "uniform", "cv", "0.7")).parameter()).isEqualTo("cv");
    assertThat(refused("renewal", Map.of("interarrival", "erlang", "k", "0")).parameter()).isEqualTo("k");
    assertThat(refused("renewal", Map.of("cv", "0.5")).getMessage()).startsWith("cv: expected one of: interarrival");
    assertThat(refused("renewal", Map.of("profile", "5d")).getMessage())
        .isEqualTo("profile: expected " + RateProfile.EXPECTED + ", found \"5d\"");
    assertThat(refused("renewal", Map.of("profile", "5d 2, 3d 1")).parameter()).isEqualTo("profile");
    assertThat(refused("renewal", Map.of("profile", "5d 2", "interpolation", "cubic")).parameter())
        .isEqualTo("interpolation");
    // an interpolation without a profile would do nothing: refused rather than ignored
    assertThat(refused("poisson", Map.of("interpolation", "linear")).getMessage())
        .isEqualTo("interpolation: expected no interpolation without a profile (give profile: \"AT FACTOR, ...\"),"
            + " found \"linear\"");
  }

  @Test
  void perPeriod_placesOneOrderAtEachPeriodStart() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("per-period",
        Map.of("period", "1w", "distribution", "empirical", "values", "5"))), 28 * DAY, 1);
    assertThat(orders).containsExactly(new Order(0, 5), new Order(7 * DAY, 5), new Order(14 * DAY, 5),
        new Order(21 * DAY, 5));
  }

  @Test
  void perPeriod_zeroQuantity_placesNoOrder() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("per-period",
        Map.of("distribution", "empirical", "values", "0, 4", "weights", "1, 1"))), 200 * DAY, 7);
    assertThat(orders).isNotEmpty().hasSizeLessThan(150).allSatisfy(o -> assertThat(o.units()).isEqualTo(4));
  }

  @Test
  void perPeriod_linearProfile_rampsTheQuantity() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("per-period", Map.of("distribution", "empirical",
        "values", "10", "profile", "0d 1, 4d 3", "interpolation", "linear"))), 6 * DAY, 1);
    assertThat(orders).extracting(Order::units).containsExactly(10L, 15L, 20L, 25L, 30L, 30L);
  }

  @Test
  void perPeriod_normal_neverOrdersLessThanOneUnit() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("per-period",
        Map.of("distribution", "normal", "mean", "1", "sd", "3"))), 500 * DAY, 3);
    assertThat(orders).isNotEmpty().allSatisfy(o -> assertThat(o.units()).isPositive());
    assertThat(orders.size()).isLessThan(400);
  }

  @Test
  void perPeriod_badParameters_nameTheParameter() {
    assertThat(refused("per-period", Map.of()).getMessage())
        .isEqualTo("distribution: expected one of: normal, gamma, poisson, empirical, found nothing (the parameter is missing)");
    assertThat(refused("per-period", Map.of("distribution", "normal", "mean", "5")).parameter()).isEqualTo("sd");
    assertThat(refused("per-period", Map.of("distribution", "poisson", "mean", "-1")).parameter()).isEqualTo("mean");
    assertThat(refused("per-period", Map.of("distribution", "gamma", "mean", "5")).parameter()).isEqualTo("cv");
    assertThat(refused("per-period", Map.of("distribution", "empirical", "values", "1, x")).parameter())
        .isEqualTo("values");
    assertThat(refused("per-period", Map.of("distribution", "empirical", "values", "1, 2", "weights", "1"))
        .parameter()).isEqualTo("weights");
    assertThat(refused("per-period", Map.of("distribution", "empirical", "values", "1", "weights", "0"))
        .parameter()).isEqualTo("weights");
    assertThat(refused("per-period", Map.of("distribution", "poisson", "mean", "3", "period", "0d")).getMessage())
        .startsWith("period: expected a duration");
    assertThat(refused("per-period", Map.of("distribution", "poisson", "mean", "3", "sd", "1")).parameter())
        .isEqualTo("sd");
  }

  @Test
  void replay_placesTheSeriesExactly_skippingZeros() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("replay",
        Map.of("series", "0d 12, 1d 9, 1d 3, 2d 0, 60h 0, 3d 15, 30d 4"))), 10 * DAY, 1);
    assertThat(orders).containsExactly(new Order(0, 12), new Order(DAY, 9), new Order(DAY, 3), new Order(3 * DAY, 15));
  }

  @Test
  void replay_surge_multipliesTheQuantity() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(1, rule("replay", Map.of("series", "0d 10, 2d 10"))),
        10 * DAY, 1, t -> t >= DAY ? 1.5 : 1);
    assertThat(orders).containsExactly(new Order(0, 10), new Order(2 * DAY, 15));
  }

  @Test
  void replay_badSeries_isRefused() {
    assertThat(refused("replay", Map.of()).getMessage()).startsWith("series: expected orders \"AT QUANTITY\"");
    assertThat(refused("replay", Map.of("series", "2d 1, 1d 1")).parameter()).isEqualTo("series");
    assertThat(refused("replay", Map.of("series", "1d 1.5")).parameter()).isEqualTo("series");
    assertThat(refused("replay", Map.of("series", "1d -1")).parameter()).isEqualTo("series");
    assertThat(refused("replay", Map.of("series", "1d 1", "file", "x.csv")).parameter()).isEqualTo("file");
  }

  @Test
  void poisson_flatProfile_drawsExactlyAsWithoutOne() {
    List<Order> plain = DemandDriver.run(DemandDriver.line(5, RuleRef.of("poisson")), 30 * DAY, 11);
    List<Order> flat = DemandDriver.run(DemandDriver.line(5, rule("poisson", Map.of("profile", "3d 1"))), 30 * DAY, 11);
    assertThat(flat).isEqualTo(plain).hasSizeGreaterThan(100);
  }

  @Test
  void poisson_zeroProfile_placesNoOrderWhileZero() {
    List<Order> orders = DemandDriver.run(DemandDriver.line(20, rule("poisson", Map.of("profile", "5d 0, 10d 1"))),
        15 * DAY, 5);
    assertThat(orders).isNotEmpty().noneMatch(o -> o.atMs() >= 5 * DAY && o.atMs() < 10 * DAY);
  }

  @Test
  void rateProfile_stepAndLinear_giveTheDocumentedFactors() {
    RateProfile step = RateProfile.parse("2d 3, 4d 0.5", false);
    RateProfile linear = RateProfile.parse("2d 3, 4d 0.5", true);
    assertThat(step.factor(DAY)).isEqualTo(1);
    assertThat(step.factor(3 * DAY)).isEqualTo(3);
    assertThat(step.factor(9 * DAY)).isEqualTo(0.5);
    assertThat(linear.factor(DAY)).isEqualTo(1);
    assertThat(linear.factor(3 * DAY)).isEqualTo(1.75);
    assertThat(linear.factor(9 * DAY)).isEqualTo(0.5);
    assertThat(step.maxFactor()).isEqualTo(3);
    assertThat(step.nextPointAfter(2 * DAY)).isEqualTo(4 * DAY);
    assertThat(step.nextPointAfter(4 * DAY)).isEqualTo(SimTime.NEVER);
    assertThatThrownBy(() -> RateProfile.parse("1d 2000", false)).isInstanceOf(IllegalArgumentException.class);
  }
}
