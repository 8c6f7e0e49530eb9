package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Machine sizing end to end on a one-site network whose answer is known in advance
 * (src/test/resources/sizing/machines-design.yaml): one region orders 10 units a day, each cell makes 3,
 * so three cells cannot keep up (9 a day) and four can (12 a day): the smallest design with on-time fill
 * >= 0.9 has 4 machines.
 */
class MachineSizingEndToEndTest {
  private static final Path FILE = Path.of("src/test/resources/sizing/machines-size.yaml");
  private static final SizingAnswer FOUR = new SizingAnswer(SizingAnswer.Kind.FOUND, 4, 4);

  @Test
  void size_knownNetwork_findsFourMachines() throws Exception {
    SizingStudy study = ScenarioLoader.loadSizing(FILE, false);
    SizingOutcome outcome = SizingRuns.size(study);
    assertEquals(FOUR, outcome.answer());
    SizingStep three = outcome.steps().stream().filter(s -> s.k() == 3).findFirst().orElseThrow();
    SizingStep four = outcome.steps().stream().filter(s -> s.k() == 4).findFirst().orElseThrow();
    assertEquals(StepDecision.FAILS, three.estimate().decision());
    assertEquals(StepDecision.MEETS, four.estimate().decision());
    assertEquals(1, four.producingSites());
    assertEquals(4, four.machines());
    assertEquals(3, three.machines());
    assertTrue(outcome.stoppedEarly().isEmpty());
  }

  /**
   * Right at the stated rate in repeated seeds: each answer is right with probability at least 2c - 1 =
   * 0.9; out of 20 seeds, at most 5 wrong (a binomial(20, 0.1) exceeds 5 with probability 0.011).
   */
  @Test
  void size_repeatedSeeds_rightAtTheStatedRate() throws Exception {
    SizingStudy study = ScenarioLoader.loadSizing(FILE, false);
    int seeds = 20;
    int right = SizingRuns.timesRight(study, FOUR, 100, seeds);
    assertTrue(right >= seeds - 5, right + " of " + seeds + " seeds found 4 machines");
  }
}
