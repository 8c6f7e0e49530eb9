package org.dmsim.scenarios.estimate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dmsim.model.mfg.compile.WorkEstimate;
import org.dmsim.model.mfg.disruption.DisruptionGenerator;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.engine.EngineKind;

/**
 * The expected cost of a whole run — every replication, case and variant — on an engine and a number
 * of threads: events, wall time and heap. Wall time is events ÷ a conservative speed per engine
 * ({@link #eventsPerSecond}); heap is a base plus the runs in progress plus every finished run's result
 * (results are kept until the end). Both are estimates for planning, not measurements.
 *
 * @param perRun         the largest design's estimate of one replication
 * @param runs           replications × cases × variants; at least 1
 * @param totalEvents    expected events of all runs
 * @param engine         the engine
 * @param fused          actor engine with fused children
 * @param threads        threads; at least 1
 * @param seconds        expected wall seconds of all runs on {@code threads}
 * @param secondsPerRun  expected wall seconds of the largest replication on one thread
 * @param heapBytes      expected peak heap, bytes
 * @param drivers        the fields the estimate grows with, as the user wrote them, e.g.
 *                       {@code horizon 365d, ordersPerDay 1312.5 in all, replications 30}
 */
public record RunEstimate(WorkEstimate perRun, int runs, double totalEvents, EngineKind engine, boolean fused,
    int threads, double seconds, double secondsPerRun, double heapBytes, String drivers) {

  /** Events per second of one single-threaded worker: the slowest scenario figures of docs/performance.md. */
  static final double SEQUENTIAL_EVENTS_PER_SECOND = 1.3e6;
  static final double ACTORS_EVENTS_PER_SECOND = 0.55e6;
  static final double FUSED_EVENTS_PER_SECOND = 1.0e6;
  /** Speed of each worker beyond the first, relative (1.85–1.94× on 2 threads measured: 0.85 leaves room). */
  static final double PARALLEL_EFFICIENCY = 0.85;
  /** Heap of the JVM, Akka and the loaded classes before any run. */
  static final double BASE_BYTES = 64e6;
  /** Heap per static entity while a run is in progress (an actor is 1,033 B idle; its state and queues more). */
  static final double ACTOR_ENTITY_BYTES = 4096;
  static final double SEQUENTIAL_ENTITY_BYTES = 2048;
  /** Heap per shipment on its way: an idle entity actor (1,033 B) with its shipment, or the shipment alone. */
  static final double ACTOR_SHIPMENT_BYTES = 1100;
  static final double SEQUENTIAL_SHIPMENT_BYTES = 300;
  /** Heap per open customer order: the order, its queue entries and pending events. */
  static final double ORDER_BYTES = 400;
  /** Heap per daily series point: 8 B in the live collector and 8 B in the kept result. */
  static final double SERIES_POINT_BYTES = 16;
  /** Heap of a kept result per static entity: its name, trace and summary metrics. */
  static final double RESULT_ENTITY_BYTES = 1024;

  public RunEstimate {
    Objects.requireNonNull(perRun, "perRun");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(drivers, "drivers");
    if (runs < 1 || threads < 1) {
      throw new IllegalArgumentException("runs and threads must be at least 1, were " + runs + " and " + threads);
    }
  }

  /**
   * The estimate of {@code replications} runs of each of {@code designs} under each of {@code cases}
   * cases, with {@code disruptionsPerYear} disruptions drawn per replication by generators.
   */
  public static RunEstimate of(List<ManufacturingSpec> designs, int cases, int replications, double disruptionsPerYear,
      EngineKind engine, boolean fused, int threads) {
    if (designs.isEmpty()) {
      throw new IllegalArgumentException("an estimate needs a design");
    }
    WorkEstimate largest = null;
    double events = 0;
    double seriesPoints = 0;
    long entities = 0;
    double orders = 0;
    for (ManufacturingSpec spec : designs) {
      WorkEstimate w = WorkEstimate.of(spec);
      // A drawn disruption starts and ends on a few entities: a handful of events each.
      double drawn = disruptionsPerYear * spec.horizonMs() / (365.0 * SimTime.DAY_MS);
      events += w.events() + 4 * drawn;
      seriesPoints += w.seriesPoints();
      entities += w.staticEntities();
      orders = Math.max(orders, w.orders() / Math.max(1e-9, spec.horizonMs() / (double) SimTime.DAY_MS));
      if (largest == null || w.events() > largest.events()) {
        largest = w;
      }
    }
    long perDesign = (long) cases * replications;
    int runs = (int) Math.min(Integer.MAX_VALUE, perDesign * designs.size());
    double total = events * perDesign;
    double rate = eventsPerSecond(engine, fused);
    int workers = Math.min(threads, runs);
    double seconds = total / (rate * (1 + PARALLEL_EFFICIENCY * (workers - 1)));
    double entityBytes = engine == EngineKind.ACTORS && !fused ? ACTOR_ENTITY_BYTES : SEQUENTIAL_ENTITY_BYTES;
    double shipmentBytes = engine == EngineKind.ACTORS && !fused ? ACTOR_SHIPMENT_BYTES : SEQUENTIAL_SHIPMENT_BYTES;
    double working = largest.staticEntities() * entityBytes + largest.shipmentsInFlight() * shipmentBytes
        + largest.ordersInSystem() * ORDER_BYTES + largest.seriesPoints() * SERIES_POINT_BYTES / 2;
    double kept = (seriesPoints * SERIES_POINT_BYTES / 2 + entities * RESULT_ENTITY_BYTES) * perDesign;
    double heap = BASE_BYTES + workers * working + kept;
    ManufacturingSpec first = designs.get(0);
    String drivers = String.format(Locale.ROOT, "horizon %s, ordersPerDay %s in all, %s", SimTime.format(first.horizonMs()),
        number(orders), replications + " replication" + (replications == 1 ? "" : "s")
            + (perDesign != replications || designs.size() > 1 ? " × " + cases + " case" + (cases == 1 ? "" : "s")
                + " × " + designs.size() + " variant" + (designs.size() == 1 ? "" : "s") : ""));
    if (largest.statusEvents() > 0.3 * largest.events()) {
      drivers += ", platform.statusInterval " + SimTime.format(first.platform().statusIntervalMs());
    }
    return new RunEstimate(largest, runs, total, engine, fused, threads, seconds,
        largest.events() / rate, heap, drivers);
  }

  /** The disruptions per year the generators draw, together. */
  public static double disruptionsPerYear(List<DisruptionGenerator> generators) {
    double n = 0;
    for (DisruptionGenerator g : generators) {
      if (g instanceof DisruptionGenerator.Poisson p) {
        n += p.perYear();
      } else if (g instanceof DisruptionGenerator.RegionalHazard h) {
        n += h.perYear();
      }
    }
    return n;
  }

  /** The conservative speed of one single-threaded worker of {@code engine}, events per second. */
  public static double eventsPerSecond(EngineKind engine, boolean fused) {
    if (engine == EngineKind.SEQUENTIAL) {
      return SEQUENTIAL_EVENTS_PER_SECOND;
    }
    return fused ? FUSED_EVENTS_PER_SECOND : ACTORS_EVENTS_PER_SECOND;
  }

  /**
   * The header line, e.g. {@code ≈ 6.2 M events, 4.8 s per replication; 30 replications on 2 threads ≈
   * 1.4 min, heap ≈ 180 MB}.
   */
  public String summary() {
    return "≈ " + count(perRun.events()) + " events, " + duration(secondsPerRun) + " per replication; " + runs + " run"
        + (runs == 1 ? "" : "s") + " on " + threads + " thread" + (threads == 1 ? "" : "s") + " ≈ " + duration(seconds)
        + ", heap ≈ " + bytes(heapBytes);
  }

  /** {@code 950}, {@code 35 k}, {@code 6.2 M}, {@code 1.2 G}. */
  static String count(double n) {
    if (n < 1e3) {
      return String.format(Locale.ROOT, "%.0f", n);
    }
    if (n < 1e6) {
      return String.format(Locale.ROOT, "%.0f k", n / 1e3);
    }
    if (n < 1e9) {
      return String.format(Locale.ROOT, "%.1f M", n / 1e6);
    }
    return n < 1e12 ? String.format(Locale.ROOT, "%.1f G", n / 1e9) : String.format(Locale.ROOT, "%.2g", n);
  }

  /** {@code 0.4 s}, {@code 35 s}, {@code 4.2 min}, {@code 3.1 h}, {@code 2.5 d}, {@code 40 years}. */
  public static String duration(double s) {
    if (s < 10) {
      return String.format(Locale.ROOT, "%.1f s", s);
    }
    if (s < 120) {
      return String.format(Locale.ROOT, "%.0f s", s);
    }
    if (s < 2 * 3600) {
      return String.format(Locale.ROOT, "%.1f min", s / 60);
    }
    if (s < 2 * 86400) {
      return String.format(Locale.ROOT, "%.1f h", s / 3600);
    }
    double days = s / 86400;
    return days < 730 ? String.format(Locale.ROOT, "%.1f d", days) : String.format(Locale.ROOT, "%.3g years", days / 365);
  }

  /** {@code 180 MB}, {@code 3.1 GB}. */
  public static String bytes(double b) {
    if (b < 1e9) {
      return String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }
    return b < 1e12 ? String.format(Locale.ROOT, "%.1f GB", b / 1e9) : String.format(Locale.ROOT, "%.3g TB", b / 1e12);
  }

  private static String number(double v) {
    return v == Math.rint(v) && v < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
