package org.dmsim.model.mfg.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dmsim.model.time.SimTime.DAY_MS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.Uniform;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.StreamSeeds;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DisruptionScheduleProperties {
  /** Which run: seed, replication and horizon. */
  record Run(long seed, int replication, long horizon) {
    List<Disruption> sample(List<Disruption> fixed, List<DisruptionGenerator> generators) {
      return DisruptionSchedule.sample(fixed, generators, horizon, seed, replication);
    }
  }

  /** Runs with horizons biased to the short ones where arrivals crowd together. */
  private static Gen<Run> runs() {
    Gen<Long> horizons = Generate.pick(List.of(1L, DAY_MS, 30 * DAY_MS, 365 * DAY_MS, 3 * 365 * DAY_MS));
    return longs().all().zip(integers().between(0, 50), horizons, Run::new);
  }

  @Test
  void listDependsOnlyOnSeedReplicationHorizonAndGenerators() {
    qt().forAll(lists().of(fixedOnes()).ofSizeBetween(0, 6), lists().of(generators()).ofSizeBetween(0, 4), runs())
        .checkAssert((fixed, generators, run) -> {
          List<Disruption> first = run.sample(fixed, generators);

          // Other streams of the same run drawn in between, as a network's entities would, and the
          // fixed ones listed in another order: nothing changes.
          for (String entity : List.of("plant-a", "region-paris", "platform", "disruptions")) {
            RandomStream other = StreamSeeds.stream(run.seed(), run.replication(), entity, "demand");
            other.nextLong();
            other.nextGaussian();
          }
          List<Disruption> reversed = new ArrayList<>(fixed);
          Collections.reverse(reversed);
          List<Disruption> second = run.sample(reversed, generators);

          assertThat(second).isEqualTo(first);
          assertThat(DisruptionSchedule.hash(second)).isEqualTo(DisruptionSchedule.hash(first));
        });
  }

  @Test
  void fixedDisruptionsAreAlwaysIncluded() {
    qt().forAll(lists().of(fixedOnes()).ofSizeBetween(0, 8), lists().of(generators()).ofSizeBetween(0, 4), runs())
        .checkAssert((fixed, generators, run) -> {
          List<Disruption> list = new ArrayList<>(run.sample(fixed, generators));
          for (Disruption d : fixed) {
            assertThat(list.remove(d)).as("%s is in the list", d).isTrue();
          }
        });
  }

  @Test
  void addingAGeneratorChangesNoOtherGeneratorsDraws() {
    qt().forAll(lists().of(generators()).ofSizeBetween(0, 4), generators(), runs())
        .checkAssert((generators, extra, run) -> {
          List<DisruptionGenerator> more = new ArrayList<>(generators);
          more.add(extra);

          List<Disruption> expected = new ArrayList<>(run.sample(List.of(), generators));
          expected.addAll(extra.draw(run.horizon(),
              StreamSeeds.stream(run.seed(), run.replication(), "disruptions", "generator-" + generators.size())));
          expected.sort(DisruptionSchedule.ORDER);

          assertThat(run.sample(List.of(), more)).isEqualTo(expected);
        });
  }

  @Test
  void generatedDisruptionsStartWithinTheHorizonInOrder() {
    qt().forAll(lists().of(generators()).ofSizeBetween(1, 4), runs())
        .checkAssert((generators, run) -> {
          List<Disruption> list = run.sample(List.of(), generators);

          assertThat(list).allSatisfy(d -> {
            assertThat(d.startMs()).isBetween(0L, run.horizon() - 1);
            assertThat(d.endMs()).isGreaterThanOrEqualTo(d.startMs());
          });
          assertThat(list).isSortedAccordingTo(DisruptionSchedule.ORDER);
        });
  }

  // ---- generators --------------------------------------------------------------------------------

  /** Fixed disruptions, biased to equal starts (0 or day 1) and zero length. */
  private static Gen<Disruption> fixedOnes() {
    return longs().all().map(DisruptionScheduleProperties::fixed);
  }

  private static Disruption fixed(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long start = r.nextBoolean() ? r.nextInt(2) * DAY_MS : r.nextLong(400 * DAY_MS);
    long end = start + (r.nextBoolean() ? 0 : r.nextLong(30 * DAY_MS));
    String[] ids = {"a", "b", "c"};
    String id = ids[r.nextInt(ids.length)];
    return switch (r.nextInt(8)) {
      case 0 -> new Disruption.NodeOutage(id, start, end);
      case 1 -> new Disruption.CapacityLoss(id, 0.25 * (1 + r.nextInt(4)), start, end);
      case 2 -> new Disruption.RegionalDisaster(id, new GeoPoint(r.nextInt(90), r.nextInt(180)), 100, start, end);
      case 3 -> new Disruption.LaneClosure(id, "*", r.nextBoolean() ? 0 : 2, start, end);
      case 4 -> new Disruption.SupplierFailure(id, start, end);
      case 5 -> new Disruption.DemandSurge(id, "*", r.nextBoolean() ? 0 : 3, start, end);
      case 6 -> new Disruption.PlatformOutage(r.nextBoolean(), start, end);
      default -> new Disruption.StockDestroyed(id, 0.5, start);
    };
  }

  /** Generators of every template and the hazard kind, biased to zero-length and very frequent disruptions. */
  private static Gen<DisruptionGenerator> generators() {
    return longs().all().map(DisruptionScheduleProperties::generator);
  }

  private static DisruptionGenerator generator(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double perYear = r.nextBoolean() ? 0.5 + r.nextInt(10) : 400;
    Distribution duration = switch (r.nextInt(3)) {
      case 0 -> new Deterministic(0);
      case 1 -> new Exponential(3.0 * DAY_MS);
      default -> new Uniform(DAY_MS, 10.0 * DAY_MS);
    };
    List<String> ids = List.of("a", "b", "c").subList(0, 1 + r.nextInt(3));
    DisruptionTemplate template = switch (r.nextInt(10)) {
      case 0 -> new DisruptionTemplate.NodeOutages(ids);
      case 1 -> new DisruptionTemplate.CapacityLosses(ids, 0.5);
      case 2 -> new DisruptionTemplate.RegionalDisasters(
          ids.stream().map(id -> new DisruptionTemplate.Site(id, new GeoPoint(45, 7))).toList(), 80);
      case 3 -> new DisruptionTemplate.LaneClosures(
          ids.stream().map(id -> new DisruptionTemplate.LaneEnds(id, "*")).toList(), r.nextBoolean() ? 0 : 1.5);
      case 4 -> new DisruptionTemplate.SupplierFailures(ids);
      case 5 -> new DisruptionTemplate.DemandSurges(ids, "*", 2);
      case 6 -> new DisruptionTemplate.PlatformOutages(r.nextBoolean());
      case 7 -> new DisruptionTemplate.StocksDestroyed(ids, 1);
      default -> null;
    };
    if (template == null) {
      return new DisruptionGenerator.RegionalHazard(perYear, duration, 50, ids.stream()
          .map(id -> new DisruptionGenerator.Hazard(id, new GeoPoint(40 + id.charAt(0) - 'a', 5), 1 + r.nextInt(3)))
          .toList());
    }
    return new DisruptionGenerator.Poisson(template, perYear, duration);
  }
}
