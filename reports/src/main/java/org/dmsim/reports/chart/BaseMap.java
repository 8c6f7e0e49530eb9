package org.dmsim.reports.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The light base map under {@link NetworkMapChart}: coastlines and country borders of Europe and its
 * surroundings as polylines in degrees, from Natural Earth's 1:50m countries (public domain), simplified
 * and clipped by {@code tools/basemap/make_basemap.py}; source, version and licence are in
 * {@code basemap-europe-NOTICE.md} beside the resource. Loaded once.
 */
public final class BaseMap {
  /** The resource, relative to this class. */
  static final String RESOURCE = "basemap-europe.txt";
  private static final List<Polyline> LINES = load();

  private BaseMap() {}

  /**
   * One line of the base map.
   *
   * @param border true for a border between countries, false for a coastline
   * @param lon    longitudes, degrees east
   * @param lat    latitudes, degrees north, as many as {@code lon}, at least two
   */
  public record Polyline(boolean border, double[] lon, double[] lat) {
    public Polyline {
      lon = lon.clone();
      lat = lat.clone();
      if (lon.length != lat.length || lon.length < 2) {
        throw new IllegalArgumentException("a polyline needs at least two points, as many longitudes as latitudes");
      }
    }

    /** Longitudes, degrees east (a copy). */
    @Override
    public double[] lon() {
      return lon.clone();
    }

    /** Latitudes, degrees north (a copy). */
    @Override
    public double[] lat() {
      return lat.clone();
    }
  }

  /** Every line of the base map, coastlines and borders in file order. */
  public static List<Polyline> lines() {
    return LINES;
  }

  private static List<Polyline> load() {
    InputStream in = BaseMap.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the class path beside " + BaseMap.class.getName());
    }
    List<Polyline> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.trim().split(" ");
        if (!(f[0].equals("C") || f[0].equals("B")) || f.length % 2 == 0) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected C or B, then lon lat pairs");
        }
        int n = (f.length - 1) / 2;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
          lon[i] = Double.parseDouble(f[1 + 2 * i]);
          lat[i] = Double.parseDouble(f[2 + 2 * i]);
        }
        out.add(new Polyline(f[0].equals("B"), lon, lat));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
