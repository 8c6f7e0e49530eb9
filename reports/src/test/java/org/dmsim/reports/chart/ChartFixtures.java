package org.dmsim.reports.chart;

import java.util.List;
import org.dmsim.model.stats.Interval;
import org.dmsim.reports.csv.StressCsv;

/** Small hand-made inputs shared by the chart tests. */
final class ChartFixtures {
  static final VariantPalette PALETTE = new VariantPalette(List.of("centralized", "distributed"));

  private ChartFixtures() {}

  /** Three replications of three days per variant; day 2 of the first two replications is undefined. */
  static List<ReplicatedDaily> curves() {
    return List.of(
        new ReplicatedDaily("centralized", List.of(new double[] {1, 0.5, Double.NaN}, new double[] {1, 0.7, Double.NaN},
            new double[] {1, 0.9, 0.8})),
        new ReplicatedDaily("distributed", List.of(new double[] {1, 0.9, 1}, new double[] {1, 0.9, 1},
            new double[] {1, 0.9, 1})));
  }

  /** A node outage seen in two replications, a lane closure and a one-off stock loss. */
  static List<DisruptionWindow> disruptions() {
    return List.of(new DisruptionWindow("node-outage", "plant-a", 1, 2.5),
        new DisruptionWindow("stock-destroyed", "dc-b", 0.25, 0.25),
        new DisruptionWindow("node-outage", "plant-a", 1, 2.5));
  }

  static Interval interval(double mean, double halfWidth) {
    return new Interval(mean, halfWidth, halfWidth, mean - halfWidth, mean + halfWidth, 5, 0.95);
  }

  static IndicatorComparison comparison() {
    return new IndicatorComparison("plant-outage", "centralized", List.of(
        new IndicatorComparison.Indicator("on_time_fill_rate",
            List.of(new VariantInterval("centralized", interval(0.8, 0.05)),
                new VariantInterval("distributed", interval(0.95, 0.01))),
            List.of(new VariantInterval("distributed", interval(0.15, 0.04)))),
        new IndicatorComparison.Indicator("lead_time_p95_h",
            List.of(new VariantInterval("centralized", interval(40, 3)),
                new VariantInterval("distributed", interval(41, 2))),
            List.of(new VariantInterval("distributed", interval(1, 2))))));
  }

  static List<StressCsv.Row> stress() {
    return List.of(new StressCsv.Row("plant-a", "plant", interval(3, 1), 0, interval(500, 50), interval(20, 2),
            interval(0.7, 0.05)),
        new StressCsv.Row("dc-b", "distribution-centre", interval(14, 0), 3, interval(10, 4), interval(0, 0),
            interval(0.99, 0.01)),
        new StressCsv.Row("mf-c", "microfactory", null, 0, null, null, null));
  }

  /** A network of every kind: a plant in Kassel (40 machines), two microfactories (4 and 9), a DC, a supplier, two regions. */
  static org.dmsim.reports.network.NetworkGeometry network() {
    return new org.dmsim.reports.network.NetworkGeometry("centralized", List.of(
        new org.dmsim.reports.network.NetworkGeometry.Node("plant-kassel", "plant", 51.31, 9.5, 40),
        new org.dmsim.reports.network.NetworkGeometry.Node("mf-lyon", "microfactory", 45.76, 4.84, 4),
        new org.dmsim.reports.network.NetworkGeometry.Node("mf-milan", "microfactory", 45.46, 9.19, 9),
        new org.dmsim.reports.network.NetworkGeometry.Node("dc-roissy", "distribution-centre", 49.0, 2.55, 0),
        new org.dmsim.reports.network.NetworkGeometry.Node("sup-essen", "supplier", 51.45, 7.01, 0),
        new org.dmsim.reports.network.NetworkGeometry.Node("region-paris", "region", 48.86, 2.35, 0),
        new org.dmsim.reports.network.NetworkGeometry.Node("region-madrid", "region", 40.42, -3.7, 0)), List.of(
        new org.dmsim.reports.network.NetworkGeometry.Lane("plant-kassel", "dc-roissy", 30),
        new org.dmsim.reports.network.NetworkGeometry.Lane("dc-roissy", "region-paris", 30),
        new org.dmsim.reports.network.NetworkGeometry.Lane("mf-lyon", "region-madrid", 10),
        new org.dmsim.reports.network.NetworkGeometry.Lane("sup-essen", "plant-kassel", 60)));
  }

  /** A flood around Kassel. */
  static List<DisruptedArea> areas() {
    return List.of(new DisruptedArea("regional-flood: kassel-flood", 51.31, 9.5, 150));
  }
}
