/**
 * Resilience measures of a run's daily performance around a disruption: the served-demand curve, its
 * pre-disruption baseline, the maximum drop, the time to recover and the loss area (formulas and sources
 * in {@code docs/metrics.md}). The rule: measures are pure functions of the daily curve, computed in day
 * order with {@code FastMath}, so the same curve gives the same bits on every JVM.
 */
package org.dmsim.model.resilience;
