package org.dmsim.scenarios.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.format.ScenarioFormat;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fixed disruptions written by {@link DisruptionYaml} read back to exactly the same values, over every
 * type, with numbers biased to the edges of what a scenario file accepts (the smallest share, a factor
 * just above 1, the poles, -0.0, the longest duration) and times in whole ms that are no whole unit.
 */
class DisruptionYamlProperties {
  private static final ManufacturingSpec NETWORK = network();

  private static final Gen<Long> START = longs().between(0, ScenarioFormat.MAX_DURATION_MS)
      .mix(Generate.pick(List.of(0L, 1L, SimTime.DAY_MS, SimTime.DAY_MS + 1, ScenarioFormat.MAX_DURATION_MS)), 40);
  private static final Gen<Long> LENGTH = longs().between(1, ScenarioFormat.MAX_DURATION_MS)
      .mix(Generate.pick(List.of(1L, 999L, 1_000L, SimTime.WEEK_MS, ScenarioFormat.MAX_DURATION_MS)), 40);
  private static final Gen<Double> SHARE = doubles().between(Double.MIN_VALUE, 1)
      .mix(Generate.pick(List.of(Double.MIN_VALUE, 1e-300, 1.0 / 3, Math.nextDown(1.0), 1.0)), 40);
  private static final Gen<Double> RADIUS = doubles().between(Double.MIN_VALUE, ScenarioFormat.MAX_DISTANCE_KM)
      .mix(Generate.pick(List.of(Double.MIN_VALUE, 0.1, 150.0, ScenarioFormat.MAX_DISTANCE_KM)), 40);
  private static final Gen<Double> LATITUDE = doubles().between(-90, 90)
      .mix(Generate.pick(List.of(-90.0, -0.0, 0.0, 51.31, 90.0)), 40);
  private static final Gen<Double> LONGITUDE = doubles().between(-180, 180)
      .mix(Generate.pick(List.of(-180.0, -0.0, 1e-7, 180.0)), 40);
  private static final Gen<Double> SLOWDOWN = doubles().between(Math.nextUp(1.0), ScenarioFormat.MAX_FACTOR)
      .mix(Generate.pick(List.of(Math.nextUp(1.0), 2.0, ScenarioFormat.MAX_FACTOR)), 40);
  private static final Gen<Double> SURGE = doubles().between(0, ScenarioFormat.MAX_FACTOR).assuming(x -> x != 1)
      .mix(Generate.pick(List.of(0.0, Math.nextDown(1.0), Math.nextUp(1.0), ScenarioFormat.MAX_FACTOR)), 40);
  private static final Gen<String> PLACE = Generate.pick(List.of("plant-kassel", "dc-paris", "supplier-steel",
      "region-london", "region-paris", "*"));
  private static final Gen<String> NAME = Generate.pick(List.of("a", "rhine-flood", "0-9", "x-".repeat(20) + "y"));

  /** One fixed disruption of any type, its ids from {@link #network}. */
  private static final Gen<Disruption> DISRUPTION = in -> {
    long start = START.generate(in);
    long end = start + LENGTH.generate(in);
    return switch (integers().between(0, 9).generate(in)) {
      case 0 -> new Disruption.NodeOutage(Generate.pick(List.of("plant-kassel", "dc-paris", "supplier-steel",
          Disruption.LARGEST)).generate(in), start, end);
      case 1 -> new Disruption.CapacityLoss(Generate.pick(List.of("plant-kassel", "*", Disruption.LARGEST))
          .generate(in), SHARE.generate(in), start, end);
      case 2 -> new Disruption.RegionalDisaster(NAME.generate(in), new GeoPoint(LATITUDE.generate(in),
          LONGITUDE.generate(in)), RADIUS.generate(in), start, end);
      case 3 -> new Disruption.BorderClosure(NAME.generate(in), new GeoPoint(LATITUDE.generate(in),
          LONGITUDE.generate(in)), RADIUS.generate(in), start, end);
      case 4 -> {
        String from = PLACE.generate(in);
        String to = PLACE.assuming(t -> t.equals("*") || !t.equals(from)).generate(in);
        yield new Disruption.LaneClosure(from, to, booleans().all().generate(in) ? 0 : SLOWDOWN.generate(in), start,
            end);
      }
      case 5 -> new Disruption.SupplierFailure("supplier-steel", start, end);
      case 6 -> new Disruption.DemandSurge(Generate.pick(List.of("region-london", "region-paris", "*")).generate(in),
          Generate.pick(List.of("impeller", "seal-kit", "*")).generate(in), SURGE.generate(in), start, end);
      case 7 -> new Disruption.PlatformOutage(booleans().all().generate(in), start, end);
      default -> new Disruption.StockDestroyed(Generate.pick(List.of("dc-paris", "*")).generate(in),
          SHARE.generate(in), start);
    };
  };

  @Test
  void fixedDisruptionsReadBackExactly() {
    qt().forAll(lists().of(DISRUPTION).ofSizeBetween(0, 6)).checkAssert(list -> {
      String yaml = DisruptionYaml.list(list);
      try {
        assertThat(DisruptionYaml.read(yaml, "disruptions", NETWORK)).as(yaml).isEqualTo(list);
      } catch (ScenarioException e) {
        throw new AssertionError(yaml + e.getMessage(), e);
      }
    });
  }

  private static ManufacturingSpec network() {
    try {
      return ScenarioLoader.load(Path.of("src", "test", "resources", "experiment", "central.yaml")).network();
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }
}
