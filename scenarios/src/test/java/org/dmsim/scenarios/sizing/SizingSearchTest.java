package org.dmsim.scenarios.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The search logic of {@link SizingSearch} on fake evaluators: no simulation. */
class SizingSearchTest {
  /** An evaluator whose replication r of design k is {@code mean(k) + sd·z}, z drawn from (k, r) alone. */
  private static final class Fake implements SizingSearch.Evaluator {
    final IntToDoubleFunction mean;
    final double sd;
    final List<int[]> calls = new ArrayList<>();

    Fake(IntToDoubleFunction mean, double sd) {
      this.mean = mean;
      this.sd = sd;
    }

    @Override
    public List<SizingSearch.Sample> evaluate(int sites, int first, int count) {
      calls.add(new int[] {sites, first, count});
      List<SizingSearch.Sample> out = new ArrayList<>();
      for (int r = first; r < first + count; r++) {
        RandomGenerator g = new MersenneTwister(new int[] {sites, r, 17});
        out.add(new SizingSearch.Sample(mean.applyAsDouble(sites) + sd * g.nextGaussian(), 100.0 / sites + 10 * sites));
      }
      return out;
    }
  }

  private static SizingOutcome search(int from, int to, Fake fake) {
    return new SizingSearch(from, to, 0.95, 0.95, 4, 20).run(fake, (k, e, done) -> { });
  }

  @Test
  void run_monotoneStep_findsTheFirstMeetingSizeByBisection() {
    Fake fake = new Fake(k -> k >= 7 ? 0.99 : 0.80, 0.01);
    SizingOutcome outcome = search(1, 20, fake);
    assertEquals(new SizingAnswer(SizingAnswer.Kind.FOUND, 7, 7), outcome.answer());
    assertTrue(outcome.steps().size() <= 6, "bisection over 20 sizes explores at most about log2(20) + 1 designs");
    assertEquals(StepDecision.FAILS, step(outcome, 6).estimate().decision());
    assertEquals(StepDecision.MEETS, step(outcome, 7).estimate().decision());
    assertTrue(outcome.contradictions().isEmpty());
  }

  @Test
  void run_everyDesign_getsTheSameReplicationIndicesInBatches() {
    Fake fake = new Fake(k -> 0.90 + 0.01 * k, 0.02);
    search(1, 10, fake);
    for (int[] call : fake.calls) {
      assertEquals(0, call[1] % 4, "batches start at multiples of the batch size");
      assertEquals(4, call[2]);
    }
    assertTrue(fake.calls.stream().allMatch(c -> c[1] > 0 || fake.calls.stream().noneMatch(d -> d[0] == c[0]
        && d[1] < c[1])), "each design starts at replication 0");
  }

  @Test
  void run_noisyBoundary_addsReplicationsUntilDecided() {
    // k = 5 is 0.965: a batch of 4 with sd 0.02 cannot tell it from 0.95, more replications can
    Fake fake = new Fake(k -> k >= 5 ? 0.965 : 0.90, 0.02);
    SizingOutcome outcome = search(1, 8, fake);
    SizingStep five = step(outcome, 5);
    assertTrue(five.estimate().replications() > 4);
    assertTrue(outcome.answer().kind() != SizingAnswer.Kind.FOUND || outcome.answer().low() == 5);
  }

  @Test
  void run_designAtTheTarget_isUndecidedAndTheAnswerIsARange() {
    Fake fake = new Fake(k -> k >= 4 ? 0.95 : 0.5, 0.02);
    SizingOutcome outcome = search(1, 8, fake);
    SizingStep four = step(outcome, 4);
    assertEquals(StepDecision.UNDECIDED, four.estimate().decision());
    assertEquals(20, four.estimate().replications(), "capped at maxReplications");
    assertEquals(SizingAnswer.Kind.UNDECIDED, outcome.answer().kind());
    assertTrue(outcome.answer().low() <= 4 && outcome.answer().high() >= 4);
  }

  @Test
  void run_nothingMeets_saysNoneInTheRange() {
    SizingOutcome outcome = search(2, 9, new Fake(k -> 0.6, 0.01));
    assertEquals(SizingAnswer.Kind.NONE, outcome.answer().kind());
    assertEquals(StepDecision.FAILS, step(outcome, 9).estimate().decision());
  }

  @Test
  void run_everythingMeets_answersTheSmallestSizeTried() {
    SizingOutcome outcome = search(3, 9, new Fake(k -> 0.999, 0.0005));
    assertEquals(new SizingAnswer(SizingAnswer.Kind.FOUND, 3, 3), outcome.answer());
    assertTrue(outcome.answer().text(3, 9).contains("or fewer"));
  }

  @Test
  void run_nonMonotoneData_followsTheBisectionAndFlagsTheContradiction() {
    // k = 1 is excellent, k = 2 meets barely; k = 3 and above are poor: more sites worse, against the assumption
    Fake fake = new Fake(k -> k == 1 ? 0.999 : k == 2 ? 0.97 : 0.5, 0.001);
    SizingOutcome outcome = search(1, 4, fake);
    assertEquals(new SizingAnswer(SizingAnswer.Kind.FOUND, 1, 1), outcome.answer());
    assertFalse(outcome.contradictions().isEmpty(), "a larger design clearly worse is reported");
  }

  @Test
  void run_stoppedFromOutside_keepsWhatWasDecidedAndClaimsNothing() {
    SizingSearch.Evaluator stopping = new SizingSearch.Evaluator() {
      int calls;

      @Override
      public List<SizingSearch.Sample> evaluate(int sites, int first, int count) {
        if (++calls > 1) {
          throw new SizingSearch.Stopped("interrupted");
        }
        return new Fake(k -> 0.99, 0.001).evaluate(sites, first, count);
      }
    };
    SizingOutcome outcome = new SizingSearch(1, 10, 0.95, 0.95, 4, 20).run(stopping, (k, e, done) -> { });
    assertEquals("interrupted", outcome.stoppedEarly().orElseThrow());
    assertEquals(1, outcome.steps().size());
    assertEquals(SizingAnswer.Kind.UNDECIDED, outcome.answer().kind());
  }

  @Test
  void frontier_marksTheDesignsNoOtherBeatsOnCostAndService() {
    OneSidedTest t = new OneSidedTest(0.95, 0.95, 1);
    List<SizingStep> steps = List.of(
        new SizingStep(1, 1, 1, t.estimate(new double[] {0.5, 0.5}), 10, false),
        new SizingStep(2, 2, 2, t.estimate(new double[] {0.4, 0.4}), 12, false),
        new SizingStep(3, 3, 3, t.estimate(new double[] {0.9, 0.9}), 15, false));
    List<SizingStep> marked = SizingSearch.frontier(steps);
    assertTrue(marked.get(0).frontier());
    assertFalse(marked.get(1).frontier(), "dearer and worse than k = 1");
    assertTrue(marked.get(2).frontier());
  }

  private static SizingStep step(SizingOutcome outcome, int k) {
    return outcome.steps().stream().filter(s -> s.k() == k).findFirst().orElseThrow();
  }
}
