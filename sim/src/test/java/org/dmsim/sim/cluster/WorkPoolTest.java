package org.dmsim.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.FishingOutcomes;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.actor.typed.receptionist.Receptionist;
import com.typesafe.config.ConfigFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pool's protocol on one local actor system, with test probes standing in for workers where the
 * test needs to decide what a worker sends and when.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkPoolTest {
  private ActorTestKit kit;
  private final List<TestProbe<Worker.Command>> probes = new ArrayList<>();
  private final List<ActorRef<Worker.Command>> workers = new ArrayList<>();

  @BeforeAll
  void start() {
    kit = ActorTestKit.create("pool", ConfigFactory.parseString(
            "akka.actor.provider = local\nakka.actor.serialize-messages = on")
        .withFallback(ClusterConfig.loopback(0, List.of()).toConfig()));
  }

  @AfterEach
  void stopWorkers() {
    probes.forEach(TestProbe::stop);
    workers.forEach(kit::stop);
    probes.clear();
    workers.clear();
  }

  @AfterAll
  void stop() {
    kit.shutdownTestKit();
  }

  /** A probe registered as a worker, once the pool has attached to it. */
  private TestProbe<Worker.Command> probeWorker() {
    TestProbe<Worker.Command> probe = kit.createTestProbe();
    probes.add(probe);
    kit.system().receptionist().tell(Receptionist.register(Worker.SERVICE_KEY, probe.ref()));
    return probe;
  }

  private static Worker.Attach attached(TestProbe<Worker.Command> probe) {
    return probe.expectMessageClass(Worker.Attach.class, Duration.ofSeconds(5));
  }

  /** The next job handed to {@code probe}, passing over acknowledgements of chunks it sent. */
  private static Worker.RunJob runJob(TestProbe<Worker.Command> probe) {
    List<Worker.Command> seen = probe.fishForMessage(Duration.ofSeconds(5), m -> m instanceof Worker.RunJob
        ? FishingOutcomes.complete()
        : m instanceof Worker.ChunkAcknowledged ? FishingOutcomes.continueAndIgnore() : FishingOutcomes.fail("unexpected " + m));
    return (Worker.RunJob) seen.get(seen.size() - 1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static WorkPool.ResultChunk lastChunk(Worker.RunJob job, String text, TestProbe<Worker.Command> from) {
    return new WorkPool.ResultChunk(job.index(), job.attempt(), 0, true, bytes(text), from.ref());
  }

  private CompletableFuture<PoolSummary> submit(List<Job> jobs, RecordingSink sink, PoolSettings settings) {
    return WorkPools.submit(kit.system(), jobs, sink, settings).toCompletableFuture();
  }

  @Test
  void pool_resultsFinishingOutOfOrder_reachTheSinkInIndexOrder() throws Exception {
    TestProbe<Worker.Command> a = probeWorker();
    TestProbe<Worker.Command> b = probeWorker();
    RecordingSink sink = new RecordingSink();
    CompletableFuture<PoolSummary> done = submit(TestJobs.small(2), sink, PoolSettings.defaults());
    ActorRef<WorkPool.Command> pool = attached(a).pool();
    attached(b);

    pool.tell(new WorkPool.JobRequested(a.ref()));
    Worker.RunJob first = runJob(a);
    pool.tell(new WorkPool.JobRequested(b.ref()));
    Worker.RunJob second = runJob(b);
    assertThat(List.of(first.index(), second.index())).containsExactly(0, 1);

    pool.tell(lastChunk(second, "one", b));
    b.expectMessage(new Worker.ChunkAcknowledged(1, second.attempt(), 0));
    assertThat(sink.indices()).isEmpty();
    pool.tell(new WorkPool.ResultChunk(0, first.attempt(), 0, false, bytes("ze"), a.ref()));
    pool.tell(new WorkPool.ResultChunk(0, first.attempt(), 1, true, bytes("ro"), a.ref()));

    PoolSummary summary = done.get(5, TimeUnit.SECONDS);
    assertThat(sink.indices()).containsExactly(0, 1);
    assertThat(new String(sink.results().get(0), StandardCharsets.UTF_8)).isEqualTo("zero");
    assertThat(summary).isEqualTo(new PoolSummary(2, 1, 0));
    PoolProgress last = sink.progress.get(sink.progress.size() - 1);
    assertThat(List.of(last.membersKnown(), last.jobsDone(), last.jobsTotal())).containsExactly(1, 2, 2);
  }

  @Test
  void workerTerminated_itsJobGoesToAnother_andLateOrDuplicateResultsAreIgnored() throws Exception {
    TestProbe<Worker.Command> a = probeWorker();
    TestProbe<Worker.Command> b = probeWorker();
    TestProbe<Worker.Command> c = probeWorker();
    RecordingSink sink = new RecordingSink();
    CompletableFuture<PoolSummary> done = submit(TestJobs.small(3), sink, PoolSettings.defaults());
    ActorRef<WorkPool.Command> pool = attached(a).pool();
    attached(b);
    attached(c);
    pool.tell(new WorkPool.JobRequested(a.ref()));
    Worker.RunJob lost = runJob(a);
    pool.tell(new WorkPool.JobRequested(b.ref()));
    Worker.RunJob one = runJob(b);
    pool.tell(new WorkPool.JobRequested(c.ref()));
    Worker.RunJob two = runJob(c);

    a.stop();
    pool.tell(lastChunk(one, "one", b));
    pool.tell(new WorkPool.JobRequested(b.ref()));
    Worker.RunJob retried = runJob(b);
    assertThat(retried.index()).isEqualTo(lost.index()).isZero();
    assertThat(retried.attempt()).isNotEqualTo(lost.attempt());

    pool.tell(lastChunk(lost, "stale", a));
    pool.tell(lastChunk(retried, "fresh", b));
    pool.tell(lastChunk(retried, "duplicate", b));
    pool.tell(lastChunk(one, "one again", b));
    pool.tell(lastChunk(two, "two", c));

    PoolSummary summary = done.get(5, TimeUnit.SECONDS);
    assertThat(sink.indices()).containsExactly(0, 1, 2);
    assertThat(sink.results()).extracting(r -> new String(r, StandardCharsets.UTF_8))
        .containsExactly("fresh", "one", "two");
    assertThat(summary.jobsReassigned()).isEqualTo(1);
  }

  @Test
  void realWorkers_runEveryJob_resultsEqualALocalComputation() throws Exception {
    PoolSettings settings = PoolSettings.defaults().withChunkBytes(100);
    workers.add(kit.spawn(Worker.create(TestJobs::run, settings)));
    workers.add(kit.spawn(Worker.create(TestJobs::run, settings)));
    List<Job> jobs = new ArrayList<>(TestJobs.small(10));
    jobs.add(TestJobs.big(10, 1_001));
    RecordingSink sink = new RecordingSink();

    submit(jobs, sink, settings).get(20, TimeUnit.SECONDS);

    assertThat(sink.indices()).hasSize(11).isSorted();
    assertThat(sink.results()).containsExactlyElementsOf(TestJobs.local(jobs));
  }

  @Test
  void runnerThrows_failsTheRunWithItsMessage() {
    workers.add(kit.spawn(Worker.create(json -> {
      if (json.contains("\"run\":1,")) {
        throw new IllegalStateException("unknown site 'plant-x'");
      }
      return TestJobs.run(json);
    }, PoolSettings.defaults())));

    CompletableFuture<PoolSummary> done = submit(TestJobs.small(3), new RecordingSink(), PoolSettings.defaults());

    assertThatThrownBy(() -> done.get(20, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(WorkPoolFailure.class)
        .hasMessageContaining("job 1 failed on")
        .hasMessageEndingWith("IllegalStateException: unknown site 'plant-x'");
  }

  @Test
  void sinkThrows_failsTheRunNamingTheJob() {
    TestProbe<Worker.Command> a = probeWorker();
    ResultSink sink = (index, result) -> {
      throw new IllegalStateException("disk full");
    };
    CompletableFuture<PoolSummary> done =
        WorkPools.submit(kit.system(), TestJobs.small(1), sink, PoolSettings.defaults()).toCompletableFuture();
    ActorRef<WorkPool.Command> pool = attached(a).pool();
    pool.tell(new WorkPool.JobRequested(a.ref()));
    pool.tell(lastChunk(runJob(a), "zero", a));

    assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS))
        .cause().isInstanceOf(WorkPoolFailure.class)
        .hasMessage("the result sink failed on job 0: disk full");
  }

  @Test
  void progressCallbackThrows_failsTheRunInsteadOfLeavingItWaiting() {
    probeWorker();
    ResultSink sink = new ResultSink() {
      @Override
      public void accept(int index, byte[] result) {}

      @Override
      public void progress(PoolProgress progress) {
        throw new IllegalStateException("terminal closed");
      }
    };
    CompletableFuture<PoolSummary> done =
        WorkPools.submit(kit.system(), TestJobs.small(2), sink, PoolSettings.defaults()).toCompletableFuture();

    assertThatThrownBy(() -> done.get(5, TimeUnit.SECONDS))
        .cause().isInstanceOf(WorkPoolFailure.class)
        .hasMessage("the work pool stopped before its run ended; 0 of 2 jobs done");
  }

  @Test
  void noWorker_failsTheRunAfterTheTimeout() {
    PoolSettings settings = PoolSettings.defaults().withNoWorkerTimeout(Duration.ofMillis(300));

    CompletableFuture<PoolSummary> done = submit(TestJobs.small(4), new RecordingSink(), settings);

    assertThatThrownBy(() -> done.get(20, TimeUnit.SECONDS))
        .cause().isInstanceOf(WorkPoolFailure.class)
        .hasMessageStartingWith("no worker available for 300 ms; 0 of 4 jobs done")
        .hasMessageContaining("dmsim-pool-worker");
  }

  @Test
  void noJobs_completeAtOnce() throws Exception {
    assertThat(submit(List.of(), new RecordingSink(), PoolSettings.defaults()).get(5, TimeUnit.SECONDS))
        .isEqualTo(new PoolSummary(0, 0, 0));
  }

  @Test
  void create_repeatedIndex_isRefused() {
    assertThatThrownBy(() -> WorkPool.create(List.of(new Job(3, "{}"), new Job(3, "{}")), new RecordingSink(),
        PoolSettings.defaults(), new CompletableFuture<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job index 3 appears more than once");
  }

  @Test
  void create_jobLargerThanAFrame_isRefused() {
    Job huge = new Job(2, "\"" + "x".repeat(PoolSettings.MAX_MESSAGE_BYTES) + "\"");
    assertThatThrownBy(() -> WorkPool.create(List.of(huge), new RecordingSink(), PoolSettings.defaults(),
        new CompletableFuture<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job 2 is 196610 bytes of JSON; at most 196608 fit in one Artery frame (256 KiB): "
            + "describe the job by reference");
  }
}
