package org.dmsim.scenarios.sizing;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The decision at one design from its replications' indicator values: Student-t one-sided bounds
 * {@code mean ± t(1-α', n-1)·s/√n}; the lower bound at or above the target ⇒ {@link StepDecision#MEETS},
 * the upper bound below it ⇒ {@link StepDecision#FAILS}, else undecided. Because a design is looked at
 * after each batch, {@code α' = (1 - confidence) / looks} (Bonferroni over the looks a design may get), so
 * each design's final decision is wrong with probability at most {@code 1 - confidence} whatever look
 * it is made at.
 *
 * @param target     the indicator's target
 * @param confidence the one-sided confidence of a decision, in (0.5, 1)
 * @param looks      the most times one design is tested (cap / batch, rounded up); at least 1
 */
public record OneSidedTest(double target, double confidence, int looks) {
  public OneSidedTest {
    if (!(confidence > 0.5 && confidence < 1) || looks < 1 || !Double.isFinite(target)) {
      throw new IllegalArgumentException("a confidence in (0.5, 1), a finite target and at least one look");
    }
  }

  /** The estimate after {@code n = values.length} replications; fewer than 2 values decide nothing. */
  public Estimate estimate(double[] values) {
    int n = values.length;
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    if (n < 2) {
      return new Estimate(n, mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, StepDecision.UNDECIDED);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double halfWidth = perLookQuantile(n - 1) * Math.sqrt(squares / (n - 1) / n);
    double lower = mean - halfWidth;
    double upper = mean + halfWidth;
    StepDecision d = lower >= target ? StepDecision.MEETS : upper < target ? StepDecision.FAILS : StepDecision.UNDECIDED;
    return new Estimate(n, mean, lower, upper, d);
  }

  /** The t quantile of one look: {@code 1 - (1 - confidence) / looks}. */
  double perLookQuantile(int degreesOfFreedom) {
    // No random generator: only the inverse distribution function is used (a null generator seeds nothing).
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - confidence) / looks);
  }

  /**
   * One design's estimate.
   *
   * @param replications the values it rests on
   * @param mean         their mean
   * @param lower        the one-sided lower bound (−∞ with fewer than 2 values)
   * @param upper        the one-sided upper bound (+∞ with fewer than 2 values)
   * @param decision     what the bounds say about the target
   */
  public record Estimate(int replications, double mean, double lower, double upper, StepDecision decision) {}
}
