package org.dmsim.scenarios.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dmsim.model.entity.SimulationPlan;
import org.dmsim.model.mfg.compile.NetworkPlan;
import org.dmsim.model.mfg.compile.WorkEstimate;
import org.dmsim.model.mfg.spec.ManufacturingSpec;
import org.dmsim.scenarios.experiment.Experiment;
import org.dmsim.scenarios.yaml.FieldOverride;
import org.dmsim.scenarios.yaml.Problem;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.engine.Engine;
import org.dmsim.sim.engine.EngineKind;
import org.dmsim.sim.engine.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds 10,000 mutated files ({@link FuzzCorpus}, seeded) to the loader as {@code dmsim run} and
 * {@code validate} do, and holds it to issue 10's rule: every file is either accepted — and then
 * compiles into a simulation plan — or rejected with problems that each have a line, a column and a
 * field, in one printable line. Nothing else may escape: no other exception, no error, no call that
 * runs away (a generous bound catches a hang or a blow-up, not a slow machine). A second stage runs a
 * sample of the accepted files on both engines.
 */
class LoaderFuzzTest {
  private static final int CASES = 10_000;
  private static final long SEED = 20261207L;
  /** Far above what any call takes (milliseconds): only a runaway crosses it. */
  private static final long RUNAWAY_NANOS = 10_000_000_000L;
  /** How many accepted files the second stage simulates. */
  private static final int SIMULATED = 300;
  /** The horizon the second stage runs them for. */
  private static final String SHORT_HORIZON = "3d";
  /** The most events (estimated) a file of the second stage may take. */
  private static final double MAX_EVENTS = 200_000;

  @TempDir
  Path tmp;

  @Test
  void tenThousandMutatedFiles_areEachAcceptedOrRejectedWithPositionedProblems() throws IOException {
    List<BaseSet> sets = sets();
    Map<String, Path> folders = new TreeMap<>();
    for (BaseSet s : sets) {
      folders.put(s.name(), s.writeTo(tmp));
    }
    FuzzCorpus corpus = new FuzzCorpus(SEED, sets);
    Tally tally = new Tally();

    for (int i = 0; i < CASES; i++) {
      FuzzCorpus.Case c = corpus.get(i);
      Path folder = folders.get(c.set().name());
      Path mutated = folder.resolve(c.file());
      // getBytes, not writeString: a lone surrogate becomes "?" instead of failing the write.
      Files.write(mutated, c.text().getBytes(StandardCharsets.UTF_8));
      try {
        tally.add(c, load(folder.resolve(c.set().entry())));
      } finally {
        Files.writeString(mutated, c.set().text(c.file()), StandardCharsets.UTF_8);
      }
    }

    assertThat(tally.failures).as("cases that broke the rule (of %d)", CASES).isEmpty();
    assertThat(tally.accepted + tally.rejected).isEqualTo(CASES);
    // A corpus that only produced rejections would prove little about accepted files.
    assertThat(tally.accepted).as("accepted files").isGreaterThan(CASES / 20);
    assertThat(tally.rejected).as("rejected files").isGreaterThan(CASES / 2);
  }

  /**
   * The second stage: accepted scenario files of the same corpus, shortened to {@value #SHORT_HORIZON}
   * by an override, run on both engines. Each must finish without an internal failure and give the same
   * digest on both (a mutated file is still a scenario: same seed, same results). Files whose work
   * estimate is over {@value #MAX_EVENTS} events even so are left to the estimate, which refuses such runs
   * before they start (tested in {@code WorkLimitCliTest}); the bound keeps this stage short.
   */
  @Test
  void acceptedFiles_simulateOnBothEnginesWithoutInternalFailureAndAgree() throws IOException {
    List<BaseSet> sets = sets().stream().filter(s -> !s.entry().equals("quick.yaml")).toList();
    Map<String, Path> folders = new TreeMap<>();
    for (BaseSet s : sets) {
      folders.put(s.name(), s.writeTo(tmp));
    }
    FuzzCorpus corpus = new FuzzCorpus(SEED + 1, sets);
    List<String> failures = new ArrayList<>();
    int simulated = 0;
    try (Engine sequential = Engines.create(EngineKind.SEQUENTIAL, 1);
        Engine actors = Engines.create(EngineKind.ACTORS, 2, false, Duration.ofSeconds(20))) {
      for (int i = 0; i < CASES && simulated < SIMULATED; i++) {
        FuzzCorpus.Case c = corpus.get(i);
        Path folder = folders.get(c.set().name());
        Path mutated = folder.resolve(c.file());
        Files.write(mutated, c.text().getBytes(StandardCharsets.UTF_8));
        Optional<SimulationPlan> plan;
        try {
          plan = shortPlan(folder.resolve(c.set().entry()));
        } finally {
          Files.writeString(mutated, c.set().text(c.file()), StandardCharsets.UTF_8);
        }
        if (plan.isEmpty()) {
          continue;
        }
        simulated++;
        try {
          String one = sequential.run(plan.get(), SEED, 0).digest();
          String other = actors.run(plan.get(), SEED, 0).digest();
          if (!one.equals(other)) {
            failures.add(c.describe() + ": digests differ between the engines");
          }
        } catch (RuntimeException | Error e) {
          failures.add(c.describe() + ": " + e);
        }
        if (failures.size() >= 10) {
          break;
        }
      }
    }

    assertThat(failures).as("accepted files that failed to simulate").isEmpty();
    assertThat(simulated).as("accepted files simulated").isGreaterThanOrEqualTo(SIMULATED);
  }

  /** The plan of an accepted scenario, shortened; empty when rejected or estimated over the bound. */
  private static Optional<SimulationPlan> shortPlan(Path entry) {
    Scenario s;
    try {
      s = ScenarioLoader.load(entry, List.of(FieldOverride.commandLine(1, "horizon=" + SHORT_HORIZON)));
    } catch (ScenarioException rejected) {
      return Optional.empty();
    }
    ManufacturingSpec spec = s.disruptionGenerators().isEmpty() ? s.network() : s.manufacturingFor(SEED, 0);
    if (WorkEstimate.of(spec).events() > MAX_EVENTS) {
      return Optional.empty();
    }
    return Optional.of(NetworkPlan.of(spec));
  }

  private static List<BaseSet> sets() {
    Path library = Path.of("library");
    Path experiments = Path.of("src", "test", "resources", "experiment");
    return List.of(
        BaseSet.of("tiny", library, "tiny-factory.yaml"),
        BaseSet.of("tiny2", library, "tiny-factory.yaml"),
        BaseSet.of("mm1", library, "mm1.yaml"),
        BaseSet.of("central", library, "eu-spare-parts-centralized.yaml", "eu-spare-parts-market.yaml"),
        BaseSet.of("distributed", library, "eu-spare-parts-distributed.yaml", "eu-spare-parts-market.yaml"),
        BaseSet.of("quick", experiments, "quick.yaml", "central.yaml", "distributed.yaml", "market.yaml"),
        BaseSet.of("quick2", experiments, "quick.yaml", "central.yaml", "distributed.yaml", "market.yaml"));
  }

  /** What loading one file gave: accepted, rejected with problems, or something that breaks the rule. */
  private record Outcome(boolean accepted, List<Problem> problems, Throwable escaped, long nanos) {}

  private static Outcome load(Path entry) {
    long start = System.nanoTime();
    try {
      if (ScenarioLoader.isExperiment(entry)) {
        Experiment e = ScenarioLoader.loadExperiment(entry);
        e.variants().forEach(v -> NetworkPlan.of(v.spec()));
      } else {
        Scenario s = ScenarioLoader.load(entry);
        NetworkPlan.of(s.network());
      }
      return new Outcome(true, List.of(), null, System.nanoTime() - start);
    } catch (ScenarioException e) {
      return new Outcome(false, e.problems(), null, System.nanoTime() - start);
    } catch (RuntimeException | Error e) {
      return new Outcome(false, List.of(), e, System.nanoTime() - start);
    }
  }

  /** Counts outcomes and keeps the first few that break the rule, each with the case that made it. */
  private static final class Tally {
    int accepted;
    int rejected;
    final List<String> failures = new ArrayList<>();

    void add(FuzzCorpus.Case c, Outcome o) {
      if (o.escaped() != null) {
        fail(c, "escaped: " + o.escaped());
      } else if (o.nanos() > RUNAWAY_NANOS) {
        fail(c, "took " + o.nanos() / 1_000_000 + " ms");
      } else if (o.accepted()) {
        accepted++;
      } else {
        rejected++;
        if (o.problems().isEmpty()) {
          fail(c, "rejected without a problem");
        }
        for (Problem p : o.problems()) {
          if (p.line() < 1 || p.column() < 1 || p.field().isBlank()) {
            fail(c, "no position: " + p.format());
          } else if (p.format().length() > 2_000 || p.format().chars().anyMatch(Character::isISOControl)) {
            fail(c, "not one printable line: " + p.format().substring(0, Math.min(200, p.format().length())));
          }
        }
      }
    }

    private void fail(FuzzCorpus.Case c, String what) {
      if (failures.size() < 25) {
        failures.add(c.describe() + ": " + what);
      }
    }
  }
}
