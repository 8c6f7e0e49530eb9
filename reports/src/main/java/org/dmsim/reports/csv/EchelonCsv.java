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
 * Writes {@code echelons.csv}: for every case, variant, replication, stage (a distribution centre with a
 * {@code period}) and period, the units demanded of the stage, the units of that demand it filled at
 * once from stock, the units it ordered, its units on hand and owed at the period's end and its cost —
 * {@link #HEADER}. A scenario run has one case, {@code as written}, and one variant, the scenario.
 */
public final class EchelonCsv {
  /** The file's name. */
  public static final String FILE = "echelons.csv";
  /** The header row. */
  public static final String HEADER = "case,variant,replication,stage,depth,period,demand_units,filled_units,"
      + "ordered_units,on_hand_units,backlog_units,cost_eur";

  /** One run to write: its case and variant, the spec it ran and its result. */
  public record Run(String caseName, String variant, ManufacturingSpec spec, RunResult result) {}

  private EchelonCsv() {}

  /** Whether {@code spec} has a stage: a distribution centre with a period. */
  public static boolean hasStages(ManufacturingSpec spec) {
    return spec.nodes().stream().anyMatch(n -> n.echelon().periodMs().isPresent());
  }

  /** Writes the stages of {@code runs} (those whose spec has any) into {@code dir}; returns the file. */
  public static Path write(Path dir, List<Run> runs) throws IOException {
    Path file = dir.resolve(FILE);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      for (Run run : runs) {
        if (!hasStages(run.spec())) {
          continue;
        }
        for (EchelonSeries s : EchelonSeries.of(run.spec(), run.result())) {
          double[][] columns = {s.demand(), s.filled(), s.orders(), s.onHand(), s.backlog(), s.cost()};
          for (int i = 0; i < s.periods(); i++) {
            StringBuilder line = new StringBuilder(run.caseName()).append(',').append(run.variant()).append(',')
                .append(run.result().replication()).append(',').append(s.stage()).append(',').append(s.depth())
                .append(',').append(i + 1);
            for (double[] column : columns) {
              line.append(',').append(ShortestDecimal.csv(column[i]));
            }
            w.write(line.append('\n').toString());
          }
        }
      }
    }
    return file;
  }
}
