package org.dmsim.scenarios.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dmsim.model.mfg.entity.Supplier;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sourcing end to end ({@code sourcing.yaml}): the plant's primary supplier fails from day 10 to day 20;
 * with a backup the plant keeps getting steel, without one its jobs wait for material. The same digest
 * on both engines, and orders counted at each supplier.
 */
class SourcingScenarioTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "sourcing.yaml");

  @Test
  void run_primaryFailsWithBackup_ordersGoToTheBackupAndBack_sameDigestOnBothEngines() throws Exception {
    RunResult run = BothEngines.run(Scenarios.load(SCENARIO));
    // To the backup at day 11, back to the primary at day 20.
    assertThat(metric(run, "plant-lyon", Metrics.SOURCE_SWITCHES).map(MetricValue::count)).contains(2L);
    long near = orders(run, "supplier-near");
    long far = orders(run, "supplier-far");
    // Orders go out as jobs arrive (about 40 a day): some 9 days' worth to the backup, the rest to the primary.
    assertThat(far).isBetween(200L, 500L);
    assertThat(near).isGreaterThan(far);
    // Every order placed reached a supplier, but those still under way at the horizon (1 h of order latency).
    long placed = metric(run, "plant-lyon", Metrics.COMPONENT_ORDERS).orElseThrow().count();
    assertThat(near + far).isBetween(placed - 10, placed);
    assertThat(metric(run, "plant-lyon", Metrics.BACKUP_ORDERED_UNITS).orElseThrow().count()).isBetween(far, far + 10);
  }

  @Test
  void run_primaryFailsWithoutBackup_jobsWaitLongerForMaterial_andNothingGoesElsewhere(@TempDir Path dir)
      throws Exception {
    Path without = dir.resolve("no-sourcing.yaml");
    Files.writeString(without, withoutSourcing(Files.readString(SCENARIO)));
    RunResult withBackup = Simulation.run(Scenarios.load(SCENARIO), options(SCENARIO)).runs().get(0);
    RunResult noBackup = Simulation.run(Scenarios.load(without), options(without)).runs().get(0);

    assertThat(orders(noBackup, "supplier-far")).isZero();
    assertThat(metric(noBackup, "plant-lyon", Metrics.SOURCE_SWITCHES)).isEmpty();
    Scenarios undisturbed = Scenarios.load(SCENARIO).with("disruptions", "[]");
    RunResult noFailure = Simulation.run(undisturbed, SimulationOptions.of(undisturbed).withReplications(1)).runs().get(0);
    // Units waiting for material, time-averaged over the run, above what waits anyway (each job's bar
    // is bought when the job comes: about a day of lead time, some 50 units).
    double base = waiting(noFailure);
    double extraWith = waiting(withBackup) - base;
    double extraWithout = waiting(noBackup) - base;
    // Without a backup some 40 units a day pile up for ten days: about 2000 unit-days, 60 over 30 days;
    // with one, only the day before the switch and the backup's longer pipeline count.
    assertThat(extraWithout).isGreaterThan(40);
    assertThat(extraWith).isLessThan(extraWithout / 2);
  }

  @Test
  void run_dualSourcing_splitsOrderedUnitsByTheShareOutsideTheOutage() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO).with("nodes[plant-lyon].sourcing[0].split", "0.7")
        .with("disruptions", "[]");
    RunResult run = BothEngines.run(s);
    long near = metric(run, "plant-lyon", Metrics.PRIMARY_ORDERED_UNITS).orElseThrow().count();
    long far = metric(run, "plant-lyon", Metrics.BACKUP_ORDERED_UNITS).orElseThrow().count();
    // One bar per order: 1,147 units, of which round(0.7 x 1,147) = 803 to the primary (docs/model.md).
    assertThat(near + far).isEqualTo(1147);
    assertThat(near).isEqualTo(803);
    // Running totals: the primary's share of all units ordered is 0.7 within half a unit.
    assertThat(Math.abs(near - 0.7 * (near + far))).isLessThanOrEqualTo(0.5);
    assertThat(metric(run, "plant-lyon", Metrics.SOURCE_SWITCHES)).isEmpty();
  }

  private static double waiting(RunResult run) {
    return metric(run, "plant-lyon", Metrics.AWAITING_MATERIAL_UNITS).orElseThrow().mean();
  }

  private static SimulationOptions options(Path file) throws Exception {
    return SimulationOptions.of(Scenarios.load(file)).withReplications(1);
  }

  /** The scenario text without its sourcing block. */
  private static String withoutSourcing(String yaml) {
    String out = yaml.replaceAll("(?s)    sourcing:\\n.*?\\n\\n", "\n");
    assertThat(out).doesNotContain("sourcing:").contains("suppliers:");
    return out;
  }

  /** Orders a supplier received: the count of its order-to-dispatch tally (one record per order). */
  private static long orders(RunResult run, String supplier) {
    return metric(run, supplier, Supplier.WAIT_MS).map(MetricValue::count).orElse(0L);
  }

  private static Optional<MetricValue> metric(RunResult run, String entity, String name) {
    EntityResult e = run.entities().stream().filter(x -> x.entity().equals(entity)).findFirst().orElseThrow();
    return e.metric(name);
  }

}
