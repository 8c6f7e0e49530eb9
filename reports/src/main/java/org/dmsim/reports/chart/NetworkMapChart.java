package org.dmsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.reports.network.NetworkGeometry;
import org.dmsim.reports.number.ShortestDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The map of one variant's network: nodes at their coordinates over a light base map of coastlines and
 * borders ({@link BaseMap}), sized by machines (a producer's marker area grows with its machines),
 * coloured by kind, lanes as lines whose width grows with their normal flow, disrupted nodes ringed in
 * red, and the circles of regional disasters and border closures drawn and labelled.
 *
 * <p>The projection is equirectangular about the network's mean latitude φ: the axes are longitude and
 * latitude in degrees, and their ranges are widened so that a degree of longitude is cos φ times as long
 * on the page as a degree of latitude (true shape near φ; across Europe the distortion is small).
 *
 * <p>Dataset 0 holds one series per node kind (x = lon, y = lat, in the geometry's node order); dataset 1
 * the disrupted nodes. Lanes, base map and circles are annotations behind them.
 */
public final class NetworkMapChart {
  /** The series key of the disrupted nodes in dataset 1. */
  public static final String DISRUPTED = "disrupted";
  /** The colour of disrupted nodes' rings and of disrupted areas. */
  public static final Color DISRUPTION = new Color(0xD7191C);
  /** The colour of lanes. */
  public static final Color LANE = new Color(0x44, 0x44, 0x44, 0x80);
  /** The size the report draws maps at. */
  public static final ChartSize SIZE = new ChartSize(1400, 1100);
  /** Title, subtitle, legend and axes, px: what {@link #SIZE} leaves to the plot area is roughly the rest. */
  private static final double PLOT_MARGIN_X = 130;
  private static final double PLOT_MARGIN_Y = 270;

  static final Color COAST = new Color(0x8C9AA8);
  static final Color BORDER = new Color(0xC4CBD3);
  static final Color SEA = new Color(0xF3F7FA);
  /** Colour per kind (Okabe–Ito hues, none of them the disruption red). */
  static final Map<String, Color> KIND_COLOURS = Map.of(
      NetworkGeometry.Node.PLANT, new Color(0x0072B2),
      NetworkGeometry.Node.MICROFACTORY, new Color(0x56B4E9),
      NetworkGeometry.Node.DISTRIBUTION_CENTRE, new Color(0x009E73),
      NetworkGeometry.Node.SUPPLIER, new Color(0xE69F00),
      NetworkGeometry.Node.REGION, new Color(0x6E6E6E));
  /** The colour of lanes from suppliers (components, not products). */
  public static final Color COMPONENT_LANE = new Color(0xE6, 0x9F, 0x00, 0x90);
  private static final double KM_PER_DEG_LAT = 111.2;
  private static final double MAX_LANE_PX = 9;
  private static final double MIN_LANE_PX = 0.6;

  private NetworkMapChart() {}

  /** The colour of nodes of {@code kind}. */
  public static Color colour(String kind) {
    return KIND_COLOURS.get(kind);
  }

  /**
   * The marker diameter of a node, px: producers 6 + 3·√machines (area about proportional to
   * capacity), distribution centres 14, suppliers 13, regions 11.
   */
  public static double diameterPx(NetworkGeometry.Node n) {
    return switch (n.kind()) {
      case NetworkGeometry.Node.PLANT, NetworkGeometry.Node.MICROFACTORY -> 6 + 3 * Math.sqrt(n.machines());
      case NetworkGeometry.Node.DISTRIBUTION_CENTRE -> 14;
      case NetworkGeometry.Node.SUPPLIER -> 13;
      default -> 11;
    };
  }

  /** The width of a lane carrying {@code units} a day when the busiest carries {@code maxUnits}, px. */
  public static double laneWidthPx(double units, double maxUnits) {
    return maxUnits <= 0 ? MIN_LANE_PX : MIN_LANE_PX + (MAX_LANE_PX - MIN_LANE_PX) * units / maxUnits;
  }

  /**
   * The map of {@code g}.
   *
   * @param title    the chart's title
   * @param g        the network
   * @param disrupted ids of the nodes a disruption took out (rings); ids not in {@code g} are ignored
   * @param areas    the circles of regional disasters and border closures
   */
  public static JFreeChart create(String title, NetworkGeometry g, Collection<String> disrupted,
      List<DisruptedArea> areas) {
    Set<String> hit = new TreeSet<>(disrupted);
    XYSeriesCollection nodes = new XYSeriesCollection();
    List<List<NetworkGeometry.Node>> bySeries = new ArrayList<>();
    for (String kind : NetworkGeometry.KINDS) {
      List<NetworkGeometry.Node> ofKind = g.nodes().stream().filter(n -> n.kind().equals(kind)).toList();
      if (!ofKind.isEmpty()) {
        XYSeries s = new XYSeries(kind, false, true);
        ofKind.forEach(n -> s.add(n.lon(), n.lat()));
        nodes.addSeries(s);
        bySeries.add(ofKind);
      }
    }
    XYSeriesCollection rings = new XYSeriesCollection();
    XYSeries ringSeries = new XYSeries(DISRUPTED, false, true);
    List<NetworkGeometry.Node> ringed = g.nodes().stream().filter(n -> hit.contains(n.id())).toList();
    ringed.forEach(n -> ringSeries.add(n.lon(), n.lat()));
    rings.addSeries(ringSeries);

    NodeRenderer nodeRenderer = new NodeRenderer(bySeries, false);
    NodeRenderer ringRenderer = new NodeRenderer(List.of(ringed), true);
    NumberAxis lon = new NumberAxis("longitude (°E)");
    NumberAxis lat = new NumberAxis("latitude (°N)");
    XYPlot plot = new XYPlot(nodes, lon, lat, nodeRenderer);
    plot.setDataset(1, rings);
    plot.setRenderer(1, ringRenderer);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);

    JFreeChart chart = new JFreeChart(title, plot);
    chart.addSubtitle(new TextTitle("Marker area ∝ machines; lane width ∝ units a day under the normal assignment"
        + " (each region's mean demand to the site ranked first); red: hit in some case"));
    ChartStyle.apply(chart);
    plot.setBackgroundPaint(SEA);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    ChartStyle.rootLocale(lon);
    ChartStyle.rootLocale(lat);
    for (int s = 0; s < bySeries.size(); s++) {
      String kind = bySeries.get(s).get(0).kind();
      nodeRenderer.setSeriesPaint(s, colour(kind));
      nodeRenderer.setSeriesOutlinePaint(s, Color.WHITE);
    }
    nodeRenderer.setUseOutlinePaint(true);
    nodeRenderer.setDrawOutlines(true);
    nodeRenderer.setDefaultOutlineStroke(new BasicStroke(1f));
    ringRenderer.setSeriesPaint(0, DISRUPTION);
    ringRenderer.setSeriesStroke(0, new BasicStroke(3f));
    ringRenderer.setUseFillPaint(false);
    ringRenderer.setSeriesShapesFilled(0, false);
    ringRenderer.setDrawOutlines(true);
    ringRenderer.setUseOutlinePaint(false);

    double meanLat = g.nodes().stream().mapToDouble(NetworkGeometry.Node::lat).average().orElse(50);
    fitAxes(plot, g, areas, meanLat);
    drawBaseMap(nodeRenderer);
    drawLanes(nodeRenderer, g);
    drawAreas(nodeRenderer, areas);
    label(plot, g, hit);
    plot.setFixedLegendItems(legend(bySeries, !ringed.isEmpty(), !areas.isEmpty()));
    return chart;
  }

  private static void fitAxes(XYPlot plot, NetworkGeometry g, List<DisruptedArea> areas, double meanLat) {
    double cos = Math.cos(Math.toRadians(meanLat));
    double w = Double.POSITIVE_INFINITY;
    double e = Double.NEGATIVE_INFINITY;
    double s = Double.POSITIVE_INFINITY;
    double n = Double.NEGATIVE_INFINITY;
    for (NetworkGeometry.Node node : g.nodes()) {
      w = Math.min(w, node.lon());
      e = Math.max(e, node.lon());
      s = Math.min(s, node.lat());
      n = Math.max(n, node.lat());
    }
    for (DisruptedArea a : areas) {
      double dLat = a.radiusKm() / KM_PER_DEG_LAT;
      double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(a.lat())));
      w = Math.min(w, a.lon() - dLon);
      e = Math.max(e, a.lon() + dLon);
      s = Math.min(s, a.lat() - dLat);
      n = Math.max(n, a.lat() + dLat);
    }
    if (w > e) {
      w = -10;
      e = 30;
      s = 35;
      n = 60;
    }
    double padLat = Math.max(1.0, (n - s) * 0.06);
    double padLon = Math.max(1.0, (e - w) * 0.06);
    w -= padLon;
    e += padLon;
    s -= padLat;
    n += padLat;
    // The plot area of SIZE without title, subtitle, legend and axes, roughly: widen one span to its shape.
    double areaAspect = (SIZE.widthPx() - PLOT_MARGIN_X) / (SIZE.heightPx() - PLOT_MARGIN_Y);
    double lonSpan = e - w;
    double latSpan = n - s;
    if (lonSpan * cos / latSpan < areaAspect) {
      double wanted = areaAspect * latSpan / cos;
      w -= (wanted - lonSpan) / 2;
      e += (wanted - lonSpan) / 2;
    } else {
      double wanted = lonSpan * cos / areaAspect;
      s -= (wanted - latSpan) / 2;
      n += (wanted - latSpan) / 2;
    }
    plot.getDomainAxis().setRange(w, e);
    plot.getRangeAxis().setRange(s, n);
  }

  private static void drawBaseMap(XYLineAndShapeRenderer r) {
    BasicStroke coast = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    BasicStroke border = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    for (BaseMap.Polyline line : BaseMap.lines()) {
      double[] x = line.lon();
      double[] y = line.lat();
      BasicStroke stroke = line.border() ? border : coast;
      Color paint = line.border() ? BORDER : COAST;
      Path2D.Double path = new Path2D.Double();
      path.moveTo(x[0], y[0]);
      for (int i = 1; i < x.length; i++) {
        path.lineTo(x[i], y[i]);
      }
      Rectangle2D bounds = path.getBounds2D();
      if (bounds.getWidth() > 0 && bounds.getHeight() > 0) {
        r.addAnnotation(new XYShapeAnnotation(path, stroke, paint, null), Layer.BACKGROUND);
      } else {
        // XYShapeAnnotation scales a shape by its bounds: a straight meridian or parallel (zero width or
        // height) would become NaN coordinates in the SVG, so such a line is drawn segment by segment.
        for (int i = 1; i < x.length; i++) {
          r.addAnnotation(new XYLineAnnotation(x[i - 1], y[i - 1], x[i], y[i], stroke, paint), Layer.BACKGROUND);
        }
      }
    }
  }

  private static void drawLanes(XYLineAndShapeRenderer r, NetworkGeometry g) {
    double max = g.lanes().stream().mapToDouble(NetworkGeometry.Lane::unitsPerDay).max().orElse(0);
    for (NetworkGeometry.Lane lane : g.lanes()) {
      NetworkGeometry.Node from = node(g, lane.from());
      NetworkGeometry.Node to = node(g, lane.to());
      if (from == null || to == null || lane.unitsPerDay() <= 0) {
        continue;
      }
      BasicStroke stroke = new BasicStroke((float) laneWidthPx(lane.unitsPerDay(), max), BasicStroke.CAP_ROUND,
          BasicStroke.JOIN_ROUND);
      Color paint = from.kind().equals(NetworkGeometry.Node.SUPPLIER) ? COMPONENT_LANE : LANE;
      r.addAnnotation(new XYLineAnnotation(from.lon(), from.lat(), to.lon(), to.lat(), stroke, paint), Layer.BACKGROUND);
    }
  }

  private static void drawAreas(XYLineAndShapeRenderer r, List<DisruptedArea> areas) {
    BasicStroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {10f, 6f}, 0f);
    Paint fill = new Color(DISRUPTION.getRed(), DISRUPTION.getGreen(), DISRUPTION.getBlue(), 0x22);
    for (DisruptedArea a : areas) {
      r.addAnnotation(new XYShapeAnnotation(circle(a), dashed, DISRUPTION, fill), Layer.BACKGROUND);
      XYTextAnnotation text = new XYTextAnnotation(a.label() + " (" + ShortestDecimal.csv(a.radiusKm()) + " km)",
          a.lon(), a.lat() + a.radiusKm() / KM_PER_DEG_LAT);
      text.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
      text.setPaint(DISRUPTION.darker());
      text.setBackgroundPaint(new Color(255, 255, 255, 0xB0));
      text.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      r.addAnnotation(text, Layer.FOREGROUND);
    }
  }

  /** The circle of {@code a} in degrees: an ellipse, since a degree of longitude is shorter than one of latitude. */
  static Shape circle(DisruptedArea a) {
    double dLat = a.radiusKm() / KM_PER_DEG_LAT;
    double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(a.lat())));
    return new Ellipse2D.Double(a.lon() - dLon, a.lat() - dLat, 2 * dLon, 2 * dLat);
  }

  /**
   * Names beside plants, distribution centres and disrupted nodes (microfactories and regions are too
   * many): each takes the first of right, left, above and below of its marker where it overlaps no name
   * placed before it and no other named marker, disrupted nodes first. Positions in px are estimated
   * from the axis ranges and {@link #SIZE}'s plot area.
   */
  private static void label(XYPlot plot, NetworkGeometry g, Set<String> hit) {
    double pxPerLon = (SIZE.widthPx() - PLOT_MARGIN_X) / plot.getDomainAxis().getRange().getLength();
    double pxPerLat = (SIZE.heightPx() - PLOT_MARGIN_Y) / plot.getRangeAxis().getRange().getLength();
    List<NetworkGeometry.Node> named = new ArrayList<>();
    g.nodes().stream().filter(n -> hit.contains(n.id())).forEach(named::add);
    g.nodes().stream().filter(n -> !hit.contains(n.id()) && (n.kind().equals(NetworkGeometry.Node.PLANT)
        || n.kind().equals(NetworkGeometry.Node.DISTRIBUTION_CENTRE))).forEach(named::add);
    List<Rectangle2D> taken = new ArrayList<>();
    for (NetworkGeometry.Node n : named) {
      double r = diameterPx(n) / 2 + (hit.contains(n.id()) ? 8 : 0);
      taken.add(new Rectangle2D.Double(n.lon() * pxPerLon - r, -n.lat() * pxPerLat - r, 2 * r, 2 * r));
    }
    for (int i = 0; i < named.size(); i++) {
      NetworkGeometry.Node n = named.get(i);
      double x = n.lon() * pxPerLon;
      double y = -n.lat() * pxPerLat;
      double r = diameterPx(n) / 2 + (hit.contains(n.id()) ? 8 : 0) + 3;
      double w = n.id().length() * ChartStyle.TEXT_PX * 0.55;
      double h = ChartStyle.TEXT_PX * 1.1;
      Rectangle2D[] boxes = {
          new Rectangle2D.Double(x + r, y - h / 2, w, h), new Rectangle2D.Double(x - r - w, y - h / 2, w, h),
          new Rectangle2D.Double(x - w / 2, y - r - h, w, h), new Rectangle2D.Double(x - w / 2, y + r, w, h)};
      TextAnchor[] anchors = {TextAnchor.CENTER_LEFT, TextAnchor.CENTER_RIGHT, TextAnchor.BOTTOM_CENTER,
          TextAnchor.TOP_CENTER};
      double[][] offsets = {{r, 0}, {-r, 0}, {0, -r}, {0, r}};
      int best = 0;
      for (int c = 0; c < boxes.length; c++) {
        int own = i;
        Rectangle2D box = boxes[c];
        boolean free = true;
        for (int t = 0; t < taken.size() && free; t++) {
          free = t == own || !taken.get(t).intersects(box);
        }
        if (free) {
          best = c;
          break;
        }
      }
      taken.add(boxes[best]);
      XYTextAnnotation text = new XYTextAnnotation(n.id(), (x + offsets[best][0]) / pxPerLon,
          -(y + offsets[best][1]) / pxPerLat);
      text.setFont(ChartStyle.font(ChartStyle.TEXT_PX));
      text.setPaint(hit.contains(n.id()) ? DISRUPTION.darker() : Color.DARK_GRAY);
      text.setBackgroundPaint(new Color(255, 255, 255, 0xB0));
      text.setTextAnchor(anchors[best]);
      plot.addAnnotation(text);
    }
  }

  private static NetworkGeometry.Node node(NetworkGeometry g, String id) {
    return g.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
  }

  private static LegendItemCollection legend(List<List<NetworkGeometry.Node>> bySeries, boolean rings, boolean areas) {
    LegendItemCollection items = new LegendItemCollection();
    for (List<NetworkGeometry.Node> ofKind : bySeries) {
      String kind = ofKind.get(0).kind();
      LegendItem item = new LegendItem(kind, null, null, null, shape(kind, 14), colour(kind));
      items.add(item);
    }
    items.add(line("product lane", LANE));
    if (bySeries.stream().anyMatch(l -> l.get(0).kind().equals(NetworkGeometry.Node.SUPPLIER))) {
      items.add(line("component lane", COMPONENT_LANE));
    }
    if (rings) {
      items.add(new LegendItem("disrupted node", null, null, null, new Ellipse2D.Double(-7, -7, 14, 14), Color.WHITE,
          new BasicStroke(3f), DISRUPTION));
    }
    if (areas) {
      items.add(new LegendItem("disaster / border circle", null, null, null, new Ellipse2D.Double(-7, -7, 14, 14),
          new Color(DISRUPTION.getRed(), DISRUPTION.getGreen(), DISRUPTION.getBlue(), 0x33), new BasicStroke(2f),
          DISRUPTION));
    }
    return items;
  }

  private static LegendItem line(String label, Color paint) {
    return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-6, -1, 12, 2), false, paint, false,
        paint, new BasicStroke(1f), true, new java.awt.geom.Line2D.Double(-10, 0, 10, 0), new BasicStroke(4f), paint);
  }

  /** The marker of {@code kind} at {@code d} px: producers a circle, a DC a square, a supplier a triangle, a region a diamond. */
  static Shape shape(String kind, double d) {
    double h = d / 2;
    return switch (kind) {
      case NetworkGeometry.Node.DISTRIBUTION_CENTRE -> new Rectangle2D.Double(-h, -h, d, d);
      case NetworkGeometry.Node.SUPPLIER -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h);
        p.lineTo(h, h);
        p.lineTo(-h, h);
        p.closePath();
        yield p;
      }
      case NetworkGeometry.Node.REGION -> {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -h);
        p.lineTo(h, 0);
        p.lineTo(0, h);
        p.lineTo(-h, 0);
        p.closePath();
        yield p;
      }
      default -> new Ellipse2D.Double(-h, -h, d, d);
    };
  }

  /** Draws each node with its own marker: shape by kind, size by {@link #diameterPx}; rings a little larger. */
  static final class NodeRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final List<List<NetworkGeometry.Node>> bySeries;
    private final boolean rings;

    NodeRenderer(List<List<NetworkGeometry.Node>> bySeries, boolean rings) {
      super(false, true);
      this.bySeries = List.copyOf(bySeries);
      this.rings = rings;
    }

    @Override
    public Shape getItemShape(int series, int item) {
      NetworkGeometry.Node n = bySeries.get(series).get(item);
      return rings ? shape(NetworkGeometry.Node.PLANT, diameterPx(n) + 12) : shape(n.kind(), diameterPx(n));
    }
  }
}
