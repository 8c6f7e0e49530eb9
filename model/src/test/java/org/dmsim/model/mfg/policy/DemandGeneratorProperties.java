package org.dmsim.model.mfg.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.policy.DemandDriver.Order;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What the built-in demand generators promise for any parameters: a replay places exactly the
 * recorded series, a per-period line one order per period start, and every generator is a function
 * of its seed. Generators are biased to the edges: equal timestamps, zero quantities, orders at the
 * very start and just before the end.
 */
class DemandGeneratorProperties {
  private static final long DAY = SimTime.DAY_MS;
  private static final long HORIZON = 20 * DAY;

  /** A recorded order as (hours from the start, quantity); hours past the horizon included. */
  private static Gen<List<long[]>> series() {
    Gen<long[]> row = longs().between(0, 20 * 24 + 5).zip(longs().between(0, 4).mix(longs().between(0, 1_000), 30),
        (h, q) -> new long[] {h, q});
    return lists().of(row).ofSizeBetween(1, 60).map(rows -> {
      List<long[]> sorted = new ArrayList<>(rows);
      sorted.sort((a, b) -> Long.compare(a[0], b[0]));
      return sorted;
    });
  }

  private static String text(List<long[]> rows) {
    StringBuilder s = new StringBuilder();
    for (long[] r : rows) {
      s.append(s.length() == 0 ? "" : ", ").append(r[0]).append("h ").append(r[1]);
    }
    return s.toString();
  }

  @Test
  void replayReproducesTheSeriesExactly() {
    qt().forAll(series()).checkAssert(rows -> {
      List<Order> orders = DemandDriver.run(DemandDriver.line(1, RuleRef.of("replay", Map.of("series", text(rows)))),
          HORIZON, 1);
      List<Order> expected = new ArrayList<>();
      for (long[] r : rows) {
        if (r[1] > 0 && r[0] * SimTime.HOUR_MS < HORIZON) {
          expected.add(new Order(r[0] * SimTime.HOUR_MS, r[1]));
        }
      }
      assertThat(orders).isEqualTo(expected);
    });
  }

  @Test
  void perPeriodPlacesOneOrderAtEachPeriodStartAndTheTotalIsTheirSum() {
    qt().forAll(integers().between(1, 24 * 21), integers().between(1, 50)).checkAssert((periodHours, units) -> {
      List<Order> orders = DemandDriver.run(DemandDriver.line(1, RuleRef.of("per-period",
          Map.of("period", periodHours + "h", "distribution", "empirical", "values", String.valueOf(units)))), HORIZON, 1);
      long periodMs = periodHours * SimTime.HOUR_MS;
      long periods = (HORIZON + periodMs - 1) / periodMs;
      assertThat(orders).hasSize((int) periods);
      for (int i = 0; i < orders.size(); i++) {
        assertThat(orders.get(i).atMs()).isEqualTo(i * periodMs);
      }
      assertThat(DemandDriver.units(orders)).isEqualTo(periods * units);
    });
  }

  @Test
  void everyGeneratorIsAFunctionOfItsSeed() {
    List<RuleRef> rules = List.of(
        RuleRef.of("renewal", Map.of("interarrival", "lognormal", "cv", "1.5", "profile", "2d 3, 9d 0.5")),
        RuleRef.of("renewal", Map.of("interarrival", "uniform", "cv", "0.3", "profile", "0d 0.5, 10d 2",
            "interpolation", "linear")),
        RuleRef.of("per-period", Map.of("distribution", "normal", "mean", "5", "sd", "4", "period", "12h")),
        RuleRef.of("per-period", Map.of("distribution", "poisson", "mean", "60")),
        RuleRef.of("poisson", Map.of("profile", "1d 4, 2d 1")));
    qt().forAll(integers().between(0, rules.size() - 1), longs().all()).checkAssert((i, seed) -> {
      var line = DemandDriver.line(3, rules.get(i));
      List<Order> first = DemandDriver.run(line, HORIZON, seed);
      assertThat(DemandDriver.run(line, HORIZON, seed)).isEqualTo(first);
      assertThat(first).isSortedAccordingTo((a, b) -> Long.compare(a.atMs(), b.atMs()))
          .allSatisfy(o -> assertThat(o.atMs()).isBetween(0L, HORIZON - 1));
    });
  }

  @Test
  void aProfileStaysBetweenItsSmallestAndLargestFactorAndOne() {
    Gen<List<Integer>> factors = lists().of(integers().between(0, 40)).ofSizeBetween(1, 8);
    qt().forAll(factors, longs().between(0, 30 * DAY), integers().between(0, 1)).checkAssert((f, t, linear) -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < f.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(3 * i).append("d ").append(f.get(i) / 4.0);
      }
      RateProfile p = RateProfile.parse(s.toString(), linear == 1);
      double lo = Math.min(1, f.stream().mapToInt(Integer::intValue).min().orElseThrow() / 4.0);
      double hi = Math.max(1, f.stream().mapToInt(Integer::intValue).max().orElseThrow() / 4.0);
      assertThat(p.factor(t)).isBetween(lo, hi);
      assertThat(p.maxFactor()).isEqualTo(hi);
    });
  }
}
