package org.dmsim.sim.mfg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.dmsim.model.mfg.policy.AllocationPolicy;
import org.dmsim.model.mfg.disruption.Disruption;
import org.dmsim.model.mfg.spec.Batching;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.Test;

/**
 * Conservation of units on random small networks (policy, load from light to overloaded, batching,
 * run length and seed drawn at random): at the end of any run every ordered unit is delivered, lost,
 * or somewhere in between — on its way to the platform, pending there, on its way to a site, waiting
 * for material or a machine, on a machine, waiting for consolidation, backordered, in transit, or
 * cancelled with the confirmation still on its way — each counted once, from the holders' own books
 * (final levels) and the senders' and receivers' counters. Odd seeds add every kind of disruption. Replenishment units likewise, and scrapped
 * units are counted (and remade: every unit a site received is made once, whatever was scrapped).
 */
class ConservationProperties {
  private final SequentialEngine engine = new SequentialEngine();

  @Test
  void everyOrderedUnitIsSomewhere() {
    qt().withExamples(30).withShrinkCycles(10)
        .forAll(integers().between(0, 2 * AllocationPolicy.values().length - 1), doubles().between(0.2, 3.0),
            integers().between(2, 40), longs().between(0, 1_000_000))
        .checkAssert((variant, load, days, seed) -> {
          int policy = variant % AllocationPolicy.values().length;
          int consolidate = variant / AllocationPolicy.values().length;
          Batching batching = consolidate == 1 ? new Batching(true, 6, 6 * SimTime.HOUR_MS) : Batching.PER_ORDER;
          ManufacturingSpec spec = MfgFixtures.everything(AllocationPolicy.values()[policy], load, batching,
              days * SimTime.DAY_MS);
          if (seed % 2 == 1) {
            long d = SimTime.DAY_MS;
            spec = spec.withDisruptions(List.of(
                new Disruption.NodeOutage("plant-frankfurt", d, 3 * d),
                new Disruption.CapacityLoss("mf-milan", 0.5, 2 * d, 4 * d),
                new Disruption.PlatformOutage(false, d + d / 2, 2 * d),
                new Disruption.PlatformOutage(true, 3 * d, 5 * d),
                new Disruption.LaneClosure("*", "region-paris", 0, d, d + d / 3),
                new Disruption.SupplierFailure("steel-dortmund", 0, 2 * d),
                new Disruption.DemandSurge("*", "*", 2, d, 2 * d),
                new Disruption.NodeOutage("dc-lyon", 2 * d, 3 * d),
                new Disruption.StockDestroyed("*", 0.5, d)));
          }
          RunResult run = engine.run(spec.plan(), seed, 0);
          Ledger l = new Ledger(run);
          double ordered = l.count(Metrics.ORDERED_UNITS);
          assertThat(ordered).isPositive();
          assertThat(l.count(Metrics.DELIVERED_UNITS) + l.count(Metrics.LOST_UNITS) + l.openAtRegions())
              .as("regions' books").isEqualTo(ordered);
          assertThat(l.openInPipeline()).as("open units by the holders' books").isEqualTo(l.openAtRegions());
          assertThat(l.replenishmentInPipeline() + l.count(Metrics.STOCK_RECEIVED_UNITS))
              .as("replenishment").isEqualTo(l.count(Metrics.STOCK_ORDERED_UNITS));
          double madeForCustomers = l.count(Metrics.MADE_UNITS) - l.count(Metrics.REPLENISHED_UNITS);
          double customerUnitsAtProducers = l.count(Metrics.RECEIVED_UNITS) - dcReceived(run);
          assertThat(madeForCustomers + l.end(Metrics.AWAITING_MATERIAL_UNITS) + l.end(Metrics.QUEUED_UNITS)
              + l.end(Metrics.IN_PROCESS_UNITS) + l.count(Metrics.CANCELLED_UNITS) - dcCancelled(run))
              .as("every customer unit a producer received is made once, cancelled, or still in production")
              .isEqualTo(customerUnitsAtProducers);
        });
  }

  @Test
  void scrapIsCountedAndCosted() {
    ManufacturingSpec spec = MfgFixtures.everything(AllocationPolicy.NEAREST, 1, Batching.PER_ORDER, 60 * SimTime.DAY_MS);
    Ledger l = new Ledger(engine.run(spec.plan(), 3, 0));
    assertThat(l.count(Metrics.SCRAPPED_UNITS)).isPositive();
    assertThat(l.count(Metrics.MADE_UNITS)).isPositive();
  }

  private static double dcReceived(RunResult run) {
    return run.entities().stream().filter(e -> e.entity().startsWith("dc-"))
        .flatMap(e -> e.metric(Metrics.RECEIVED_UNITS).stream()).mapToDouble(m -> m.count()).sum();
  }

  private static double dcCancelled(RunResult run) {
    return run.entities().stream().filter(e -> e.entity().startsWith("dc-"))
        .flatMap(e -> e.metric(Metrics.CANCELLED_UNITS).stream()).mapToDouble(m -> m.count()).sum();
  }
}
