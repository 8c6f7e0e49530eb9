package org.dmsim.scenarios.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.api.BothEngines;
import org.dmsim.scenarios.api.Scenarios;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * A distribution centre's backup source ({@code backup:}): while its plant is out (days 20 to 40 of
 * {@code dc-backup.yaml}) orders go to the backup plant after the switch-over and come back after the
 * outage, so the centre owes customers far less than without a backup; a split sends a share to each.
 * Both engines agree.
 */
class DcBackupSourceTest {
  private static final Path SCENARIO = Path.of("src", "test", "resources", "scenario", "dc-backup.yaml");

  @Test
  void primaryOut_ordersGoToTheBackupAndBack_andTheCentreOwesLess() throws Exception {
    Scenarios without = Scenarios.load(SCENARIO);
    Scenarios with = without.with("nodes[dc].backup", "{from: plant-b, switchOver: 1d}");
    RunResult alone = BothEngines.run(without);
    RunResult backed = BothEngines.run(with);

    EntityResult dc = backed.entity("dc").orElseThrow();
    assertThat(count(dc, Metrics.SOURCE_SWITCHES)).isEqualTo(2);
    long toBackup = count(dc, Metrics.STOCK_ORDERED_BACKUP_UNITS);
    assertThat(toBackup).isPositive();
    assertThat(count(dc, Metrics.STOCK_ORDERED_PRIMARY_UNITS) + toBackup)
        .isEqualTo(count(dc, Metrics.STOCK_ORDERED_UNITS));
    // Without a backup nothing reaches the centre for 20 days: backorders pile up; with one they last
    // about the switch-over and the backup's lead time.
    double owedAlone = alone.entity("dc").orElseThrow().metric(Metrics.BACKORDERED_UNITS).orElseThrow().mean();
    double owedBacked = dc.metric(Metrics.BACKORDERED_UNITS).orElseThrow().mean();
    assertThat(owedBacked).isLessThan(owedAlone / 3);
    assertThat(alone.entity("dc").orElseThrow().metric(Metrics.STOCK_ORDERED_BACKUP_UNITS)).isEmpty();
  }

  @Test
  void split_sendsAShareToEach_andAllToTheBackupWhileThePrimaryIsOut() throws Exception {
    Scenarios s = Scenarios.load(SCENARIO).with("nodes[dc].backup", "{from: plant-b, split: 0.7}");
    EntityResult dc = BothEngines.run(s).entity("dc").orElseThrow();
    long primary = count(dc, Metrics.STOCK_ORDERED_PRIMARY_UNITS);
    long backup = count(dc, Metrics.STOCK_ORDERED_BACKUP_UNITS);
    assertThat(primary + backup).isEqualTo(count(dc, Metrics.STOCK_ORDERED_UNITS));
    // A third of the run the primary is out and the backup gets everything: the primary's share is
    // below 0.7 but well above 0.
    double share = (double) primary / (primary + backup);
    assertThat(share).isBetween(0.3, 0.69);
  }

  @Test
  void backupThatIsThePrimary_isAnErrorAtItsField() {
    assertThatThrownBy(() -> Scenarios.load(SCENARIO).with("nodes[dc].backup", "{from: plant-a}"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("nodes[2].backup.from: expected a backup other than replenishFrom, found \"plant-a\", "
            + "its replenishFrom too");
    assertThatThrownBy(() -> Scenarios.load(SCENARIO).with("nodes[dc].backup", "{from: plant-c}"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("nodes[2].backup.from: expected the id of another node declared in nodes (one of: "
            + "plant-a, plant-b, dc), found \"plant-c\"");
  }

  private static long count(EntityResult e, String metric) {
    return e.metric(metric).orElseThrow().count();
  }
}
