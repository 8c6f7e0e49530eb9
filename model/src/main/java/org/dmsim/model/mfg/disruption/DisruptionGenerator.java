package org.dmsim.model.mfg.disruption;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.spec.Names;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.time.SimTime;

/**
 * A stochastic source of disruptions: arrivals at a Poisson rate over the run, each lasting a sampled
 * duration. {@link DisruptionSchedule#sample} draws each generator's disruptions from the generator's
 * own random stream, so the list depends on the seed, the replication and the generators only.
 *
 * <p>Rates are per year of {@link #YEAR_MS} (365 days); durations are in ms.
 */
public sealed interface DisruptionGenerator {
  /** The year rates are counted in: 365 days, ms. */
  long YEAR_MS = 365 * SimTime.DAY_MS;

  /** Arrivals per year; greater than 0. */
  double perYear();

  /** The distribution of each disruption's duration, ms (its samples are rounded to whole ms). */
  Distribution durationMs();

  /**
   * The disruptions starting in {@code [0, horizonMs)}, in order of arrival, drawn from {@code rng}
   * alone. Arrivals follow a homogeneous Poisson process (exponential gaps of mean
   * {@code YEAR_MS / perYear}); for each arrival the target, then the duration are drawn.
   */
  List<Disruption> draw(long horizonMs, RandomStream rng);

  /**
   * Disruptions of one kind ({@code template}) arriving {@code perYear} times a year, each hitting a
   * target drawn uniformly from the template's targets and lasting a sample of {@code durationMs}
   * (not drawn for a one-off such as destroyed stock).
   */
  record Poisson(DisruptionTemplate template, double perYear, Distribution durationMs) implements DisruptionGenerator {
    public Poisson {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(durationMs, "durationMs");
      Checks.rate(perYear);
    }

    @Override
    public List<Disruption> draw(long horizonMs, RandomStream rng) {
      return DisruptionSchedule.arrivals(perYear, horizonMs, rng, (startMs, r) -> {
        int target = r.nextInt(template.targetCount());
        long endMs = template.lasts() ? DisruptionSchedule.end(startMs, durationMs.sample(r)) : startMs;
        return template.make(target, startMs, endMs);
      });
    }
  }

  /**
   * Regional disasters arriving {@code perYear} times a year, each of radius {@code radiusKm} around a
   * hazard drawn with probability proportional to its weight, lasting a sample of {@code durationMs}.
   * The disaster is named after its hazard.
   */
  record RegionalHazard(double perYear, Distribution durationMs, double radiusKm, List<Hazard> hazards)
      implements DisruptionGenerator {
    public RegionalHazard {
      Objects.requireNonNull(durationMs, "durationMs");
      Checks.rate(perYear);
      if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
        throw new IllegalArgumentException("regional hazard: the radius must be positive, was " + radiusKm);
      }
      hazards = List.copyOf(hazards);
      if (hazards.isEmpty()) {
        throw new IllegalArgumentException("regional hazard: at least one hazard is needed");
      }
      TreeSet<String> names = new TreeSet<>();
      double total = 0;
      for (Hazard h : hazards) {
        if (!names.add(h.name())) {
          throw new IllegalArgumentException("regional hazard: the hazard name " + h.name() + " is given twice");
        }
        total += h.weight();
      }
      if (Double.isInfinite(total)) {
        throw new IllegalArgumentException("regional hazard: the weights must add up to a finite number");
      }
    }

    @Override
    public List<Disruption> draw(long horizonMs, RandomStream rng) {
      double total = 0;
      for (Hazard h : hazards) {
        total += h.weight();
      }
      double sum = total;
      return DisruptionSchedule.arrivals(perYear, horizonMs, rng, (startMs, r) -> {
        Hazard h = pick(r.nextDouble() * sum);
        long endMs = DisruptionSchedule.end(startMs, durationMs.sample(r));
        return new Disruption.RegionalDisaster(h.name(), h.centre(), radiusKm, startMs, endMs);
      });
    }

    /** The hazard whose cumulative weight interval holds {@code u} (the last one if rounding overshoots). */
    private Hazard pick(double u) {
      double cumulative = 0;
      for (Hazard h : hazards) {
        cumulative += h.weight();
        if (u < cumulative) {
          return h;
        }
      }
      return hazards.get(hazards.size() - 1);
    }
  }

  /**
   * A place regional disasters strike, {@code weight} (finite, greater than 0) times as often as a
   * hazard of weight 1 in the same generator.
   */
  record Hazard(String name, GeoPoint centre, double weight) {
    public Hazard {
      Names.requireId("hazard", name);
      Objects.requireNonNull(centre, "centre");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("hazard " + name + ": the weight must be a finite number greater than 0, was "
            + weight);
      }
    }
  }

  /** Shared checks. */
  final class Checks {
    private Checks() {}

    static void rate(double perYear) {
      if (!(perYear > 0) || Double.isInfinite(perYear)) {
        throw new IllegalArgumentException("a generator's rate must be a finite number of disruptions per year greater "
            + "than 0, was " + perYear);
      }
    }
  }
}
