package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.dmsim.scenarios.experiment.Cancellation;
import org.dmsim.scenarios.experiment.ProgressListener;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.sim.actor.AkkaEngineSettings;
import org.dmsim.sim.engine.EngineKind;
import org.junit.jupiter.api.Test;

/**
 * Sizing end to end on a network whose answer is known in advance (src/test/resources/sizing): one
 * region orders 100 units a day, each site makes 30, so three sites cannot keep up and four can: the
 * smallest design with on-time fill >= 0.9 is k = 4.
 */
class SizingEndToEndTest {
  private static final Path FILE = Path.of("src/test/resources/sizing/known-size.yaml");

  private static SizingOutcome size(SizingStudy study) {
    SimulatedSizing evaluator = new SimulatedSizing(study, EngineKind.SEQUENTIAL, 2,
        AkkaEngineSettings.DEFAULT_STALL_TIMEOUT, ProgressListener.none(), Cancellation.never());
    return study.search().run(evaluator, (k, e, done) -> { });
  }

  @Test
  void size_knownNetwork_findsFourSites() throws Exception {
    SizingStudy study = ScenarioLoader.loadSizing(FILE, false);
    SizingOutcome outcome = size(study);
    assertEquals(new SizingAnswer(SizingAnswer.Kind.FOUND, 4, 4), outcome.answer());
    SizingStep three = outcome.steps().stream().filter(s -> s.k() == 3).findFirst().orElseThrow();
    SizingStep four = outcome.steps().stream().filter(s -> s.k() == 4).findFirst().orElseThrow();
    assertEquals(StepDecision.FAILS, three.estimate().decision());
    assertEquals(StepDecision.MEETS, four.estimate().decision());
    assertEquals(4, four.producingSites());
    assertTrue(outcome.stoppedEarly().isEmpty());
  }

  /**
   * The decision is right at the stated rate in repeated seeds: each seed's answer is right with
   * probability at least 2c - 1 = 0.9 (docs/sizing.md); out of 20 seeds, at most 5 wrong answers
   * (a binomial(20, 0.1) exceeds 5 with probability 0.011), and a wrong answer may only be a range,
   * never a wrong number claimed.
   */
  @Test
  void size_repeatedSeeds_rightAtTheStatedRate() throws Exception {
    SizingStudy study = ScenarioLoader.loadSizing(FILE, false);
    int right = 0;
    int seeds = 20;
    for (long seed = 100; seed < 100 + seeds; seed++) {
      SizingAnswer answer = size(study.withSeed(seed)).answer();
      if (answer.equals(new SizingAnswer(SizingAnswer.Kind.FOUND, 4, 4))) {
        right++;
      }
    }
    assertTrue(right >= seeds - 5, right + " of " + seeds + " seeds found k = 4");
  }
}
