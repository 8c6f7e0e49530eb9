package org.dmsim.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.result.ExperimentStats;
import org.dmsim.model.stats.Interval;

/**
 * What the indicator-comparison charts of one case show, as {@code summary.json} holds it: per indicator
 * each variant's interval, and the paired difference of each later variant against the baseline (the
 * first variant).
 *
 * @param caseName        the case
 * @param baselineVariant the variant differences are taken against
 * @param indicators      the indicators in the order they are drawn
 */
public record IndicatorComparison(String caseName, String baselineVariant, List<Indicator> indicators) {
  public IndicatorComparison {
    Objects.requireNonNull(caseName, "caseName");
    Objects.requireNonNull(baselineVariant, "baselineVariant");
    indicators = List.copyOf(indicators);
  }

  /**
   * One indicator.
   *
   * @param name        the indicator's name with its unit suffix, e.g. {@code lead_time_p95_h}
   * @param estimates   each variant's interval, in variant order
   * @param differences each later variant's paired difference {@code variant − baseline}
   */
  public record Indicator(String name, List<VariantInterval> estimates, List<VariantInterval> differences) {
    public Indicator {
      Objects.requireNonNull(name, "name");
      estimates = List.copyOf(estimates);
      differences = List.copyOf(differences);
    }
  }

  /**
   * The comparison of {@code indicators} under {@code caseName} from an experiment's statistics;
   * {@code variants.get(0)} is the baseline. An undefined interval (no defined value) is left out.
   */
  public static IndicatorComparison of(ExperimentStats stats, String caseName, List<String> variants,
      List<String> indicators) {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("an indicator comparison needs at least one variant");
    }
    String baseline = variants.get(0);
    List<Indicator> out = new ArrayList<>();
    for (String k : indicators) {
      List<VariantInterval> estimates = new ArrayList<>();
      List<VariantInterval> differences = new ArrayList<>();
      for (String v : variants) {
        Interval i = stats.interval(caseName, v, k);
        if (i != null) {
          estimates.add(new VariantInterval(v, i));
        }
        Interval d = v.equals(baseline) ? null : stats.difference(caseName, k, v, baseline);
        if (d != null) {
          differences.add(new VariantInterval(v, d));
        }
      }
      out.add(new Indicator(k, estimates, differences));
    }
    return new IndicatorComparison(caseName, baseline, out);
  }
}
