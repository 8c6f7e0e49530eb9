package org.dmsim.scenarios.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dmsim.model.entity.Entity;
import org.dmsim.model.entity.SimContext;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.event.Message;
import org.dmsim.model.result.RunResult;
import org.dmsim.model.time.SimTime;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.engine.SimulationFailure;
import org.dmsim.sim.sequential.SequentialEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replications give the same results in the same order whatever the engine and thread count. */
class ReplicationsTest {
  private static final long SEED = 42;
  private static final int REPLICATIONS = 4;

  private static SimulationPlan tiny;
  /** The reference: the sequential engine, one replication after another on one thread. */
  private static List<RunResult> reference;

  @BeforeAll
  static void runReference() throws ScenarioException {
    tiny = ScenarioLoader.load(Path.of("library/tiny-factory.yaml")).network().plan();
    reference = Replications.run(tiny, EngineKind.SEQUENTIAL, 1, SEED, REPLICATIONS, ProgressListener.none());
  }

  private static List<String> digests(List<RunResult> runs) {
    return runs.stream().map(RunResult::digest).toList();
  }

  @Test
  void run_sequentialOneThread_returnsReplicationsInOrderWithDistinctResults() {
    assertThat(reference).extracting(RunResult::replication).containsExactly(0, 1, 2, 3);
    assertThat(reference).extracting(RunResult::seed).containsOnly(SEED);
    assertThat(digests(reference)).doesNotHaveDuplicates();
  }

  @Test
  void run_sequentialThreeThreads_sameDigestsInReplicationOrder() {
    List<RunResult> runs = Replications.run(tiny, EngineKind.SEQUENTIAL, 3, SEED, REPLICATIONS,
        ProgressListener.none());

    assertThat(runs).extracting(RunResult::replication).containsExactly(0, 1, 2, 3);
    assertThat(digests(runs)).containsExactlyElementsOf(digests(reference));
  }

  @Test
  void run_sequentialMoreThreadsThanReplications_sameDigests() {
    List<RunResult> runs = Replications.run(tiny, EngineKind.SEQUENTIAL, 8, SEED, 2, ProgressListener.none());

    assertThat(digests(runs)).containsExactlyElementsOf(digests(reference).subList(0, 2));
  }

  @Test
  void run_actorsTwoThreads_sameDigestsInReplicationOrder() {
    List<RunResult> runs = Replications.run(tiny, EngineKind.ACTORS, 2, SEED, REPLICATIONS, ProgressListener.none());

    assertThat(runs).extracting(RunResult::replication).containsExactly(0, 1, 2, 3);
    assertThat(digests(runs)).containsExactlyElementsOf(digests(reference));
  }

  @Test
  void run_otherSeed_otherDigests() {
    List<RunResult> runs = Replications.run(tiny, EngineKind.SEQUENTIAL, 2, SEED + 1, 2, ProgressListener.none());

    assertThat(digests(runs)).doesNotContainAnyElementsOf(digests(reference));
  }

  @Test
  void run_parallelSequential_reportsProgressOncePerReplicationInOrderUpToTotal() {
    List<int[]> calls = Collections.synchronizedList(new ArrayList<>());

    Replications.run(tiny, EngineKind.SEQUENTIAL, 3, SEED, REPLICATIONS, (done, total) -> calls.add(new int[] {done,
        total}));

    assertThat(calls).hasSize(REPLICATIONS);
    assertThat(calls).extracting(c -> c[1]).containsOnly(REPLICATIONS);
    assertThat(calls).extracting(c -> c[0]).containsExactly(1, 2, 3, 4);
  }

  @Test
  void run_actorsThreeThreads_runsReplicationsAtOnceWithTheSameDigestsAndProgress() {
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());

    List<RunResult> runs = Replications.run(tiny, EngineKind.ACTORS, 3, SEED, REPLICATIONS, (d, total) -> done.add(d));

    assertThat(digests(runs)).containsExactlyElementsOf(digests(reference));
    assertThat(done).containsExactly(1, 2, 3, 4);
  }

  @Test
  void run_oneThread_reportsProgressInOrder() {
    List<Integer> done = new ArrayList<>();

    Replications.run(tiny, EngineKind.SEQUENTIAL, 1, SEED, 3, (d, total) -> done.add(d));

    assertThat(done).containsExactly(1, 2, 3);
  }

  @Test
  void run_mm1ShortenedOnBothEngines_sameDigest() throws ScenarioException {
    SimulationPlan shortened =
        ScenarioLoader.load(Path.of("library/mm1.yaml")).network().withHorizon(20 * SimTime.DAY_MS).plan();

    RunResult sequential = Replications.run(shortened, EngineKind.SEQUENTIAL, 1, 1, 1, ProgressListener.none()).get(0);
    RunResult actors = Replications.run(shortened, EngineKind.ACTORS, 2, 1, 1, ProgressListener.none()).get(0);

    assertThat(sequential.eventsHandled()).isPositive();
    assertThat(actors.digest()).isEqualTo(sequential.digest());
  }

  @Test
  void run_entityFailsOnOneThread_throwsSimulationFailureNamingTheCause() {
    assertThatThrownBy(() -> Replications.run(failing(), EngineKind.SEQUENTIAL, 1, SEED, 3, ProgressListener.none()))
        .isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("boom");
  }

  @Test
  void run_entityFailsOnSeveralThreads_throwsSimulationFailureNotAWrapper() {
    assertThatThrownBy(() -> Replications.run(failing(), EngineKind.SEQUENTIAL, 3, SEED, 3, ProgressListener.none()))
        .isInstanceOf(SimulationFailure.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("boom");
  }

  @Test
  void run_laterReplicationFails_keepsEveryFinishedReplication() {
    SimulationPlan plan = failingSometimes();
    long seed = seedWhereOnlyReplicationFails(plan, 2, 4);
    SequentialEngine engine = new SequentialEngine();

    for (EngineKind kind : EngineKind.values()) {
      for (int threads : new int[] {1, 3}) {
        assertKeepsFinished(plan, kind, threads, seed, engine);
      }
    }
  }

  private static void assertKeepsFinished(SimulationPlan plan, EngineKind kind, int threads, long seed,
      SequentialEngine engine) {
    ReplicationsFailed f = catchThrowableOfType(
        () -> Replications.run(plan, kind, threads, seed, 4, ProgressListener.none()),
        ReplicationsFailed.class);
    assertThat(f.failedReplication()).isEqualTo(2);
    assertThat(f).hasMessageStartingWith("replication 2 failed: ").hasMessageContaining("unlucky");
    List<Integer> kept = f.completed().stream().map(RunResult::replication).toList();
    // one thread stops at the failure; several threads finish the others and keep them too
    assertThat(kept).isEqualTo(threads == 1 ? List.of(0, 1) : List.of(0, 1, 3));
    for (RunResult r : f.completed()) {
      assertThat(r.digest()).isEqualTo(engine.run(plan, seed, r.replication()).digest());
    }
  }

  /** A seed for which, among replications 0..n-1, exactly {@code failing} fails. */
  private static long seedWhereOnlyReplicationFails(SimulationPlan plan, int failing, int n) {
    SequentialEngine engine = new SequentialEngine();
    for (long seed = 0; seed < 10_000; seed++) {
      boolean match = true;
      for (int rep = 0; rep < n && match; rep++) {
        boolean failed;
        try {
          engine.run(plan, seed, rep);
          failed = false;
        } catch (SimulationFailure e) {
          failed = true;
        }
        match = failed == (rep == failing);
      }
      if (match) {
        return seed;
      }
    }
    throw new AssertionError("no seed found");
  }

  /** A plan whose only entity throws at start in about one replication of three. */
  private static SimulationPlan failingSometimes() {
    SimulationPlan.Builder b = SimulationPlan.builder("failing-sometimes");
    b.node("gambler", directory -> new Entity() {
      @Override
      public void onStart(SimContext ctx) {
        if (ctx.random("fate").nextInt(3) == 0) {
          throw new IllegalStateException("unlucky");
        }
      }

      @Override
      public void onMessage(Message message, SimContext ctx) {
        // nothing is sent
      }
    });
    return b.build(SimTime.SECOND_MS, SimTime.HOUR_MS);
  }

  /** A plan whose only entity throws when it starts. */
  private static SimulationPlan failing() {
    SimulationPlan.Builder b = SimulationPlan.builder("failing");
    b.node("broken", directory -> new Entity() {
      @Override
      public void onStart(SimContext ctx) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void onMessage(Message message, SimContext ctx) {
        // never reached: the entity fails at its start
      }
    });
    return b.build(SimTime.SECOND_MS, SimTime.HOUR_MS);
  }
}
