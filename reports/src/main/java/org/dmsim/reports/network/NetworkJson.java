package org.dmsim.reports.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmsim.reports.json.Json;

/**
 * {@code network.json} of a results folder: per variant its nodes ({@code id}, {@code kind},
 * {@code lat}, {@code lon}, {@code machines}) and lanes ({@code from}, {@code to},
 * {@code units_per_day}), so that {@code dmsim report DIR} can draw the map without the scenario files.
 */
public final class NetworkJson {
  /** The file's name in a results folder. */
  public static final String FILE = "network.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NetworkJson() {}

  /** Writes {@code dir/network.json}; returns that file. */
  public static Path write(Path dir, List<NetworkGeometry> networks) throws IOException {
    ObjectNode root = Json.object();
    ArrayNode variants = root.putArray("variants");
    for (NetworkGeometry g : networks) {
      ObjectNode v = variants.addObject().put("variant", g.variant());
      ArrayNode nodes = v.putArray("nodes");
      for (NetworkGeometry.Node n : g.nodes()) {
        ObjectNode o = nodes.addObject().put("id", n.id()).put("kind", n.kind());
        o.set("lat", Json.number(n.lat()));
        o.set("lon", Json.number(n.lon()));
        o.put("machines", n.machines());
      }
      ArrayNode lanes = v.putArray("lanes");
      for (NetworkGeometry.Lane l : g.lanes()) {
        lanes.addObject().put("from", l.from()).put("to", l.to()).set("units_per_day", Json.number(l.unitsPerDay()));
      }
    }
    return Json.write(root, dir.resolve(FILE));
  }

  /**
   * The networks in {@code file}, in the order written.
   *
   * @throws IllegalArgumentException naming the file (and line and column, or the entry) when it is not as
   *     written
   * @throws IOException when it cannot be read
   */
  public static List<NetworkGeometry> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    List<NetworkGeometry> out = new ArrayList<>();
    int vi = 0;
    for (JsonNode v : root.path("variants")) {
      String where = file + ": variants[" + vi++ + "]";
      try {
        List<NetworkGeometry.Node> nodes = new ArrayList<>();
        for (JsonNode n : v.path("nodes")) {
          nodes.add(new NetworkGeometry.Node(text(n, "id"), text(n, "kind"), number(n, "lat"), number(n, "lon"),
              n.path("machines").asInt(0)));
        }
        List<NetworkGeometry.Lane> lanes = new ArrayList<>();
        for (JsonNode l : v.path("lanes")) {
          lanes.add(new NetworkGeometry.Lane(text(l, "from"), text(l, "to"), number(l, "units_per_day")));
        }
        out.add(new NetworkGeometry(text(v, "variant"), nodes, lanes));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    if (!n.path(field).isTextual()) {
      throw new IllegalArgumentException("field \"" + field + "\": expected a string");
    }
    return n.path(field).asText();
  }

  private static double number(JsonNode n, String field) {
    if (!n.path(field).isNumber()) {
      throw new IllegalArgumentException("field \"" + field + "\": expected a number");
    }
    return n.path(field).asDouble();
  }
}
