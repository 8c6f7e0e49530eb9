package org.dmsim.model.mfg.kpi;

import java.util.Map;

/** A few related headline indicators of a run, each under its name with its unit. */
interface IndicatorGroup {
  /** Adds its indicators to {@code values}, in print order. */
  void putInto(Map<String, Double> values);

  /** {@code a / b}, NaN when {@code b} is 0. */
  static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }
}
