package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A worker, with a test probe as its pool: it asks, runs, streams chunks within its window, asks again. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerTest {
  private ActorTestKit kit;

  @BeforeAll
  void start() {
    kit = ActorTestKit.create("worker", ConfigFactory.parseString(
            "akka.actor.provider = local\nakka.actor.serialize-messages = on")
        .withFallback(ClusterConfig.loopback(0, List.of()).toConfig()));
  }

  @AfterAll
  void stop() {
    kit.shutdownTestKit();
  }

  @Test
  void largeResult_isStreamedInChunksWithinTheWindow_thenTheWorkerAsksAgain() {
    PoolSettings settings = new PoolSettings(100, 2, Duration.ofSeconds(60));
    ActorRef<Worker.Command> worker = kit.spawn(Worker.create(TestJobs::run, settings));
    TestProbe<WorkPool.Command> pool = kit.createTestProbe();
    worker.tell(new Worker.Attach(pool.ref()));
    pool.expectMessage(new WorkPool.JobRequested(worker));
    Job job = TestJobs.big(5, 1_001);

    worker.tell(new Worker.RunJob(5, 9, job.json(), pool.ref()));
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    for (int seq = 0; seq < 11; seq++) {
      WorkPool.ResultChunk chunk = pool.expectMessageClass(WorkPool.ResultChunk.class, Duration.ofSeconds(10));
      assertThat(List.of(chunk.index(), chunk.attempt(), chunk.seq())).containsExactly(5, 9, seq);
      assertThat(chunk.bytes().length).isLessThanOrEqualTo(100);
      assertThat(chunk.last()).isEqualTo(seq == 10);
      received.writeBytes(chunk.bytes());
      if (seq % 2 == 1) {
        pool.expectNoMessage(Duration.ofMillis(100)); // two unacknowledged chunks: the window is full
        worker.tell(new Worker.ChunkAcknowledged(5, 9, seq - 1));
        worker.tell(new Worker.ChunkAcknowledged(5, 9, seq));
      }
    }
    pool.expectMessage(new WorkPool.JobRequested(worker));
    assertThat(received.toByteArray()).isEqualTo(TestJobs.run(job.json()));
  }

  @Test
  void runnerThrows_reportsTheFailureAndAsksAgain() {
    ActorRef<Worker.Command> worker = kit.spawn(Worker.create(json -> {
      throw new IllegalArgumentException("no such scenario");
    }, PoolSettings.defaults()));
    TestProbe<WorkPool.Command> pool = kit.createTestProbe();
    worker.tell(new Worker.Attach(pool.ref()));
    pool.expectMessage(new WorkPool.JobRequested(worker));

    worker.tell(new Worker.RunJob(0, 1, "{}", pool.ref()));

    pool.expectMessage(new WorkPool.JobFailed(0, 1, "IllegalArgumentException: no such scenario", worker));
  }

  @Test
  void jobFromAPoolThatNeverAttached_isIgnored() {
    ActorRef<Worker.Command> worker = kit.spawn(Worker.create(TestJobs::run, PoolSettings.defaults()));
    TestProbe<WorkPool.Command> stranger = kit.createTestProbe();

    worker.tell(new Worker.RunJob(0, 1, "{}", stranger.ref()));

    stranger.expectNoMessage(Duration.ofMillis(200));
  }
}
