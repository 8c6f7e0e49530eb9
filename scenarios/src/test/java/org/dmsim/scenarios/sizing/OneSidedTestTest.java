package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link OneSidedTest}: Student-t one-sided bounds and the Bonferroni share per look. */
class OneSidedTestTest {
  @Test
  void estimate_fourValues_usesTheOneSidedTQuantile() {
    // mean 0.96, s = 0.00816497, t(0.95, 3) = 2.353363: half-width 2.353363 * 0.00816497 / 2 = 0.0096076
    OneSidedTest.Estimate e = new OneSidedTest(0.95, 0.95, 1).estimate(new double[] {0.95, 0.96, 0.97, 0.96});
    assertEquals(0.96, e.mean(), 1e-12);
    assertEquals(0.96 - 0.0096076, e.lower(), 1e-6);
    assertEquals(0.96 + 0.0096076, e.upper(), 1e-6);
    assertEquals(StepDecision.MEETS, e.decision(), "lower bound 0.9504 >= 0.95");
  }

  @Test
  void estimate_moreLooks_widensTheBounds() {
    double[] values = {0.97, 0.98, 0.99, 0.98};
    OneSidedTest.Estimate one = new OneSidedTest(0.95, 0.95, 1).estimate(values);
    OneSidedTest.Estimate five = new OneSidedTest(0.95, 0.95, 5).estimate(values);
    assertTrue(five.lower() < one.lower());
    assertEquals(StepDecision.MEETS, one.decision());
  }

  @Test
  void estimate_clearlyBelow_fails_andOneValue_decidesNothing() {
    assertEquals(StepDecision.FAILS, new OneSidedTest(0.95, 0.95, 3).estimate(new double[] {0.5, 0.6, 0.55}).decision());
    assertEquals(StepDecision.UNDECIDED, new OneSidedTest(0.95, 0.95, 1).estimate(new double[] {0.1}).decision());
  }
}
