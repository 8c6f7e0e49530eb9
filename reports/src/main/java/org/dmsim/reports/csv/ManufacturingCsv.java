package org.dmsim.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.model.mfg.kpi.ManufacturingKpis;
import org.dmsim.model.result.RunResult;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * Writes the per-run detail of a manufacturing scenario next to {@code summary.json}:
 * {@code timeseries.csv} (replication, day, metric, value — daily fill rate, backlog, stock,
 * throughput and lost units) and {@code utilization.csv} (replication, entity, utilization: each
 * producing node's mean over its machines, then each machine).
 * Numbers are the {@linkplain ShortestDecimal shortest exact decimal}; an undefined value (a day with nothing
 * due) is empty. {@code warmupMs}: see {@link ManufacturingKpis#of}.
 */
public final class ManufacturingCsv {
  private ManufacturingCsv() {}

  /** Writes both files into {@code dir}; returns the time-series file. */
  public static Path write(ManufacturingSpec spec, List<RunResult> runs, long warmupMs, Path dir) throws IOException {
    Path series = dir.resolve("timeseries.csv");
    Path utilization = dir.resolve("utilization.csv");
    try (Writer ts = Files.newBufferedWriter(series, StandardCharsets.UTF_8);
        Writer nu = Files.newBufferedWriter(utilization, StandardCharsets.UTF_8)) {
      ts.write("replication,day,metric,value\n");
      nu.write("replication,entity,utilization\n");
      for (RunResult run : runs) {
        ManufacturingKpis k = ManufacturingKpis.of(run, spec, warmupMs);
        for (Map.Entry<String, double[]> e : k.daily().entrySet()) {
          double[] v = e.getValue();
          for (int d = 0; d < v.length; d++) {
            ts.write(run.replication() + "," + d + "," + e.getKey() + "," + number(v[d]) + "\n");
          }
        }
        for (Map.Entry<String, Double> e : k.utilization().entrySet()) {
          nu.write(run.replication() + "," + e.getKey() + "," + number(e.getValue()) + "\n");
        }
      }
    }
    return series;
  }

  private static String number(double v) {
    return ShortestDecimal.csv(v);
  }
}
