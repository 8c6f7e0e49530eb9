package org.dmsim.reports.chart;

import java.util.List;
import java.util.Map;

/**
 * Axis labels for indicators, read from their names: every dmsim indicator carries its unit as a suffix
 * ({@code lead_time_p95_h}, {@code total_cost_eur}, {@code loss_unit_days}), so the label is the name in
 * words with the unit in brackets, e.g. {@code lead time p95 (h)}. Shares (rates, fill rates,
 * utilization) are marked {@code (share, 0–1)}; a name without a known unit keeps no bracket.
 */
public final class IndicatorLabels {
  /** Unit suffixes, longest first so that {@code _unit_days} wins over {@code _days}. */
  private static final List<Map.Entry<String, String>> SUFFIXES = List.of(Map.entry("_unit_days", "unit·days"),
      Map.entry("_units", "units"), Map.entry("_eur", "EUR"), Map.entry("_kg", "kg"), Map.entry("_h", "h"),
      Map.entry("_d", "d"));
  private static final List<String> SHARES = List.of("_rate", "_share", "utilization", "otif", "max_drop",
      "fill_during_disruption", "fill_after_disruption");

  private IndicatorLabels() {}

  /** The axis label of {@code indicator}. */
  public static String axisLabel(String indicator) {
    for (Map.Entry<String, String> s : SUFFIXES) {
      if (indicator.endsWith(s.getKey()) && indicator.length() > s.getKey().length()) {
        return words(indicator.substring(0, indicator.length() - s.getKey().length())) + " (" + s.getValue() + ")";
      }
    }
    for (String s : SHARES) {
      if (indicator.endsWith(s)) {
        return words(indicator) + " (share, 0–1)";
      }
    }
    return words(indicator);
  }

  private static String words(String name) {
    return name.replace('_', ' ').replace("co2e", "CO2e");
  }
}
