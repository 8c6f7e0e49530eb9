package org.dmsim.reports.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.time.SimTime;

/**
 * A disruption as a chart shades it: its type and target as written in {@code disruptions.csv} (the
 * target resolved, e.g. the node {@code @largest} stood for) and its window in days from the start of
 * the run. A one-off disruption (destroyed stock) has {@code endDay == startDay} and is drawn as a line.
 *
 * @param type     the scenario-file type, e.g. {@code node-outage}
 * @param target   what it hit: a node, a lane, a region, {@code platform}
 * @param startDay start, days of simulated time, finite and not negative
 * @param endDay   end, days, not before the start
 */
public record DisruptionWindow(String type, String target, double startDay, double endDay) {
  private static final Comparator<DisruptionWindow> ORDER = Comparator.comparingDouble(DisruptionWindow::startDay)
      .thenComparingDouble(DisruptionWindow::endDay).thenComparing(DisruptionWindow::type)
      .thenComparing(DisruptionWindow::target);

  public DisruptionWindow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(target, "target");
    if (!(startDay >= 0) || Double.isInfinite(startDay) || !(endDay >= startDay) || Double.isInfinite(endDay)) {
      throw new IllegalArgumentException("disruption " + type + " " + target + ": expected 0 <= start <= end (days), got "
          + startDay + " to " + endDay);
    }
  }

  /** The window of a model disruption. */
  public static DisruptionWindow of(Disruption d) {
    return new DisruptionWindow(d.type(), d.target(), (double) d.startMs() / SimTime.DAY_MS,
        (double) d.endMs() / SimTime.DAY_MS);
  }

  /** The label on the chart: type and target. */
  public String label() {
    return type + ": " + target;
  }

  /**
   * {@code windows} without repeats, by start, end, type and target: the disruptions of every
   * replication, each window shaded once.
   */
  public static List<DisruptionWindow> distinct(List<DisruptionWindow> windows) {
    return windows.stream().distinct().sorted(ORDER).toList();
  }
}
