package org.dmsim.reports.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionFilesTest {
  @TempDir
  Path dir;

  /** A run with two machines at plant-a, one at mf-b, and a region with a lead-time histogram. */
  private static ExperimentRun run(String variant, int rep, double busy, double[] leadCells) {
    RunResult r = new RunResult("m", 7, rep, 2 * 86_400_000L, List.of(
        new EntityResult("mf-b/m1", 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0, 0, new double[] {busy, 1}))),
        new EntityResult("plant-a/m1", 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0, 0, new double[] {busy, 0}))),
        new EntityResult("plant-a/m2", 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0, 0, new double[] {0, 0}))),
        new EntityResult("region", 1, 0, List.of(MetricValue.bins(Metrics.LEAD_TIME_15MIN, 1, leadCells)))));
    return new ExperimentRun("outage", variant, rep, List.of(), r, Map.of(), Map.of());
  }

  @Test
  void write_pooledOverReplications_perCaseAndVariant() throws Exception {
    List<ExperimentRun> runs = List.of(run("central", 1, 0.5, new double[] {0, 0, 1, 1}),
        run("central", 0, 1, new double[] {0, 2}), run("local", 0, 0.25, new double[0]));

    DistributionFiles.write(dir, List.of("outage"), List.of("central", "local"), runs);

    // cells [0.25, 0.5) h: 2 orders, [0.5, 0.75): 1, [0.75, 1): 1 -> 0.5, 0.75, 1; local delivered nothing
    assertThat(Files.readAllLines(dir.resolve("leadtimes.csv"))).containsExactly(
        "case,variant,upper_h,cumulative_share", "outage,central,0.5,0.5", "outage,central,0.75,0.75",
        "outage,central,1,1");
    // plant-a day 0: (1 + 0)/2 in rep 0, (0.5 + 0)/2 in rep 1 -> 0.375; mf-b: (1 + 0.5)/2
    assertThat(Files.readAllLines(dir.resolve("utilization-daily.csv"))).containsExactly(
        "case,variant,site,day,utilization", "outage,central,mf-b,0,0.75", "outage,central,mf-b,1,1",
        "outage,central,plant-a,0,0.375", "outage,central,plant-a,1,0", "outage,local,mf-b,0,0.25",
        "outage,local,mf-b,1,1", "outage,local,plant-a,0,0.125", "outage,local,plant-a,1,0");
  }
}
