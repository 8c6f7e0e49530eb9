package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.cluster.typed.Cluster;
import akka.cluster.typed.Down;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member that goes away mid-run costs nothing: the job it held runs elsewhere and every result
 * arrives, equal to a local run. Member 2's worker blocks in its first job until the member is gone.
 */
class WorkPoolMemberLossTest {
  /** How the test loses member 2. */
  @FunctionalInterface
  private interface Loss {
    void lose(LoopbackCluster cluster) throws Exception;
  }

  @Test
  @Timeout(60)
  void memberTerminatedMidRun_allJobsComplete_sameResults() throws Exception {
    runLosingMember(cluster -> cluster.terminate(2));
  }

  /** As the split-brain resolver does with an unreachable member: it is downed, so removed. */
  @Test
  @Timeout(60)
  void memberDownedMidRun_allJobsComplete_sameResults() throws Exception {
    runLosingMember(cluster -> Cluster.get(cluster.member(0)).manager()
        .tell(new Down(Cluster.get(cluster.member(2)).selfMember().address())));
  }

  private static void runLosingMember(Loss loss) throws Exception {
    CountDownLatch startedOnLostMember = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (LoopbackCluster cluster = new LoopbackCluster(3)) {
      for (int i = 0; i < 2; i++) {
        WorkPools.serve(cluster.member(i), json -> {
          Thread.sleep(2);
          return TestJobs.run(json);
        }, 1, PoolSettings.defaults());
      }
      WorkPools.serve(cluster.member(2), json -> {
        startedOnLostMember.countDown();
        release.await(30, TimeUnit.SECONDS);
        return TestJobs.run(json);
      }, 1, PoolSettings.defaults());
      cluster.awaitWorkers(0, 3);
      List<Job> jobs = TestJobs.small(50);
      RecordingSink sink = new RecordingSink();

      CompletableFuture<PoolSummary> done =
          WorkPools.submit(cluster.member(0), jobs, sink, PoolSettings.defaults()).toCompletableFuture();
      assertThat(startedOnLostMember.await(20, TimeUnit.SECONDS)).isTrue();
      loss.lose(cluster);
      PoolSummary summary = done.get(30, TimeUnit.SECONDS);
      release.countDown();

      assertThat(sink.results()).containsExactlyElementsOf(TestJobs.local(jobs));
      assertThat(sink.indices()).isSorted();
      assertThat(summary.membersSeen()).isEqualTo(3);
      assertThat(summary.jobsReassigned()).isGreaterThanOrEqualTo(1);
    } finally {
      release.countDown();
    }
  }
}
