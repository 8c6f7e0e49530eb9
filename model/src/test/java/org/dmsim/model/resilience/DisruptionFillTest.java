package org.dmsim.model.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fill during and after disruptions on hand-made daily series whose answers are worked out by hand. */
class DisruptionFillTest {
  private static final long DAY = 86_400_000L;

  private static PerformanceCurve curve(double[] due, double[] onTime) {
    return PerformanceCurve.of(due, onTime);
  }

  private static double[] constant(int days, double v) {
    double[] a = new double[days];
    Arrays.fill(a, v);
    return a;
  }

  /**
   * 20 days, 100 due a day. An outage from day 5 at noon to day 8 at noon is active on days 5, 6, 7, 8
   * (4 days); its recovery period is days 9–12. On-time: 40 on days 5–8 → 160 / 400 = 0.4; 80 on days
   * 9–12 → 320 / 400 = 0.8. Day 13 on (served in full) is in neither.
   */
  @Test
  void of_oneOutage_sharesOverActiveAndRecoveryDays() {
    double[] onTime = constant(20, 100);
    Arrays.fill(onTime, 5, 9, 40);
    Arrays.fill(onTime, 9, 13, 80);
    DisruptionFill f = DisruptionFill.of(curve(constant(20, 100), onTime),
        List.of(new DisruptionFill.Window(5 * DAY + DAY / 2, 8 * DAY + DAY / 2)), DAY, 0);

    assertThat(f.during()).isCloseTo(0.4, within(1e-12));
    assertThat(f.after()).isCloseTo(0.8, within(1e-12));
  }

  /**
   * Weighted by units, not by days: day 2 has 10 due (0 on time), day 3 has 90 due (90 on time) →
   * 90 / 100 = 0.9, not the mean of daily ratios 0.5.
   */
  @Test
  void of_daysWeighByUnitsDue() {
    double[] due = constant(10, 50);
    double[] onTime = constant(10, 50);
    due[2] = 10;
    onTime[2] = 0;
    due[3] = 90;
    onTime[3] = 90;
    DisruptionFill f = DisruptionFill.of(curve(due, onTime), List.of(new DisruptionFill.Window(2 * DAY, 4 * DAY)),
        DAY, 0);

    assertThat(f.during()).isCloseTo(0.9, within(1e-12));
  }

  /**
   * Two outages: days 2–3 and days 5–9. The first's recovery period would be days 4–5 but ends where
   * the second starts (day 5): day 4 only. The second's recovery is days 10–14. A third window inside the
   * second adds no day twice. On-time per day is the day number out of 20 due.
   */
  @Test
  void of_recoveryEndsAtTheNextDisruption_andOverlapsCountOnce() {
    double[] due = constant(20, 20);
    double[] onTime = new double[20];
    for (int d = 0; d < 20; d++) {
      onTime[d] = d;
    }
    DisruptionFill f = DisruptionFill.of(curve(due, onTime), List.of(new DisruptionFill.Window(5 * DAY, 10 * DAY),
        new DisruptionFill.Window(2 * DAY, 4 * DAY), new DisruptionFill.Window(6 * DAY, 7 * DAY)), DAY, 0);

    // During: days 2, 3, 5, 6, 7, 8, 9 → (2+3+5+6+7+8+9) / (7 × 20) = 40 / 140.
    assertThat(f.during()).isCloseTo(40.0 / 140, within(1e-12));
    // After: day 4 and days 10–14 → (4+10+11+12+13+14) / (6 × 20) = 64 / 120.
    assertThat(f.after()).isCloseTo(64.0 / 120, within(1e-12));
  }

  /** A one-off event (end = start) is active on its day; days before the first counted day are left out. */
  @Test
  void of_oneOffEventAndWarmup() {
    double[] onTime = constant(10, 10);
    onTime[3] = 4;
    onTime[4] = 7;
    DisruptionFill f = DisruptionFill.of(curve(constant(10, 10), onTime),
        List.of(new DisruptionFill.Window(3 * DAY + 5, 3 * DAY + 5)), DAY, 0);
    assertThat(f.during()).isCloseTo(0.4, within(1e-12));
    assertThat(f.after()).isCloseTo(0.7, within(1e-12));

    DisruptionFill inWarmup = DisruptionFill.of(curve(constant(10, 10), onTime),
        List.of(new DisruptionFill.Window(3 * DAY + 5, 3 * DAY + 5)), DAY, 4);
    assertThat(inWarmup.during()).as("day 3 is in the warm-up").isNaN();
    assertThat(inWarmup.after()).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void of_noDisruptionOrNothingDue_isNaN() {
    DisruptionFill none = DisruptionFill.of(curve(constant(10, 10), constant(10, 10)), List.of(), DAY, 0);
    assertThat(none.during()).isNaN();
    assertThat(none.after()).isNaN();

    DisruptionFill nothingDue = DisruptionFill.of(curve(constant(10, 0), constant(10, 0)),
        List.of(new DisruptionFill.Window(2 * DAY, 4 * DAY)), DAY, 0);
    assertThat(nothingDue.during()).isNaN();
    assertThat(nothingDue.after()).isNaN();
  }

  @Test
  void of_windowPastTheCurve_countsOnlyItsDaysInside() {
    double[] onTime = constant(10, 10);
    onTime[9] = 5;
    DisruptionFill f = DisruptionFill.of(curve(constant(10, 10), onTime),
        List.of(new DisruptionFill.Window(9 * DAY, 30 * DAY)), DAY, 0);
    assertThat(f.during()).isCloseTo(0.5, within(1e-12));
    assertThat(f.after()).isNaN();
  }

  @Test
  void window_endBeforeStart_isRejected() {
    assertThatThrownBy(() -> new DisruptionFill.Window(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
