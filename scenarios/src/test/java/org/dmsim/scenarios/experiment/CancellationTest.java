package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Message;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A cancelled batch keeps the runs that finished, starts no others and stops the one in progress. */
class CancellationTest {
  private static final long SEED = 42;

  @Test
  void runAll_cancelledAfterTwoRuns_keepsExactlyThoseAndStartsNoOther() throws Exception {
    SimulationPlan tiny = ScenarioLoader.load(Path.of("library/tiny-factory.yaml")).network().plan();
    List<RunResult> reference = Replications.run(tiny, EngineKind.SEQUENTIAL, 1, SEED, 2, ProgressListener.none());
    for (EngineKind kind : EngineKind.values()) {
      Cancellation cancel = new Cancellation();
      List<Replications.Job> jobs = new ArrayList<>();
      for (int rep = 0; rep < 6; rep++) {
        jobs.add(new Replications.Job(tiny, SEED, rep));
      }
      ProgressListener stopAtTwo = (done, total) -> {
        if (done == 2) {
          cancel.request("interrupted");
        }
      };

      ReplicationsInterrupted i = catchThrowableOfType(() -> Replications.runAll(jobs, kind, 1, false,
          AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, stopAtTwo, cancel), ReplicationsInterrupted.class);

      assertThat(i).as(kind.cliName()).hasMessage("interrupted: 2 of 6 runs finished");
      assertThat(i.planned()).isEqualTo(6);
      assertThat(i.completed()).extracting(RunResult::digest)
          .containsExactlyElementsOf(reference.stream().map(RunResult::digest).toList());
      assertThat(i.byJob().subList(2, 6)).containsOnlyNulls();
      assertThat(Thread.currentThread().isInterrupted()).as("the caller may write files afterwards").isFalse();
    }
  }

  @Test
  @Timeout(60)
  void runAll_cancelledDuringAnEndlessRun_stopsItOnEitherEngineAndThreadCount() {
    for (EngineKind kind : EngineKind.values()) {
      for (int threads : new int[] {1, 2}) {
        CountDownLatch started = new CountDownLatch(1);
        Cancellation cancel = new Cancellation();
        Thread canceller = new Thread(() -> {
          try {
            if (started.await(30, TimeUnit.SECONDS)) {
              cancel.request("interrupted");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        canceller.start();
        List<Replications.Job> jobs = List.of(new Replications.Job(endless(started), SEED, 0),
            new Replications.Job(endless(started), SEED, 1));

        ReplicationsInterrupted i = catchThrowableOfType(() -> Replications.runAll(jobs, kind, threads, false,
            Duration.ofSeconds(30), ProgressListener.none(), cancel), ReplicationsInterrupted.class);

        assertThat(i).as("%s, %d threads", kind.cliName(), threads).isNotNull();
        assertThat(i.finished()).isZero();
        assertThat(i.planned()).isEqualTo(2);
      }
    }
  }

  @Test
  void requested_beforeAnyRun_startsNothing() throws Exception {
    Cancellation cancel = new Cancellation();
    cancel.request("interrupted");
    CountDownLatch started = new CountDownLatch(1);

    ReplicationsInterrupted i = catchThrowableOfType(() -> Replications.runAll(
        List.of(new Replications.Job(endless(started), SEED, 0)), EngineKind.SEQUENTIAL, 1, false,
        AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, ProgressListener.none(), cancel), ReplicationsInterrupted.class);

    assertThat(i.finished()).isZero();
    assertThat(started.getCount()).as("the run never started").isEqualTo(1);
    assertThat(cancel.reason()).isEqualTo("interrupted");
  }

  /** A tick to oneself. */
  record Tick() implements Message {}

  /** A plan whose entity ticks every millisecond for decades: it ends only when stopped. */
  private static SimulationPlan endless(CountDownLatch started) {
    SimulationPlan.Builder b = SimulationPlan.builder("endless");
    b.node("clock", directory -> new Entity() {
      @Override
      public void onStart(SimContext ctx) {
        started.countDown();
        ctx.schedule(1, new Tick());
      }

      @Override
      public void onMessage(Message message, SimContext ctx) {
        ctx.schedule(1, new Tick());
      }
    });
    return b.build(SimTime.SECOND_MS, 1_000 * SimTime.DAY_MS * 365);
  }
}
