package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dmsim run scenarios/library/beer-game.yaml}, as the docs show it: the stage table and the weekly
 * series are printed, the same on the sequential engine and on actors, and written to echelons.csv.
 */
class BeerGameCliTest {
  @Test
  void run_printsTheSameStagesAndSeriesOnBothEngines(@TempDir Path dir) throws Exception {
    CliRun sequential = CliRun.of("run", "library/beer-game.yaml", "--engine", "sequential", "--out",
        dir.resolve("s").toString());
    CliRun actors = CliRun.of("run", "library/beer-game.yaml", "--engine", "actors", "--threads", "2", "--out",
        dir.resolve("a").toString());

    assertThat(sequential.code()).as(sequential.err()).isZero();
    assertThat(actors.code()).as(actors.err()).isZero();
    String table = stages(sequential.out());
    assertThat(table).isEqualTo(stages(actors.out()));
    assertThat(table).contains("  total                 1104.50");
    assertThat(table).containsPattern("\\n +36 \\|");
    assertThat(Files.readString(dir.resolve("s").resolve("echelons.csv")))
        .isEqualTo(Files.readString(dir.resolve("a").resolve("echelons.csv")))
        .startsWith("case,variant,replication,stage,depth,period,demand_units,filled_units,ordered_units,"
            + "on_hand_units,backlog_units,cost_eur\nas written,beer-game,0,retailer,0,1,4,4,4,12,0,6\n");
    // the report of a scenario run shows the stock chain and, like an experiment's, the stations
    assertThat(Files.readString(dir.resolve("s").resolve("report.html"))).contains("<h2>Stock chain</h2>")
        .contains("chain-orders-1").contains("<h3>Stations</h3>").contains("<td>brewery</td><td>brew-kettle</td>");
  }

  private static String stages(String out) {
    int from = out.indexOf("Stock chain");
    int to = out.indexOf("wall time");
    assertThat(from).as(out).isNotNegative();
    return out.substring(from, to);
  }
}
