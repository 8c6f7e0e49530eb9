package org.dmsim.scenarios.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.reports.chart.BaseMap;
import org.dmsim.reports.network.NetworkGeometries;
import org.dmsim.reports.network.NetworkGeometry;

/**
 * {@code GET /api/network}: what the page's maps draw and never changes during a session — each variant's
 * sites, suppliers and customer regions with their places, the lanes of the normal assignment with their
 * flow ({@link NetworkGeometries}, as the report's map), and the coastlines and borders around them
 * ({@link BaseMap}), clipped to the box the places span.
 */
final class LiveNetworkJson {
  /** Degrees added around the places' box, so that no site sits on the map's edge. */
  static final double MARGIN_DEG = 1.0;

  private LiveNetworkJson() {}

  static String of(String name, List<String> variants, List<ManufacturingSpec> specs) {
    ObjectNode o = Json.object();
    o.put("name", name);
    ArrayNode out = o.putArray("variants");
    double minLat = 90;
    double maxLat = -90;
    double minLon = 180;
    double maxLon = -180;
    for (int k = 0; k < specs.size(); k++) {
      NetworkGeometry g = NetworkGeometries.of(variants.get(k), specs.get(k));
      ObjectNode v = out.addObject();
      v.put("name", g.variant());
      ArrayNode nodes = v.putArray("nodes");
      for (NetworkGeometry.Node n : g.nodes()) {
        ObjectNode node = nodes.addObject();
        node.put("id", n.id());
        node.put("kind", n.kind());
        node.put("lat", n.lat());
        node.put("lon", n.lon());
        node.put("machines", n.machines());
        minLat = Math.min(minLat, n.lat());
        maxLat = Math.max(maxLat, n.lat());
        minLon = Math.min(minLon, n.lon());
        maxLon = Math.max(maxLon, n.lon());
      }
      ArrayNode lanes = v.putArray("lanes");
      for (NetworkGeometry.Lane l : g.lanes()) {
        ObjectNode lane = lanes.addObject();
        lane.put("from", l.from());
        lane.put("to", l.to());
        lane.put("unitsPerDay", l.unitsPerDay());
      }
    }
    ObjectNode box = o.putObject("box");
    box.put("minLat", Math.max(-90, minLat - MARGIN_DEG));
    box.put("maxLat", Math.min(90, maxLat + MARGIN_DEG));
    box.put("minLon", Math.max(-180, minLon - MARGIN_DEG));
    box.put("maxLon", Math.min(180, maxLon + MARGIN_DEG));
    o.set("basemap", basemap(box.get("minLat").asDouble(), box.get("maxLat").asDouble(), box.get("minLon").asDouble(),
        box.get("maxLon").asDouble()));
    return Json.text(o);
  }

  /** The base map's lines with at least one point in the box, as [[lon, lat], ...]; the page clips the rest. */
  private static ArrayNode basemap(double minLat, double maxLat, double minLon, double maxLon) {
    ArrayNode lines = Json.array();
    for (BaseMap.Polyline p : BaseMap.lines()) {
      double[] lon = p.lon();
      double[] lat = p.lat();
      boolean inside = false;
      for (int i = 0; i < lon.length && !inside; i++) {
        inside = lat[i] >= minLat && lat[i] <= maxLat && lon[i] >= minLon && lon[i] <= maxLon;
      }
      if (!inside) {
        continue;
      }
      ObjectNode line = lines.addObject();
      line.put("border", p.border());
      ArrayNode points = line.putArray("points");
      for (int i = 0; i < lon.length; i++) {
        points.addArray().add(Math.round(lon[i] * 100) / 100.0).add(Math.round(lat[i] * 100) / 100.0);
      }
    }
    return lines;
  }
}
