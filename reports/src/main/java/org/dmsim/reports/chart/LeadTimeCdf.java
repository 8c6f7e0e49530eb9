package org.dmsim.reports.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One variant's lead-time distribution in one case as a step function, as {@code leadtimes.csv} holds
 * it: {@code share[i]} of the orders delivered (pooled over replications) had a lead time below
 * {@code upperHours[i]}. Only the cell bounds where the share rises are kept; the last share is 1.
 *
 * @param variant    the variant
 * @param upperHours cell upper bounds, hours, increasing
 * @param share      cumulative share of orders, from 0 to 1, not decreasing; as long as upperHours
 */
public record LeadTimeCdf(String variant, double[] upperHours, double[] share) {
  public LeadTimeCdf {
    Objects.requireNonNull(variant, "variant");
    upperHours = upperHours.clone();
    share = share.clone();
    if (upperHours.length != share.length) {
      throw new IllegalArgumentException("lead-time distribution of " + variant + ": " + upperHours.length
          + " bounds but " + share.length + " shares");
    }
    for (int i = 0; i < share.length; i++) {
      if (!(share[i] >= 0 && share[i] <= 1) || (i > 0 && (share[i] < share[i - 1]
          || !(upperHours[i] > upperHours[i - 1])))) {
        throw new IllegalArgumentException("lead-time distribution of " + variant + ": row " + i
            + " must have an increasing bound and a share from 0 to 1 that does not decrease");
      }
    }
  }

  /**
   * The distribution of histogram {@code orders} (orders per cell of {@code cellHours}, cell i being
   * [i, i+1) cells), keeping only the cells that hold orders; empty without orders.
   */
  public static LeadTimeCdf ofHistogram(String variant, double[] orders, double cellHours) {
    double total = Arrays.stream(orders).sum();
    if (!(total > 0)) {
      return new LeadTimeCdf(variant, new double[0], new double[0]);
    }
    int n = (int) Arrays.stream(orders).filter(c -> c > 0).count();
    double[] upper = new double[n];
    double[] share = new double[n];
    double cumulative = 0;
    int k = 0;
    for (int i = 0; i < orders.length; i++) {
      if (orders[i] > 0) {
        cumulative += orders[i];
        upper[k] = (i + 1) * cellHours;
        share[k] = k == n - 1 ? 1 : Math.min(1, cumulative / total);
        k++;
      }
    }
    return new LeadTimeCdf(variant, upper, share);
  }

  /** A copy of the bounds. */
  @Override
  public double[] upperHours() {
    return upperHours.clone();
  }

  /** A copy of the shares. */
  @Override
  public double[] share() {
    return share.clone();
  }

  /** Whether no order was delivered. */
  public boolean isEmpty() {
    return share.length == 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeadTimeCdf c && variant.equals(c.variant) && Arrays.equals(upperHours, c.upperHours)
        && Arrays.equals(share, c.share);
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, Arrays.hashCode(upperHours), Arrays.hashCode(share));
  }

  @Override
  public String toString() {
    return "LeadTimeCdf[" + variant + ", " + share.length + " steps]";
  }
}
