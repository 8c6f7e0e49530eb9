package org.dmsim.model.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.util.FastMath;

/**
 * The on-time share of units due while disruptions are active, and in the recovery period after each,
 * from a run's daily performance curve (definitions in {@code docs/metrics.md}, "Fill during and after
 * disruptions"). A planner's question — "does fill stay above 95 % during the outage?" — read directly
 * rather than from the run's mean.
 *
 * <ul>
 *   <li>A disruption is <em>active</em> on day d when [d, d+1) overlaps [start, end); a one-off event
 *       (end = start) is active on its start day.</li>
 *   <li>Its <em>recovery period</em> is the days right after its active days, as many as it was active,
 *       ending earlier on the start day of the next disruption that starts after them.</li>
 *   <li>{@code during} = Σ S[d] / Σ D[d] over the days on which any disruption is active;
 *       {@code after} = the same over the recovery days on which none is active. Days before
 *       {@code firstDay} (a warm-up) and past the curve count in neither.</li>
 * </ul>
 * Both are fractions from 0 to 1, NaN when there is no disruption or no unit fell due on those days.
 *
 * @param during the on-time share of units due on active days, or NaN
 * @param after  the on-time share of units due in the recovery periods, or NaN
 */
public record DisruptionFill(double during, double after) {

  /**
   * When one disruption acts, in milliseconds of simulated time from the start of the run.
   *
   * @param startMs the start, zero or positive
   * @param endMs   the end, at least {@code startMs} (equal for a one-off event)
   */
  public record Window(long startMs, long endMs) {
    public Window {
      if (startMs < 0 || endMs < startMs) {
        throw new IllegalArgumentException("a window needs 0 <= start <= end, got " + startMs + " to " + endMs);
      }
    }
  }

  /**
   * The fill during and after {@code windows} on {@code curve}.
   *
   * @param dayMs    the length of a day of the curve, ms
   * @param firstDay the first day counted (the end of the warm-up), from 0
   */
  public static DisruptionFill of(PerformanceCurve curve, List<Window> windows, long dayMs, int firstDay) {
    if (dayMs <= 0 || firstDay < 0) {
      throw new IllegalArgumentException("day length must be positive and first day not negative");
    }
    int days = curve.days();
    boolean[] active = new boolean[days];
    boolean[] recovering = new boolean[days];
    List<Window> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(Window::startMs).thenComparingLong(Window::endMs));
    for (int i = 0; i < sorted.size(); i++) {
      Window w = sorted.get(i);
      long first = w.startMs() / dayMs;
      long end = w.endMs() == w.startMs() ? first + 1 : ceilDiv(w.endMs(), dayMs);
      mark(active, first, end);
      long recoveryEnd = end + (end - first);
      for (int j = i + 1; j < sorted.size(); j++) {
        long nextStart = sorted.get(j).startMs() / dayMs;
        if (nextStart >= end) {
          recoveryEnd = FastMath.min(recoveryEnd, nextStart);
          break;
        }
      }
      mark(recovering, end, recoveryEnd);
    }
    double dueDuring = 0;
    double onTimeDuring = 0;
    double dueAfter = 0;
    double onTimeAfter = 0;
    for (int d = firstDay; d < days; d++) {
      if (active[d]) {
        dueDuring += curve.demandUnits(d);
        onTimeDuring += curve.servedOnTimeUnits(d);
      } else if (recovering[d]) {
        dueAfter += curve.demandUnits(d);
        onTimeAfter += curve.servedOnTimeUnits(d);
      }
    }
    return new DisruptionFill(share(onTimeDuring, dueDuring), share(onTimeAfter, dueAfter));
  }

  private static void mark(boolean[] days, long from, long to) {
    for (long d = FastMath.max(0, from); d < FastMath.min(days.length, to); d++) {
      days[(int) d] = true;
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private static double share(double onTime, double due) {
    return due > 0 ? onTime / due : Double.NaN;
  }
}
