package org.dmsim.reports.chart;

/**
 * The layout size of a chart, px: the size its text and lines are laid out for, the SVG's {@code width}
 * and {@code height}, and the PNG's pixel size at scale 1.
 *
 * @param widthPx  width, px, positive
 * @param heightPx height, px, positive
 */
public record ChartSize(int widthPx, int heightPx) {
  /** A 16:9 slide, the size {@link ChartStyle}'s fonts are chosen for. */
  public static final ChartSize SLIDE = new ChartSize(1600, 900);

  public ChartSize {
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("a chart size must be positive, got " + widthPx + " x " + heightPx + " px");
    }
  }
}
