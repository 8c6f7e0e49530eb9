package org.dmsim.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.result.RunResult;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes {@code echelons.csv}: for every replication, stage (a distribution centre with a
 * {@code period}) and period, the units demanded of the stage, the units it ordered, its units on
 * hand and owed at the period's end and its cost — {@code replication, stage, depth, period,
 * demand_units, filled_units, ordered_units, on_hand_units, backlog_units, cost_eur} ({@code filled_units}:
 * of the demand, filled at once from stock).
 */
public final class EchelonCsv {
  private EchelonCsv() {}

  /** Whether {@code spec} has a stage: a distribution centre with a period. */
  public static boolean hasStages(ManufacturingSpec spec) {
    return spec.nodes().stream().anyMatch(n -> n.echelon().periodMs().isPresent());
  }

  /** Writes the file into {@code dir}; returns it. */
  public static Path write(ManufacturingSpec spec, List<RunResult> runs, Path dir) throws IOException {
    Path file = dir.resolve("echelons.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("replication,stage,depth,period,demand_units,filled_units,ordered_units,on_hand_units,backlog_units,cost_eur\n");
      for (RunResult run : runs) {
        for (EchelonSeries s : EchelonSeries.of(spec, run)) {
          double[] demand = s.demand();
          double[] filled = s.filled();
          double[] orders = s.orders();
          double[] onHand = s.onHand();
          double[] backlog = s.backlog();
          double[] cost = s.cost();
          for (int i = 0; i < s.periods(); i++) {
            w.write(run.replication() + "," + s.stage() + "," + s.depth() + "," + (i + 1) + ","
                + ShortestDecimal.csv(demand[i]) + "," + ShortestDecimal.csv(filled[i]) + ","
                + ShortestDecimal.csv(orders[i]) + ","
                + ShortestDecimal.csv(onHand[i]) + "," + ShortestDecimal.csv(backlog[i]) + ","
                + ShortestDecimal.csv(cost[i]) + "\n");
          }
        }
      }
    }
    return file;
  }
}
