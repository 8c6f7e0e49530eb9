package org.dmsim.model.resilience;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated performance curves around one disruption, biased to the edges that matter: days without
 * demand, total outages, outages to the end of the run, a start right after the warm-up or on the last
 * day, recoveries to just above or below the threshold. Demand and served units are whole numbers, so
 * sums are exact.
 */
final class CurveCases {
  private CurveCases() {
  }

  /**
   * One generated case.
   *
   * @param demand  units due per day
   * @param served  units served on time per day
   * @param start   the disruption's start day; some demand falls due between the warm-up and it
   * @param warmup  warm-up days, below {@code start}
   */
  record Case(double[] demand, double[] served, int start, int warmup) {
    PerformanceCurve curve() {
      return PerformanceCurve.of(demand, served);
    }

    @Override
    public String toString() {
      return "start " + start + ", warm-up " + warmup + "\n demand " + Arrays.toString(demand) + "\n served "
          + Arrays.toString(served);
    }
  }

  static Gen<Case> cases() {
    Gen<Integer> days = integers().between(2, 90).mix(Generate.pick(List.of(2, 8, 30, 60)), 20);
    Gen<Integer> demandPerDay = integers().between(0, 200).mix(Generate.pick(List.of(0, 1, 100)), 50);
    Gen<Double> normalShare = doubles().between(0.8, 1).mix(Generate.constant(1.0), 60);
    Gen<Double> outageShare = doubles().between(0, 1).mix(Generate.pick(List.of(0.0, 0.5)), 50);
    Gen<Double> recoveredShare = doubles().between(0, 1).mix(Generate.pick(List.of(1.0, 0.9, 0.96, 0.94)), 60);
    Gen<Integer> fraction = integers().between(0, 1000).mix(Generate.pick(List.of(0, 1000)), 40);
    Gen<Integer> noisyDayOneIn = Generate.pick(List.of(0, 3, 10));
    return in -> {
      int n = days.generate(in);
      int start = 1 + (n - 1) * fraction.generate(in) / 1000;
      start = Math.min(start, n - 1);
      int warmup = (start - 1) * fraction.generate(in) / 1000;
      int outageEnd = start + (n - start) * fraction.generate(in) / 1000;
      double before = normalShare.generate(in);
      double during = outageShare.generate(in);
      double after = recoveredShare.generate(in);
      int noisy = noisyDayOneIn.generate(in);
      double[] demand = new double[n];
      double[] served = new double[n];
      for (int d = 0; d < n; d++) {
        demand[d] = demandPerDay.generate(in);
        double share = d < start ? before : d < outageEnd ? during : after;
        if (noisy > 0 && d % noisy == 0) {
          share = outageShare.generate(in);
        }
        served[d] = Math.floor(share * demand[d]);
      }
      // Some demand must fall due in the baseline window, or there is no baseline to measure against.
      int from = Math.max(warmup, start - ResilienceMeasures.Criteria.DEFAULT.baselineDays());
      double baselineDemand = 0;
      for (int d = from; d < start; d++) {
        baselineDemand += demand[d];
      }
      if (baselineDemand == 0) {
        demand[start - 1] = 100;
        served[start - 1] = Math.floor(before * 100);
      }
      return new Case(demand, served, start, warmup);
    };
  }
}
