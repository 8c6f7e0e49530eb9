package org.dmsim.model.mfg.disruption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.StreamSeeds;

/**
 * The disruptions of one run: the scenario's fixed ones plus what its generators draw for the
 * replication.
 *
 * <p><b>Common random numbers.</b> Generator {@code i} (0-based, in the scenario's order) draws only
 * from the stream {@code StreamSeeds.stream(seed, replication, "disruptions", "generator-" + i)},
 * created afresh for each call. The list therefore depends on the seed, the replication, the
 * horizon and the generators alone — never on the network design, the engine or anything drawn
 * during the run — so every variant of an experiment meets exactly the same disruptions in a given
 * replication, and adding or changing generator {@code j} changes no other generator's draws. The
 * entity id {@code disruptions} is not an entity's: nodes draw from streams named after themselves
 * with other purposes.
 *
 * <p>The list is sorted by start, then type, then target, then end, then the rest of the
 * {@linkplain #canonical canonical text}, so that it reads the same however the scenario orders its
 * entries.
 */
public final class DisruptionSchedule {
  /** The entity id of the disruption streams. */
  public static final String STREAM_ENTITY = "disruptions";

  /** The order of a run's list: start, type, target, end, then the canonical line. */
  public static final Comparator<Disruption> ORDER = Comparator.comparingLong(Disruption::startMs)
      .thenComparing(Disruption::type)
      .thenComparing(Disruption::target)
      .thenComparingLong(Disruption::endMs)
      .thenComparing(DisruptionSchedule::canonical);

  private DisruptionSchedule() {}

  /**
   * The run's disruptions: every one of {@code fixed}, and the draws of each generator over
   * {@code [0, horizonMs)} from its own stream, in {@link #ORDER}.
   *
   * @param fixed       disruptions that happen in every replication
   * @param generators  stochastic generators; generator {@code i} uses the stream purpose {@code generator-i}
   * @param horizonMs   length of the run, ms; greater than 0
   * @param seed        the run's master seed
   * @param replication the replication, from 0
   */
  public static List<Disruption> sample(List<Disruption> fixed, List<DisruptionGenerator> generators, long horizonMs,
      long seed, int replication) {
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(generators, "generators");
    if (horizonMs <= 0) {
      throw new IllegalArgumentException("the horizon must be positive, was " + horizonMs);
    }
    List<Disruption> out = new ArrayList<>(fixed);
    for (int i = 0; i < generators.size(); i++) {
      out.addAll(generators.get(i).draw(horizonMs, stream(seed, replication, i)));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** The stream generator {@code index} draws from in a replication. */
  public static RandomStream stream(long seed, int replication, int index) {
    return StreamSeeds.stream(seed, replication, STREAM_ENTITY, "generator-" + index);
  }

  /**
   * The list as text, one {@linkplain #canonical(Disruption) canonical line} per disruption in list
   * order, each ending in a line feed.
   */
  public static String canonical(List<Disruption> list) {
    StringBuilder sb = new StringBuilder(list.size() * 80);
    for (Disruption d : list) {
      sb.append(canonical(d)).append('\n');
    }
    return sb.toString();
  }

  /**
   * One disruption as one line of text holding every field: the type, then {@code name=value}
   * pairs separated by {@code |}. Times are whole ms; shares, factors, coordinates and radii are
   * written by their IEEE 754 bits in hex (as {@code RunResult} does), since {@code Double.toString}
   * is not the same on every JDK.
   */
  public static String canonical(Disruption d) {
    StringBuilder sb = new StringBuilder(80).append(d.type());
    if (d instanceof Disruption.NodeOutage o) {
      field(sb, "node", o.node());
    } else if (d instanceof Disruption.CapacityLoss c) {
      field(sb, "node", c.node());
      field(sb, "share", bits(c.machineShare()));
    } else if (d instanceof Disruption.RegionalDisaster r) {
      field(sb, "name", r.name());
      field(sb, "lat", bits(r.centre().latitudeDeg()));
      field(sb, "lon", bits(r.centre().longitudeDeg()));
      field(sb, "radiusKm", bits(r.radiusKm()));
    } else if (d instanceof Disruption.BorderClosure b) {
      field(sb, "name", b.name());
      field(sb, "lat", bits(b.centre().latitudeDeg()));
      field(sb, "lon", bits(b.centre().longitudeDeg()));
      field(sb, "radiusKm", bits(b.radiusKm()));
    } else if (d instanceof Disruption.LaneClosure l) {
      field(sb, "from", l.from());
      field(sb, "to", l.to());
      field(sb, "slowdown", bits(l.slowdown()));
    } else if (d instanceof Disruption.SupplierFailure f) {
      field(sb, "supplier", f.supplier());
    } else if (d instanceof Disruption.DemandSurge s) {
      field(sb, "region", s.region());
      field(sb, "product", s.product());
      field(sb, "factor", bits(s.factor()));
    } else if (d instanceof Disruption.StockDestroyed x) {
      field(sb, "node", x.node());
      field(sb, "share", bits(x.share()));
    }
    // PlatformOutage: its type says everything but the window.
    field(sb, "startMs", Long.toString(d.startMs()));
    field(sb, "endMs", Long.toString(d.endMs()));
    return sb.toString();
  }

  /** SHA-256 of {@link #canonical(List)} (UTF-8), 64 lower-case hex digits. */
  public static String hash(List<Disruption> list) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical(list).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  // ---- shared by the generators ----------------------------------------------------------------

  /** Makes one disruption per arrival, given its start and the stream to draw the rest from. */
  @FunctionalInterface
  interface Arrival {
    Disruption make(long startMs, RandomStream rng);
  }

  /**
   * The disruptions of a homogeneous Poisson process of rate {@code perYear} over
   * {@code [0, horizonMs)}: exponential gaps accumulated in double precision, each arrival at the
   * whole ms at or before it.
   */
  static List<Disruption> arrivals(double perYear, long horizonMs, RandomStream rng, Arrival arrival) {
    double meanGapMs = DisruptionGenerator.YEAR_MS / perYear;
    List<Disruption> out = new ArrayList<>();
    double t = rng.nextExponential(meanGapMs);
    while (t < horizonMs) {
      out.add(arrival.make((long) t, rng));
      t += rng.nextExponential(meanGapMs);
    }
    return out;
  }

  /** The end of a disruption of sampled length {@code durationMs}: rounded, not before the start, saturating. */
  static long end(long startMs, double durationMs) {
    double rounded = Math.rint(Math.max(0, durationMs));
    if (rounded >= (double) (Long.MAX_VALUE - startMs)) {
      return Long.MAX_VALUE;
    }
    return startMs + (long) rounded;
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append('|').append(name).append('=').append(value);
  }

  private static String bits(double x) {
    return Long.toHexString(Double.doubleToLongBits(x));
  }
}
