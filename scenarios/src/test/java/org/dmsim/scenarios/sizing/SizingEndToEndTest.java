package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Sizing end to end on a network whose answer is known in advance (src/test/resources/sizing): one
 * region orders 100 units a day, each site makes 30, so three sites cannot keep up and four can: the
 * smallest design with on-time fill >= 0.9 is k = 4.
 */
class SizingEndToEndTest {
  private static final Path FILE = Path.of("src/test/resources/sizing/known-size.yaml");

  @Test
  void size_knownNetwork_findsFourSites() throws Exception {
    SizingStudy study = ScenarioLoader.loadSizing(FILE, false);
    SizingOutcome outcome = SizingRuns.size(study);
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
    int seeds = 20;
    int right = SizingRuns.timesRight(study, new SizingAnswer(SizingAnswer.Kind.FOUND, 4, 4), 100, seeds);
    assertTrue(right >= seeds - 5, right + " of " + seeds + " seeds found k = 4");
  }
}
