package org.dmsim.scenarios.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled list of European cities ({@code european-cities.csv} beside this class): about 160 cities
 * with population and location, written for dmsim from general knowledge, public domain (CC0 1.0).
 * Read with a plain split because the file is ours and has no quoted cells; a malformed row is a bug
 * in the build, reported with its line.
 */
public final class Places {
  private static final String RESOURCE = "european-cities.csv";

  private Places() {}

  /** The cities, in the file's order. */
  public static List<Place> european() {
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Place> parse(BufferedReader reader) throws IOException {
    List<Place> places = new ArrayList<>();
    boolean header = true;
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split(",", -1);
      try {
        places.add(new Place(c[0], c[1], c[2], Long.parseLong(c[3]), Double.parseDouble(c[4]),
            Double.parseDouble(c[5])));
      } catch (RuntimeException e) {
        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(places);
  }
}
