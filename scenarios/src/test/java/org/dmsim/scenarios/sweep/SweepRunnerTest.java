package org.dmsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dmsim.reports.csv.SweepCsv;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

class SweepRunnerTest {
  private static final Path EXPERIMENT = Path.of("src/test/resources/sweep/mm1-experiment.yaml");

  private static Sweep sweep(String... params) {
    List<SweepParameter> ps = new java.util.ArrayList<>();
    for (int i = 0; i < params.length; i++) {
      ps.add(SweepParameter.commandLine(i + 1, params[i]));
    }
    return new Sweep("t", EXPERIMENT, ps, new SweepDesign.Factorial());
  }

  @Test
  void prepare_appliesEachPointsValueToTheVariantsItNames() throws Exception {
    List<SweepRunner.PreparedPoint> points = SweepRunner.prepare(
        sweep("second:nodes[plant].machines[server].count=2,3"), List.of(), false, 5L, 1);

    assertThat(points).hasSize(2);
    assertThat(points.get(1).experiment().variants().get(0).set()).isEmpty();
    assertThat(points.get(1).experiment().variants().get(1).set()).containsExactly("nodes[plant].machines[server].count=3");
    assertThat(points.get(1).experiment().seed()).isEqualTo(5);
    assertThat(points.get(1).experiment().replications()).isEqualTo(1);
  }

  @Test
  void run_stopped_keepsThePointsThatFinished() throws Exception {
    List<SweepRunner.PreparedPoint> points = SweepRunner.prepare(
        sweep("nodes[plant].machines[server].count=1..3", "horizon=15d"), List.of(), false, null, 1);
    Cancellation cancel = new Cancellation();
    SweepRunner.Listener stopAfterFirst = new SweepRunner.Listener() {
      @Override
      public ProgressListener started(SweepPoint point, int total) {
        return ProgressListener.none();
      }

      @Override
      public void finished(SweepRunner.PointResult result, int total, double seconds) {
        cancel.request("stopped by the test");
      }
    };

    SweepInterrupted stopped = catchThrowableOfType(() -> SweepRunner.run(points, EngineKind.SEQUENTIAL, 1, false,
        Duration.ofSeconds(60), stopAfterFirst, cancel), SweepInterrupted.class);

    assertThat(stopped.finished()).hasSize(1);
    assertThat(stopped.planned()).isEqualTo(3);
    List<SweepCsv.Row> rows = SweepRunner.rows(stopped.finished(), List.of("machine_utilization"));
    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.point()).isZero());
  }
}
