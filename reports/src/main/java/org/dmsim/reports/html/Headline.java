package org.dmsim.reports.html;

import java.util.List;

/**
 * An indicator the report answers with first: its name in {@code kpis.csv}, how it reads in a sentence,
 * which direction is better, and how its levels and differences are printed.
 *
 * @param indicator      the column of {@code kpis.csv}
 * @param label          the indicator in a sentence, e.g. {@code on-time fill rate}
 * @param higherIsBetter whether a larger value is the better design
 * @param scale          the factor from the file's unit to the printed one (100 for a share as %)
 * @param levelUnit      the printed unit of a level, e.g. {@code %}
 * @param differenceUnit the printed unit of a difference, e.g. {@code percentage points}
 */
record Headline(String indicator, String label, boolean higherIsBetter, double scale, String levelUnit,
    String differenceUnit) {
  /** The two questions the report answers first. */
  static final List<Headline> ALL = List.of(
      new Headline("on_time_fill_rate", "on-time fill rate", true, 100, " %", " percentage points"),
      new Headline("cost_per_delivered_unit_eur", "cost per delivered unit", false, 1, " EUR", " EUR"));

  /** A level in the printed unit: {@code 97.5 %}. */
  String level(double v) {
    return Figures.significant(v * scale, 4) + levelUnit;
  }

  /** A difference in the printed unit: {@code 1.23 percentage points}. */
  String difference(double v) {
    return Figures.significant(v * scale, 3) + differenceUnit;
  }
}
