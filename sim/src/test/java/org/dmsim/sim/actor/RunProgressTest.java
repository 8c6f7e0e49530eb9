package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.sim.testmodel.ChatterModel;
import org.junit.jupiter.api.Test;

/** The watchdog's diagnosis names the window and who has not reported it, from what the actors recorded. */
class RunProgressTest {
  /** Nodes n0..n4 in two groups: n0, n2, n4 in group 0 and n1, n3 in group 1. */
  private final SimulationPlan plan = new ChatterModel(5, new int[5], 1, 10, 100).plan();
  private final RunProgress progress = new RunProgress(plan, 2);

  @Test
  void diagnose_beforeTheFirstWindow_saysTheRunHasNotStarted() {
    assertThat(progress.diagnose(Duration.ofSeconds(60)))
        .startsWith("the run made no progress for 60 s: it has not started its first window");
  }

  @Test
  void diagnose_nodesStillWorking_namesTheWindowGroupAndNodes() {
    progress.windowGranted(7, 70);
    progress.groupStarted(0, 7);
    progress.groupStarted(1, 7);
    for (int ordinal : new int[] {0, 1, 2, 3}) {
      progress.nodeAsked(ordinal, 7);
    }
    progress.nodeAnswered(0, 7);
    progress.nodeAnswered(1, 7);
    progress.nodeAnswered(3, 7);
    progress.groupReported(1, 7);
    assertThat(progress.diagnose(Duration.ofMillis(1500))).isEqualTo("the run made no progress for 1500 ms: it is in"
        + " window 7 (horizon 70 ms); group 0 has not reported it; waiting for node n2 to finish the window");
  }

  @Test
  void diagnose_groupWaitingForBatches_saysItHasNotStarted() {
    progress.windowGranted(3, 30);
    progress.groupStarted(0, 3);
    progress.nodeAsked(0, 3);
    progress.nodeAsked(4, 3);
    assertThat(progress.diagnose(Duration.ofSeconds(2))).isEqualTo("the run made no progress for 2 s: it is in"
        + " window 3 (horizon 30 ms); group 0 has not reported it; waiting for nodes n0, n4 to finish the window;"
        + " group 1 has not started it (it waits for its grant or for batches from other groups)");
  }

  @Test
  void diagnose_everyGroupReported_pointsAtTheCoordinator() {
    progress.windowGranted(2, 20);
    progress.groupReported(0, 2);
    progress.groupReported(1, 2);
    assertThat(progress.diagnose(Duration.ofSeconds(5))).endsWith("every group has reported, but the coordinator"
        + " has not gone on (its thread, shared with group 0, is busy)");
  }

  @Test
  void diagnose_collectingResults_namesTheNodesThatHaveNotReported() {
    progress.windowGranted(9, 100);
    progress.resultsRequested();
    for (int ordinal = 0; ordinal < 5; ordinal++) {
      progress.nodeAsked(ordinal, RunProgress.RESULTS);
      if (ordinal != 3) {
        progress.nodeAnswered(ordinal, RunProgress.RESULTS);
      }
    }
    progress.groupReported(0, RunProgress.RESULTS);
    assertThat(progress.diagnose(Duration.ofSeconds(60))).isEqualTo("the run made no progress for 60 s: it is"
        + " collecting results; group 1 has not reported it; waiting for node n3 to report results");
  }

  @Test
  void steps_changeWithEveryWindowAndEveryGroupsResults() {
    long before = progress.steps();
    progress.windowGranted(1, 10);
    progress.resultsRequested();
    progress.resultsReceived();
    assertThat(progress.steps()).isEqualTo(before + 3);
  }
}
