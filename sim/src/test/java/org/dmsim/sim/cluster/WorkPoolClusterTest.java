package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Three members in one JVM form a cluster over loopback TCP; the first submits, all three work. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class WorkPoolClusterTest {
  private LoopbackCluster cluster;

  @BeforeAll
  void start() {
    cluster = new LoopbackCluster(3);
    for (int i = 0; i < 3; i++) {
      WorkPools.serve(cluster.member(i), json -> {
        Thread.sleep(2);
        return TestJobs.run(json);
      }, 1, PoolSettings.defaults());
    }
    cluster.awaitWorkers(0, 3);
  }

  @AfterAll
  void stop() throws Exception {
    cluster.close();
  }

  @Test
  void fiftyJobs_onThreeMembers_resultsInIndexOrderEqualALocalRun() throws Exception {
    List<Job> jobs = TestJobs.small(50);
    RecordingSink sink = new RecordingSink();

    PoolSummary summary = WorkPools.submit(cluster.member(0), jobs, sink, PoolSettings.defaults())
        .toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertThat(sink.indices()).hasSize(50).isSorted();
    assertThat(sink.results()).containsExactlyElementsOf(TestJobs.local(jobs));
    assertThat(summary).isEqualTo(new PoolSummary(50, 3, 0));
    assertThat(sink.progress).anyMatch(p -> p.membersKnown() == 3 && p.workersKnown() == 3);
  }

  @Test
  void resultsLargerThanAFrame_arriveIntact() throws Exception {
    List<Job> jobs = new ArrayList<>();
    jobs.add(TestJobs.big(0, 1 << 20));
    jobs.add(TestJobs.big(1, (1 << 20) + 1));
    jobs.add(TestJobs.big(2, 300_000));
    jobs.add(TestJobs.big(3, 0));
    RecordingSink sink = new RecordingSink();

    WorkPools.submit(cluster.member(0), jobs, sink, PoolSettings.defaults()).toCompletableFuture()
        .get(30, TimeUnit.SECONDS);

    assertThat(sink.results()).containsExactlyElementsOf(TestJobs.local(jobs));
    assertThat(sink.results().get(1)).hasSize((1 << 20) + 1);
    long frame = cluster.member(0).settings().config().getBytes("akka.remote.artery.advanced.maximum-frame-size");
    assertThat(frame).isEqualTo(256 * 1024L).isGreaterThan(4L * PoolSettings.defaults().chunkBytes() - 1);
  }
}
