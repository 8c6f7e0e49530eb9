package org.dmsim.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dmsim.reports.chart.DisruptedArea;
import org.dmsim.reports.chart.NetworkMapChart;
import org.dmsim.reports.network.NetworkGeometry;
import org.jfree.chart.JFreeChart;

/**
 * The report's maps: one per variant, with every case's disruptions on it — the nodes a disruption
 * names ringed, the circles of regional disasters and border closures drawn. One map per variant rather
 * than per case and variant: the network is the same in every case, most cases hit one node or one
 * area, and two maps side by side compare the designs at a glance where sixteen would repeat each other.
 */
final class NetworkMapSection {
  private NetworkMapSection() {}

  /** Adds the section to {@code p}; nothing when the results have no networks (a folder without {@code network.json}). */
  static void add(Page p, ExperimentResults r) {
    if (r.networks().isEmpty()) {
      return;
    }
    p.line("<section class=\"networks\">");
    p.line("<h2>The networks</h2>");
    int index = 0;
    for (NetworkGeometry g : r.networks()) {
      p.figure(chart(r, g), NetworkMapChart.SIZE, "map" + index++, "Variant " + g.variant() + ": " + caption(g),
          "chart map");
    }
    p.line("</section>");
  }

  /** The map of {@code g} with the disruptions every case applied to its variant. */
  static JFreeChart chart(ExperimentResults r, NetworkGeometry g) {
    Set<String> ids = new TreeSet<>();
    g.nodes().forEach(n -> ids.add(n.id()));
    Set<String> hit = new TreeSet<>();
    Map<String, DisruptedArea> areas = new LinkedHashMap<>();
    for (ExperimentResults.CaseResults c : r.cases()) {
      for (ExperimentResults.AppliedDisruption d : c.disruptions()) {
        if (!d.variant().isEmpty() && !d.variant().equals(g.variant())) {
          continue;
        }
        if (ids.contains(d.window().target())) {
          hit.add(d.window().target());
        }
        d.area().ifPresent(a -> areas.putIfAbsent(c.name() + "\u0000" + a.label() + "\u0000" + a.lat() + "\u0000"
            + a.lon() + "\u0000" + a.radiusKm(), new DisruptedArea(c.name() + ": " + a.label(), a.lat(), a.lon(),
                a.radiusKm())));
      }
    }
    return NetworkMapChart.create("Network: " + g.variant(), g, hit, new ArrayList<>(areas.values()));
  }

  private static String caption(NetworkGeometry g) {
    long producers = g.nodes().stream().filter(n -> n.machines() > 0).count();
    int machines = g.nodes().stream().mapToInt(NetworkGeometry.Node::machines).sum();
    return producers + (producers == 1 ? " producing site with " : " producing sites with ") + machines + " machines. Red rings: nodes a case's disruption names"
        + " (a target of every producer, *, is not ringed); red circles: regional disasters and border closures,"
        + " labelled with their case. Lane widths show the normal assignment's flow, not a run's.";
  }
}
