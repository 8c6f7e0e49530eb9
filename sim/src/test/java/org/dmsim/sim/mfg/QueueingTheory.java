package org.dmsim.sim.mfg;

/** Closed-form results of queueing theory that the validation tests compare the simulation with. */
final class QueueingTheory {
  private QueueingTheory() {}

  /**
   * Erlang's C formula: the probability that an arrival at an M/M/c queue with offered load
   * {@code a = λ/μ} (in Erlangs, below {@code c}) has to wait,
   * C(c, a) = (a^c/c!)·c/(c − a) / (Σ_{k<c} a^k/k! + (a^c/c!)·c/(c − a)).
   * The terms are built up one factor at a time, so nothing overflows for the small c of tests.
   */
  static double erlangC(int c, double a) {
    if (c < 1 || !(a > 0) || !(a < c)) {
      throw new IllegalArgumentException("need c >= 1 and 0 < a < c, was c = " + c + ", a = " + a);
    }
    double term = 1;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    double waitTerm = term * c / (c - a);
    return waitTerm / (sum + waitTerm);
  }

  /** Mean number waiting in an M/M/c queue: Lq = C(c, a)·ρ/(1 − ρ) with ρ = a/c. */
  static double mmcQueueLength(int c, double a) {
    double rho = a / c;
    return erlangC(c, a) * rho / (1 - rho);
  }

  /** Mean number in an M/M/c system (waiting plus in service): L = Lq + a. */
  static double mmcNumberInSystem(int c, double a) {
    return mmcQueueLength(c, a) + a;
  }
}
