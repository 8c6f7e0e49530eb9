package org.dmsim.reports.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.assertj.core.data.Offset;
import org.dmsim.model.mfg.kpi.Metrics;
import org.dmsim.model.result.EntityResult;
import org.dmsim.model.result.ExperimentRun;
import org.dmsim.model.result.MetricValue;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.stats.Tally;
import org.dmsim.model.time.SimTime;
import org.dmsim.reports.network.TinyNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StationFilesTest {
  @TempDir
  Path dir;

  /**
   * A run of {@link TinyNetwork} (10 days; plant-a: cnc m1, m2 and printer m3; mf-b: cnc m1): plant-a/m1
   * took 4 job steps that waited {@code m1WaitH} h each on average, 2 of them more than 0; plant-a/m2 took 4
   * that never waited; the printer took none; mf-b/m1 took 2 that waited 5 h each.
   */
  private static ExperimentRun run(int rep, double m1WaitH) {
    RunResult r = new RunResult("tiny", 7, rep, 10 * SimTime.DAY_MS, List.of(
        new EntityResult("mf-b/m1", 1, 0, machine(2, 5, 2, 0.25, 2, 6)),
        new EntityResult("plant-a/m1", 1, 0, machine(4, m1WaitH, 2, 0.5, 4, 8)),
        new EntityResult("plant-a/m2", 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0.3, 0, new double[0]),
            MetricValue.counter(Metrics.JOBS, 4), MetricValue.counter(Metrics.PROCESSED_UNITS, 4),
            MetricValue.tally(Metrics.QUEUE_WAIT_MS, Tally.of(4, 0, 0, 0, 0)))),
        new EntityResult("plant-a/m3", 1, 0, List.of(MetricValue.daily(Metrics.BUSY, 0, 0, new double[0])))));
    return new ExperimentRun("outage", "central", rep, List.of(), r, Map.of(), Map.of());
  }

  private static List<MetricValue> machine(int taken, double meanWaitH, int waited, double busy, int jobs, int units) {
    double waitMs = meanWaitH * SimTime.HOUR_MS;
    return List.of(MetricValue.daily(Metrics.BUSY, busy, 0, new double[0]), MetricValue.counter(Metrics.JOBS, jobs),
        MetricValue.counter(Metrics.PROCESSED_UNITS, units),
        MetricValue.tally(Metrics.QUEUE_WAIT_MS, Tally.of(taken, waitMs, 1, 0, 2 * waitMs)),
        MetricValue.counter(Metrics.WAITED_JOBS, waited));
  }

  @Test
  void write_perSiteAndMachineType_meanAndHalfWidthOverReplications() throws Exception {
    List<ExperimentRun> runs = List.of(run(1, 12), run(0, 6));

    StationFiles.write(dir, List.of("outage"), List.of("central", "local"), runs,
        Map.of("central", TinyNetwork.spec()), 0);

    List<String> lines = Files.readAllLines(dir.resolve(StationFiles.STATIONS));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(StationFiles.HEADER);
    // plant-a cnc: 8 steps; waits 24 h (rep 0) and 48 h (rep 1) over 240 h; 2 of 8 waited; busy (0.5 + 0.3)/2
    String[] cnc = lines.get(2).split(",", -1);
    assertThat(List.of(cnc).subList(0, 6)).containsExactly("outage", "central", "plant-a", "cnc", "2", "2");
    assertThat(Double.parseDouble(cnc[6])).as("wait_h").isEqualTo(4.5);
    double t = new TDistribution(1).inverseCumulativeProbability(0.975);
    assertThat(Double.parseDouble(cnc[7])).as("wait_h_half_width").isCloseTo(t * 1.5, Offset.offset(1e-9));
    assertThat(Double.parseDouble(cnc[8])).as("waiting_jobs").isCloseTo(0.15, Offset.offset(1e-12));
    assertThat(List.of(cnc).subList(10, 18)).containsExactly("0.25", "0", "0.4", "0", "0.8", "0", "1.2", "0");
    // the printer took no job step: no mean wait, no share that waited
    assertThat(lines.get(3)).isEqualTo("outage,central,plant-a,printer,1,2,,,0,0,,,0,0,0,0,0,0");
    // mf-b cnc: 2 steps of 5 h each -> 10 h over 240 h; both waited
    String[] mf = lines.get(1).split(",", -1);
    assertThat(List.of(mf).subList(0, 8)).containsExactly("outage", "central", "mf-b", "cnc", "1", "2", "5", "0");
    assertThat(Double.parseDouble(mf[8])).isCloseTo(10.0 / 240, Offset.offset(1e-12));
    assertThat(List.of(mf).subList(10, 18)).containsExactly("1", "0", "0.25", "0", "0.2", "0", "0.6", "0");
  }

  @Test
  void write_warmup_shortensTheMeasuredInterval() throws Exception {
    StationFiles.write(dir, List.of("outage"), List.of("central"), List.of(run(0, 6)),
        Map.of("central", TinyNetwork.spec()), 5 * SimTime.DAY_MS);

    // one replication: no half-width; 24 h of waiting over 120 h, 8 steps finished in 5 days
    String[] cnc = Files.readAllLines(dir.resolve(StationFiles.STATIONS)).get(2).split(",", -1);
    assertThat(List.of(cnc).subList(6, 18)).containsExactly("3", "", "0.2", "", "0.25", "", "0.4", "", "1.6", "",
        "2.4", "");
  }
}
