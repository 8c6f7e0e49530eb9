package org.dmsim.scenarios.sizing;

import java.util.List;
import java.util.Optional;

/**
 * A sizing search's result.
 *
 * @param steps          the designs explored, by k
 * @param answer         what the search concluded
 * @param contradictions pairs {@code "k1<k2"} where the larger design is clearly worse (its upper bound
 *                       below the smaller one's lower bound): data against the monotonicity the search assumes
 * @param stoppedEarly   why the search stopped before concluding (e.g. "interrupted"), if it did
 */
public record SizingOutcome(List<SizingStep> steps, SizingAnswer answer, List<String> contradictions,
    Optional<String> stoppedEarly) {
  public SizingOutcome {
    steps = List.copyOf(steps);
    contradictions = List.copyOf(contradictions);
  }

  /** The replications run, over every design explored. */
  public int replications() {
    return steps.stream().mapToInt(s -> s.estimate().replications()).sum();
  }
}
