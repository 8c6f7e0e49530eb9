package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A member that goes away mid-run costs nothing: its job runs elsewhere and every result arrives. */
class WorkPoolMemberLossTest {
  @Test
  @Timeout(60)
  void memberTerminatedMidRun_allJobsComplete_sameResults() throws Exception {
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
      cluster.terminate(2);
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
