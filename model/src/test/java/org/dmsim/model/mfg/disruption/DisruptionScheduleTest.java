package org.dmsim.model.mfg.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dmsim.model.time.SimTime.DAY_MS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.dist.Deterministic;
import org.dmsim.model.dist.Distribution;
import org.dmsim.model.dist.Exponential;
import org.dmsim.model.dist.LogNormal;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.random.RandomStream;
import org.dmsim.model.random.StreamSeeds;
import org.junit.jupiter.api.Test;

class DisruptionScheduleTest {
  private static final long YEAR = DisruptionGenerator.YEAR_MS;
  private static final GeoPoint RHINE = new GeoPoint(50.9, 6.9);
  private static final GeoPoint PO = new GeoPoint(45.1, 10.0);
  private static final Distribution FIVE_DAYS = new LogNormal(5.0 * DAY_MS, 0.5);

  private static final List<Disruption> FIXED = List.of(
      new Disruption.NodeOutage("plant-kassel", 120 * DAY_MS, 141 * DAY_MS),
      new Disruption.PlatformOutage(false, 180 * DAY_MS, 183 * DAY_MS));

  private static final List<DisruptionGenerator> GENERATORS = List.of(
      new DisruptionGenerator.Poisson(new DisruptionTemplate.NodeOutages(List.of("mf-paris-1", "mf-lyon")), 2,
          FIVE_DAYS),
      new DisruptionGenerator.RegionalHazard(0.5, new Exponential(10.0 * DAY_MS), 120,
          List.of(new DisruptionGenerator.Hazard("rhine", RHINE, 3), new DisruptionGenerator.Hazard("po-valley", PO, 1))));

  @Test
  void sample_sameInputs_giveTheSameList() {
    List<Disruption> a = DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 42, 7);
    List<Disruption> b = DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 42, 7);

    assertThat(a).isEqualTo(b).hasSizeGreaterThan(FIXED.size());
    assertThat(DisruptionSchedule.hash(a)).isEqualTo(DisruptionSchedule.hash(b));
  }

  @Test
  void sample_otherReplication_givesAnotherList() {
    List<Disruption> a = DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 42, 0);
    List<Disruption> b = DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 42, 1);

    assertThat(a).isNotEqualTo(b);
    assertThat(DisruptionSchedule.hash(a)).isNotEqualTo(DisruptionSchedule.hash(b));
  }

  @Test
  void sample_otherSeed_givesAnotherList() {
    assertThat(DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 42, 0))
        .isNotEqualTo(DisruptionSchedule.sample(FIXED, GENERATORS, 3 * YEAR, 43, 0));
  }

  @Test
  void sample_eachGenerator_drawsFromItsOwnNamedStream() {
    List<Disruption> sampled = DisruptionSchedule.sample(List.of(), GENERATORS, 3 * YEAR, 42, 3);

    List<Disruption> expected = new ArrayList<>();
    for (int i = 0; i < GENERATORS.size(); i++) {
      RandomStream rng = StreamSeeds.stream(42, 3, "disruptions", "generator-" + i);
      expected.addAll(GENERATORS.get(i).draw(3 * YEAR, rng));
    }
    expected.sort(DisruptionSchedule.ORDER);
    assertThat(sampled).isEqualTo(expected);
  }

  @Test
  void sample_noGenerators_givesTheFixedOnesSorted() {
    List<Disruption> fixed = List.of(FIXED.get(1), FIXED.get(0));

    assertThat(DisruptionSchedule.sample(fixed, List.of(), YEAR, 1, 0)).containsExactly(FIXED.get(0), FIXED.get(1));
  }

  @Test
  void sample_nothingAtAll_givesAnEmptyList() {
    assertThat(DisruptionSchedule.sample(List.of(), List.of(), YEAR, 1, 0)).isEmpty();
  }

  @Test
  void sample_sameStart_ordersByTypeThenTarget() {
    long t = 10 * DAY_MS;
    Disruption outageB = new Disruption.NodeOutage("b", t, t + DAY_MS);
    Disruption outageA = new Disruption.NodeOutage("a", t, t + 2 * DAY_MS);
    Disruption loss = new Disruption.CapacityLoss("z", 0.5, t, t + DAY_MS);
    Disruption earlier = new Disruption.SupplierFailure("s", t - 1, t);

    assertThat(DisruptionSchedule.sample(List.of(outageB, outageA, loss, earlier), List.of(), YEAR, 1, 0))
        .containsExactly(earlier, loss, outageA, outageB);
  }

  @Test
  void sample_generatedStarts_lieWithinTheHorizon() {
    long horizon = 90 * DAY_MS;
    DisruptionGenerator often = new DisruptionGenerator.Poisson(
        new DisruptionTemplate.PlatformOutages(false), 200, new Deterministic(DAY_MS));

    List<Disruption> list = DisruptionSchedule.sample(List.of(), List.of(often), horizon, 5, 0);

    assertThat(list).isNotEmpty().allSatisfy(d -> {
      assertThat(d.startMs()).isBetween(0L, horizon - 1);
      assertThat(d.endMs()).isEqualTo(d.startMs() + DAY_MS);
    });
  }

  @Test
  void sample_zeroHorizon_isRefused() {
    assertThatThrownBy(() -> DisruptionSchedule.sample(FIXED, GENERATORS, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("horizon");
  }

  @Test
  void poisson_countsOverManyReplications_matchTheRateWithinAConfidenceInterval() {
    double perYear = 4;
    long horizon = 2 * YEAR;
    int replications = 2000;
    DisruptionGenerator g = new DisruptionGenerator.Poisson(
        new DisruptionTemplate.SupplierFailures(List.of("s1", "s2", "s3", "s4")), perYear, new Deterministic(DAY_MS));

    long total = 0;
    double sumSquares = 0;
    Map<String, Integer> byTarget = new TreeMap<>();
    for (int r = 0; r < replications; r++) {
      List<Disruption> list = DisruptionSchedule.sample(List.of(), List.of(g), horizon, 2026, r);
      total += list.size();
      sumSquares += (double) list.size() * list.size();
      list.forEach(d -> byTarget.merge(d.target(), 1, Integer::sum));
    }

    // The total is Poisson with mean 16000: 4 standard deviations either side hold it with 99.99 %.
    double expected = perYear * 2 * replications;
    assertThat((double) total).isBetween(expected - 4 * Math.sqrt(expected), expected + 4 * Math.sqrt(expected));
    // A Poisson count's variance equals its mean (index of dispersion 1).
    double mean = (double) total / replications;
    double variance = (sumSquares - replications * mean * mean) / (replications - 1);
    assertThat(variance / mean).isBetween(0.85, 1.15);
    // Targets are uniform: each gets a binomial share of the total.
    double quarter = total / 4.0;
    double sd = Math.sqrt(total * 0.25 * 0.75);
    assertThat(byTarget).containsOnlyKeys("s1", "s2", "s3", "s4");
    assertThat(byTarget.values()).allSatisfy(n -> assertThat((double) n).isBetween(quarter - 4 * sd, quarter + 4 * sd));
  }

  @Test
  void poisson_durations_followTheirDistribution() {
    DisruptionGenerator g = new DisruptionGenerator.Poisson(
        new DisruptionTemplate.NodeOutages(List.of("n")), 50, new Exponential(5.0 * DAY_MS));

    List<Disruption> list = DisruptionSchedule.sample(List.of(), List.of(g), 20 * YEAR, 9, 0);

    // About 1000 exponential durations: their mean has a standard error of mean / sqrt(n).
    double mean = list.stream().mapToLong(d -> d.endMs() - d.startMs()).average().orElseThrow();
    double se = 5.0 * DAY_MS / Math.sqrt(list.size());
    assertThat(list).hasSizeGreaterThan(800);
    assertThat(mean).isBetween(5.0 * DAY_MS - 4 * se, 5.0 * DAY_MS + 4 * se);
  }

  @Test
  void regionalHazard_weights_areRespected() {
    int replications = 1000;
    int rhine = 0;
    int total = 0;
    for (int r = 0; r < replications; r++) {
      for (Disruption d : DisruptionSchedule.sample(List.of(), List.of(GENERATORS.get(1)), 4 * YEAR, 11, r)) {
        Disruption.RegionalDisaster disaster = (Disruption.RegionalDisaster) d;
        assertThat(disaster.radiusKm()).isEqualTo(120);
        assertThat(disaster.centre()).isEqualTo(disaster.name().equals("rhine") ? RHINE : PO);
        rhine += disaster.name().equals("rhine") ? 1 : 0;
        total++;
      }
    }

    // Weights 3 and 1: the Rhine is hit with probability 3/4, binomially around it.
    assertThat(total).isBetween(1800, 2200);
    double sd = Math.sqrt(total * 0.75 * 0.25);
    assertThat((double) rhine).isBetween(0.75 * total - 4 * sd, 0.75 * total + 4 * sd);
  }

  @Test
  void regionalHazard_oneHazardOfTinyWeight_isStillAlwaysChosen() {
    DisruptionGenerator g = new DisruptionGenerator.RegionalHazard(20, new Deterministic(DAY_MS), 50,
        List.of(new DisruptionGenerator.Hazard("only", RHINE, 1e-9)));

    assertThat(DisruptionSchedule.sample(List.of(), List.of(g), YEAR, 3, 0)).isNotEmpty()
        .allSatisfy(d -> assertThat(d.target()).isEqualTo("only"));
  }

  @Test
  void templates_makeEveryTypeWithItsSeverityFixed() {
    long s = DAY_MS;
    long e = 3 * DAY_MS;
    GeoPoint p = new GeoPoint(1, 2);
    assertThat(new DisruptionTemplate.NodeOutages(List.of("a", "b")).make(1, s, e))
        .isEqualTo(new Disruption.NodeOutage("b", s, e));
    assertThat(new DisruptionTemplate.CapacityLosses(List.of("a"), 0.3).make(0, s, e))
        .isEqualTo(new Disruption.CapacityLoss("a", 0.3, s, e));
    assertThat(new DisruptionTemplate.RegionalDisasters(List.of(new DisruptionTemplate.Site("x", p)), 80).make(0, s, e))
        .isEqualTo(new Disruption.RegionalDisaster("x", p, 80, s, e));
    assertThat(new DisruptionTemplate.LaneClosures(List.of(new DisruptionTemplate.LaneEnds("*", "r")), 0).make(0, s, e))
        .isEqualTo(new Disruption.LaneClosure("*", "r", 0, s, e));
    assertThat(new DisruptionTemplate.LaneClosures(List.of(new DisruptionTemplate.LaneEnds("a", "*")), 2.5).type())
        .isEqualTo("lane-slowdown");
    assertThat(new DisruptionTemplate.SupplierFailures(List.of("s")).make(0, s, e))
        .isEqualTo(new Disruption.SupplierFailure("s", s, e));
    assertThat(new DisruptionTemplate.DemandSurges(List.of("*", "r"), "kit", 2).make(1, s, e))
        .isEqualTo(new Disruption.DemandSurge("r", "kit", 2, s, e));
    assertThat(new DisruptionTemplate.PlatformOutages(true).make(0, s, e))
        .isEqualTo(new Disruption.PlatformOutage(true, s, e));
    assertThat(new DisruptionTemplate.StocksDestroyed(List.of("dc"), 0.5).make(0, s, e))
        .isEqualTo(new Disruption.StockDestroyed("dc", 0.5, s));
  }

  @Test
  void poisson_stockDestroyed_isAOneOffWhateverTheDuration() {
    DisruptionGenerator g = new DisruptionGenerator.Poisson(
        new DisruptionTemplate.StocksDestroyed(List.of("dc-a", "*"), 0.5), 20, new Deterministic(7.0 * DAY_MS));

    assertThat(DisruptionSchedule.sample(List.of(), List.of(g), YEAR, 4, 0)).isNotEmpty()
        .allSatisfy(d -> assertThat(d.endMs()).isEqualTo(d.startMs()));
  }

  @Test
  void generators_invalidParameters_areRefused() {
    DisruptionTemplate t = new DisruptionTemplate.NodeOutages(List.of("a"));
    assertThatThrownBy(() -> new DisruptionGenerator.Poisson(t, 0, FIVE_DAYS)).hasMessageContaining("per year");
    assertThatThrownBy(() -> new DisruptionGenerator.Poisson(t, Double.POSITIVE_INFINITY, FIVE_DAYS))
        .hasMessageContaining("per year");
    assertThatThrownBy(() -> new DisruptionTemplate.NodeOutages(List.of())).hasMessageContaining("at least one");
    assertThatThrownBy(() -> new DisruptionTemplate.CapacityLosses(List.of("a"), 0)).hasMessageContaining("share");
    assertThatThrownBy(() -> new DisruptionTemplate.LaneClosures(
        List.of(new DisruptionTemplate.LaneEnds("a", "b")), 1)).hasMessageContaining("slowdown");
    assertThatThrownBy(() -> new DisruptionTemplate.DemandSurges(List.of("*"), "*", 1)).hasMessageContaining("factor");
    assertThatThrownBy(() -> new DisruptionGenerator.Hazard("h", RHINE, 0)).hasMessageContaining("weight");
    assertThatThrownBy(() -> new DisruptionGenerator.RegionalHazard(1, FIVE_DAYS, 0,
        List.of(new DisruptionGenerator.Hazard("h", RHINE, 1)))).hasMessageContaining("radius");
    assertThatThrownBy(() -> new DisruptionGenerator.RegionalHazard(1, FIVE_DAYS, 10, List.of()))
        .hasMessageContaining("at least one hazard");
    assertThatThrownBy(() -> new DisruptionGenerator.RegionalHazard(1, FIVE_DAYS, 10,
        List.of(new DisruptionGenerator.Hazard("h", RHINE, 1), new DisruptionGenerator.Hazard("h", PO, 1))))
        .hasMessageContaining("twice");
  }

  @Test
  void canonical_everyType_holdsEveryField() {
    List<Disruption> list = List.of(
        new Disruption.NodeOutage("plant-kassel", 1000, 2000),
        new Disruption.CapacityLoss("plant-kassel", 0.5, 1000, 2000),
        new Disruption.RegionalDisaster("rhine-flood", new GeoPoint(0.5, -2), 150, 1000, 2000),
        new Disruption.LaneClosure("*", "region-london", 0, 1000, 2000),
        new Disruption.LaneClosure("a", "b", 2.5, 1000, 2000),
        new Disruption.SupplierFailure("supplier-steel", 1000, 2000),
        new Disruption.DemandSurge("*", "seal-kit", 2, 1000, 2000),
        new Disruption.PlatformOutage(false, 1000, 2000),
        new Disruption.PlatformOutage(true, 1000, 2000),
        new Disruption.StockDestroyed("dc-paris", 0.25, 1000));

    assertThat(DisruptionSchedule.canonical(list)).isEqualTo("""
        node-outage|node=plant-kassel|startMs=1000|endMs=2000
        capacity-loss|node=plant-kassel|share=3fe0000000000000|startMs=1000|endMs=2000
        regional-disaster|name=rhine-flood|lat=3fe0000000000000|lon=c000000000000000|radiusKm=4062c00000000000\
        |startMs=1000|endMs=2000
        lane-closure|from=*|to=region-london|slowdown=0|startMs=1000|endMs=2000
        lane-slowdown|from=a|to=b|slowdown=4004000000000000|startMs=1000|endMs=2000
        supplier-failure|supplier=supplier-steel|startMs=1000|endMs=2000
        demand-surge|region=*|product=seal-kit|factor=4000000000000000|startMs=1000|endMs=2000
        platform-outage|startMs=1000|endMs=2000
        platform-stale|startMs=1000|endMs=2000
        stock-destroyed|node=dc-paris|share=3fd0000000000000|startMs=1000|endMs=1000
        """);
  }

  @Test
  void hash_isTheSha256OfTheCanonicalText() throws Exception {
    List<Disruption> list = DisruptionSchedule.sample(FIXED, GENERATORS, YEAR, 1, 0);
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(DisruptionSchedule.canonical(list).getBytes(StandardCharsets.UTF_8));

    assertThat(DisruptionSchedule.hash(list)).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
    assertThat(DisruptionSchedule.hash(List.of()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hash_differsWhenAnyFieldDiffers() {
    Disruption base = new Disruption.RegionalDisaster("r", new GeoPoint(50, 7), 100, 10, 20);
    List<Disruption> variants = List.of(
        new Disruption.RegionalDisaster("s", new GeoPoint(50, 7), 100, 10, 20),
        new Disruption.RegionalDisaster("r", new GeoPoint(50.000001, 7), 100, 10, 20),
        new Disruption.RegionalDisaster("r", new GeoPoint(50, 7.000001), 100, 10, 20),
        new Disruption.RegionalDisaster("r", new GeoPoint(50, 7), 100.5, 10, 20),
        new Disruption.RegionalDisaster("r", new GeoPoint(50, 7), 100, 11, 20),
        new Disruption.RegionalDisaster("r", new GeoPoint(50, 7), 100, 10, 21));

    String h = DisruptionSchedule.hash(List.of(base));
    assertThat(variants).allSatisfy(v -> assertThat(DisruptionSchedule.hash(List.of(v))).isNotEqualTo(h));
  }

  @Test
  void end_hugeDuration_saturatesInsteadOfOverflowing() {
    assertThat(DisruptionSchedule.end(5, 1e300)).isEqualTo(Long.MAX_VALUE);
    assertThat(DisruptionSchedule.end(5, -3)).isEqualTo(5);
    assertThat(DisruptionSchedule.end(5, 2.5)).isEqualTo(7);
  }
}
