package org.dmsim.reports.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.model.stats.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The indicator comparison of one case, as two charts with one panel per indicator side by side (each
 * panel has its own axis and unit):
 * <ul>
 *   <li>{@link #estimates}: one row per variant, a dot at the mean over replications and whiskers over
 *       its confidence interval;</li>
 *   <li>{@link #differences}: one row per later variant, the paired difference {@code variant − baseline}
 *       with its interval and a line at zero (always in range); where the interval excludes zero the dot is filled and
 *       labelled {@value #EXCLUDES_ZERO}, otherwise it is hollow.</li>
 * </ul>
 * The legend lists the variants drawn. The datasets hold the mean as the value and the half-width as the "standard deviation" JFreeChart's
 * statistical renderer draws whiskers with (so the whiskers span exactly the interval); a half-width
 * that is undefined (one replication) draws no whisker.
 */
public final class IndicatorComparisonChart {
  /** The share of a difference panel's range left free on each side, for the marks' labels. */
  static final double LABEL_MARGIN = 0.45;

  /** The label of a difference whose interval lies wholly on one side of zero. */
  public static final String EXCLUDES_ZERO = "excludes 0";

  private IndicatorComparisonChart() {}

  /** Each variant's interval of each indicator. */
  public static JFreeChart estimates(IndicatorComparison comparison, VariantPalette palette) {
    List<CategoryPlot> panels = new ArrayList<>();
    for (IndicatorComparison.Indicator k : comparison.indicators()) {
      DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
      for (VariantInterval e : k.estimates()) {
        add(dataset, e.interval(), e.variant(), e.variant());
      }
      panels.add(panel(k.name(), dataset, palette, List.of()));
    }
    String level = level(comparison.indicators().stream().flatMap(k -> k.estimates().stream()).toList());
    return chart("Indicators — " + comparison.caseName(), "Dot: mean over replications; whiskers: " + level
        + " confidence interval", "Variant", panels, palette);
  }

  /** Each later variant's paired difference against the baseline, marked where it excludes zero. */
  public static JFreeChart differences(IndicatorComparison comparison, VariantPalette palette) {
    List<CategoryPlot> panels = new ArrayList<>();
    for (IndicatorComparison.Indicator k : comparison.indicators()) {
      DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
      List<CategoryTextAnnotation> marks = new ArrayList<>();
      for (VariantInterval d : k.differences()) {
        String row = differenceLabel(d.variant(), comparison.baselineVariant());
        add(dataset, d.interval(), d.variant(), row);
        if (d.excludesZero()) {
          CategoryTextAnnotation mark = new CategoryTextAnnotation(EXCLUDES_ZERO, row, d.interval().mean());
          mark.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
          mark.setTextAnchor(TextAnchor.BOTTOM_CENTER);
          marks.add(mark);
        }
      }
      CategoryPlot panel = panel(k.name(), dataset, palette, marks);
      panel.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, ChartStyle.line(2f)));
      NumberAxis axis = (NumberAxis) panel.getRangeAxis();
      axis.setAutoRangeIncludesZero(true);
      // Room on both sides for the centred "excludes 0" label of a difference at the edge of the range.
      axis.setLowerMargin(LABEL_MARGIN);
      axis.setUpperMargin(LABEL_MARGIN);
      ((SignificanceRenderer) panel.getRenderer()).filled = k.differences().stream()
          .map(VariantInterval::excludesZero).toList();
      panels.add(panel);
    }
    String level = level(comparison.indicators().stream().flatMap(k -> k.differences().stream()).toList());
    return chart("Paired differences against " + comparison.baselineVariant() + " — " + comparison.caseName(),
        "Dot: mean of variant − " + comparison.baselineVariant() + " over the same replications; whiskers: " + level
            + " confidence interval; filled and '" + EXCLUDES_ZERO + "': the interval does not contain 0",
        "Difference", panels, palette);
  }

  /** The row label of a difference, e.g. {@code distributed − centralized}. */
  public static String differenceLabel(String variant, String baseline) {
    return variant + " − " + baseline;
  }

  private static void add(DefaultStatisticalCategoryDataset dataset, Interval i, String series, String row) {
    Number halfWidth = Double.isNaN(i.halfWidth()) ? null : Double.valueOf(i.halfWidth());
    dataset.add(Double.valueOf(i.mean()), halfWidth, series, row);
  }

  private static CategoryPlot panel(String indicator, DefaultStatisticalCategoryDataset dataset, VariantPalette palette,
      List<CategoryTextAnnotation> marks) {
    NumberAxis axis = new NumberAxis(IndicatorLabels.axisLabel(indicator));
    axis.setAutoRangeIncludesZero(false);
    // Left to itself, an axis over equal values (lost sales of 0 in every replication) spans ±5e-9 and
    // labels its ticks "-0 -0 0 0": give it a readable minimum span instead.
    axis.setAutoRangeMinimumSize(minimumSpan(dataset));
    SignificanceRenderer renderer = new SignificanceRenderer();
    CategoryPlot panel = new CategoryPlot(dataset, null, axis, renderer);
    panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    marks.forEach(panel::addAnnotation);
    return panel;
  }

  /** A fifth of the largest magnitude in {@code dataset} (means and interval ends), or 1 when all are 0. */
  static double minimumSpan(DefaultStatisticalCategoryDataset dataset) {
    double largest = 0;
    for (int r = 0; r < dataset.getRowCount(); r++) {
      for (int c = 0; c < dataset.getColumnCount(); c++) {
        Number mean = dataset.getMeanValue(r, c);
        Number half = dataset.getStdDevValue(r, c);
        double m = mean == null || Double.isNaN(mean.doubleValue()) ? 0 : mean.doubleValue();
        double h = half == null || Double.isNaN(half.doubleValue()) ? 0 : half.doubleValue();
        largest = Math.max(largest, Math.abs(m) + Math.abs(h));
      }
    }
    return largest > 0 ? largest / 5 : 1;
  }

  private static JFreeChart chart(String title, String subtitle, String rowsLabel, List<CategoryPlot> panels,
      VariantPalette palette) {
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("an indicator comparison needs at least one indicator");
    }
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(rowsLabel));
    plot.setGap(24);
    panels.forEach(p -> plot.add(p, 1));
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, plot);
    chart.addSubtitle(new TextTitle(subtitle));
    ChartStyle.apply(chart);
    LegendItemCollection legend = new LegendItemCollection();
    for (String v : palette.variants()) {
      if (panels.stream().noneMatch(p -> p.getDataset().getRowKeys().contains(v))) {
        continue;
      }
      legend.add(new LegendItem(v, v, null, null, dot(), palette.colour(v)));
    }
    plot.setFixedLegendItems(legend);
    for (CategoryPlot p : panels) {
      ChartStyle.rootLocale(p.getRangeAxis());
      SignificanceRenderer r = (SignificanceRenderer) p.getRenderer();
      r.setErrorIndicatorStroke(ChartStyle.line(3f));
      for (int s = 0; s < p.getDataset().getRowCount(); s++) {
        r.setSeriesPaint(s, palette.colour((String) p.getDataset().getRowKey(s)));
        r.setSeriesShape(s, dot());
        r.setSeriesStroke(s, ChartStyle.line(2.5f));
      }
    }
    return chart;
  }

  private static Shape dot() {
    return new Ellipse2D.Double(-8, -8, 16, 16);
  }

  private static String level(List<VariantInterval> intervals) {
    double c = intervals.isEmpty() ? Interval.DEFAULT_CONFIDENCE : intervals.get(0).interval().confidence();
    return Math.round(c * 100) + " %";
  }

  /**
   * Dots with whiskers, no lines; a dot is hollow when {@link #filled} says so for its series (one
   * entry per series: in the differences chart a series has exactly one item).
   */
  private static final class SignificanceRenderer extends StatisticalLineAndShapeRenderer {
    private List<Boolean> filled = List.of();

    SignificanceRenderer() {
      super(false, true);
    }

    @Override
    public boolean getItemShapeFilled(int series, int item) {
      return series >= filled.size() || filled.get(series);
    }
  }
}
