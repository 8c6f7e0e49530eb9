package org.dmsim.scenarios.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.StreamSeeds;

/**
 * Draws a {@link SyntheticNetwork} from {@link Places}: sites where people live (by population, or by
 * population squared for centralized plants), regions at distinct cities by population until every city
 * has one and then again in the largest, and demand sized to the machines.
 *
 * <p>Demand: the market loads the machining cells to about {@value #TARGET_CNC_UTILIZATION} of their
 * time. An order takes 54 min of machining on average (60 % housings of 50 min, 40 % orders of four
 * 15-min brackets), so a cell serves 1440 × {@value #TARGET_CNC_UTILIZATION} / 54 ≈ 13.3 orders a day.
 * Each city's demand is in proportion to its population, shared equally by its regions. The market
 * depends only on regions, sites and seed, not on the design, so both designs face the same demand.
 */
public final class NetworkGenerator {
  /** The share of machining time the market asks for. */
  static final double TARGET_CNC_UTILIZATION = 0.5;
  private static final double CNC_MINUTES_PER_ORDER = 0.6 * 50 + 0.4 * 4 * 15;
  private static final double HOUSING_SHARE = 0.6;
  /** Machining cells per site, on average, in both designs. */
  private static final int CNC_PER_SITE = 2;
  private static final double SITE_JITTER_DEG = 0.15;

  private final List<Place> places;

  /** A generator drawing from {@code places} (at least one). */
  public NetworkGenerator(List<Place> places) {
    if (places.isEmpty()) {
      throw new IllegalArgumentException("no places to draw from");
    }
    this.places = List.copyOf(places);
  }

  /** A generator drawing from the bundled European cities. */
  public static NetworkGenerator european() {
    return new NetworkGenerator(Places.european());
  }

  /** The network of {@code request}; the same request gives the same network. */
  public SyntheticNetwork draw(GeneratorRequest request) {
    String name = "synthetic-" + request.design().word() + "-" + request.sites() + "-sites";
    return new SyntheticNetwork(name, sites(request), regions(request));
  }

  private List<SyntheticNetwork.Site> sites(GeneratorRequest request) {
    boolean centralized = request.design() == NetworkDesign.CENTRALIZED;
    RandomStream where = stream(request, "site-places");
    RandomStream jitter = stream(request, "site-jitter");
    double[] weights = new double[places.size()];
    for (int i = 0; i < weights.length; i++) {
      double p = places.get(i).population();
      weights[i] = centralized ? p * p : p;
    }
    Cumulative cumulative = new Cumulative(weights);
    List<Place> drawn = new ArrayList<>();
    for (int i = 0; i < request.sites(); i++) {
      drawn.add(places.get(cumulative.draw(where)));
    }
    int[] cnc = centralized ? apportion(drawn, request.sites() * CNC_PER_SITE) : constant(drawn.size(), CNC_PER_SITE);
    String prefix = centralized ? "plant-" : "mf-";
    Map<String, Integer> perPlace = new TreeMap<>();
    List<SyntheticNetwork.Site> sites = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      Place p = drawn.get(i);
      int n = perPlace.merge(p.id(), 1, Integer::sum);
      double lat = round(p.lat() + (jitter.nextDouble() - 0.5) * 2 * SITE_JITTER_DEG);
      double lon = round(p.lon() + (jitter.nextDouble() - 0.5) * 2 * SITE_JITTER_DEG / Math.cos(Math.toRadians(p.lat())));
      int finishers = (cnc[i] + 1) / 2;
      // A plant's fixed cost grows slower than its size (one site, one overhead); a microfactory pays
      // the overhead for two cells.
      int fixed = centralized ? 1000 + 300 * cnc[i] : 900;
      sites.add(new SyntheticNetwork.Site(prefix + p.id() + "-" + n, centralized ? "plant" : "microfactory", p, lat,
          lon, cnc[i], finishers, fixed));
    }
    return sites;
  }

  private List<SyntheticNetwork.Region> regions(GeneratorRequest request) {
    RandomStream where = stream(request, "region-places");
    RandomStream jitter = stream(request, "region-jitter");
    List<Place> drawn = new ArrayList<>();
    // Distinct cities first, weighted by population without replacement; then again with replacement.
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      left.add(i);
    }
    while (drawn.size() < request.regions() && !left.isEmpty()) {
      double[] w = new double[left.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = places.get(left.get(i)).population();
      }
      drawn.add(places.get(left.remove(new Cumulative(w).draw(where))));
    }
    double[] all = places.stream().mapToDouble(Place::population).toArray();
    Cumulative again = new Cumulative(all);
    while (drawn.size() < request.regions()) {
      drawn.add(places.get(again.draw(where)));
    }
    Map<String, Integer> count = new TreeMap<>();
    for (Place p : drawn) {
      count.merge(p.id(), 1, Integer::sum);
    }
    double totalWeight = 0;
    for (Place p : drawn) {
      totalWeight += (double) p.population() / count.get(p.id());
    }
    double ordersPerDay = request.sites() * CNC_PER_SITE * 1440 * TARGET_CNC_UTILIZATION / CNC_MINUTES_PER_ORDER;
    Map<String, Integer> seen = new TreeMap<>();
    List<SyntheticNetwork.Region> regions = new ArrayList<>();
    for (Place p : drawn) {
      int n = seen.merge(p.id(), 1, Integer::sum);
      double lat = p.lat();
      double lon = p.lon();
      if (n > 1) {
        lat += (jitter.nextDouble() - 0.5) * 2 * SITE_JITTER_DEG;
        lon += (jitter.nextDouble() - 0.5) * 2 * SITE_JITTER_DEG / Math.cos(Math.toRadians(p.lat()));
      }
      double share = p.population() / (double) count.get(p.id()) / totalWeight;
      regions.add(new SyntheticNetwork.Region("region-" + p.id() + (n == 1 ? "" : "-" + n), p, round(lat), round(lon),
          rate(ordersPerDay * HOUSING_SHARE * share), rate(ordersPerDay * (1 - HOUSING_SHARE) * share)));
    }
    return regions;
  }

  /**
   * {@code total} machining cells over the sites, at least one each, the rest in proportion to their
   * cities' populations (largest remainder, ties to the earlier site).
   */
  private static int[] apportion(List<Place> sites, int total) {
    int[] cells = constant(sites.size(), 1);
    int extra = total - sites.size();
    double sum = sites.stream().mapToDouble(Place::population).sum();
    double[] remainder = new double[sites.size()];
    int given = 0;
    for (int i = 0; i < cells.length; i++) {
      double exact = extra * sites.get(i).population() / sum;
      int whole = (int) Math.floor(exact);
      cells[i] += whole;
      given += whole;
      remainder[i] = exact - whole;
    }
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      byRemainder.add(i);
    }
    // A stable sort, so equal remainders keep the sites' order.
    byRemainder.sort((a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int k = 0; given + k < extra; k++) {
      cells[byRemainder.get(k)]++;
    }
    return cells;
  }

  private static int[] constant(int n, int value) {
    int[] a = new int[n];
    Arrays.fill(a, value);
    return a;
  }

  private static RandomStream stream(GeneratorRequest request, String purpose) {
    return StreamSeeds.stream(request.seed(), 0, "generator", purpose);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /** Orders a day to three decimals, at least 0.001 (the format needs more than 0). */
  private static double rate(double perDay) {
    return Math.max(0.001, Math.round(perDay * 1000) / 1000.0);
  }

  /** A weighted draw by inverse transform over cumulative weights (binary search). */
  private static final class Cumulative {
    private final double[] upTo;

    Cumulative(double[] weights) {
      upTo = new double[weights.length];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += weights[i];
        upTo[i] = sum;
      }
    }

    int draw(RandomStream random) {
      double u = random.nextDouble() * upTo[upTo.length - 1];
      int lo = 0;
      int hi = upTo.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (upTo[mid] > u) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}
