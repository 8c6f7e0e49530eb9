package org.dmsim.scenarios.sizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dmsim.model.stats.Pareto;

/**
 * The search of a sizing study over k in {@code [from, to]} (sites or machines per group alike): a
 * bisection that assumes the indicator never gets worse as k grows (docs/sizing.md), and a sequential test
 * at each k. It keeps {@code lo}, the largest k shown to fail ({@code from - 1} at first), and {@code hi},
 * the smallest k shown to meet ({@code to + 1} at first); it tests the middle of the untested designs
 * between them, running replications {@code 0..batch-1}, then the next batch, and so on, until
 * {@link OneSidedTest} decides or {@code maxReplications} is reached (then the design is undecided and the search
 * goes on among the others between {@code lo} and {@code hi}). Every design gets the same replication
 * indices, so the same demand and disruptions (common random numbers).
 *
 * <p>When the search ends the answer is {@code hi} if every design between {@code lo} and {@code hi} was
 * decided (they all were when {@code hi = lo + 1}); otherwise a range. If the two decisions the answer rests
 * on (k meets, k - 1 fails) are each right with probability at least c, the answer is right with
 * probability at least {@code 2c - 1} under monotonicity (a union bound); each "meets" it reports holds
 * at c.
 */
public final class SizingSearch {
  /** Runs replications of a design. */
  @FunctionalInterface
  public interface Evaluator {
    /**
     * Replications {@code first .. first + count - 1} of the design of size k (k candidate sites, or k
     * machines per group).
     *
     * @throws Stopped when the run was stopped (e.g. Ctrl-C); what was evaluated before stays valid
     */
    List<Sample> evaluate(int k, int first, int count);

    /** The design's producing sites and machines, for tables; by default unknown (0, 0). */
    default int[] size(int k) {
      return new int[] {0, 0};
    }
  }

  /** One replication of one design: the indicator and the cost per delivered unit (EUR, NaN if none). */
  public record Sample(double indicator, double costPerUnitEur) {}

  /** An evaluation stopped from outside; the search returns what it decided so far. */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Stopped for {@code reason}, e.g. "interrupted". */
    public Stopped(String reason) {
      super(reason);
    }
  }

  /** Hears of each design as it is decided. */
  @FunctionalInterface
  public interface Listener {
    /** A design's replications so far and their estimate; {@code done} when it is decided or capped. */
    void step(int k, OneSidedTest.Estimate estimate, boolean done);
  }

  private final int from;
  private final int to;
  private final int batch;
  private final int maxReplications;
  private final OneSidedTest test;

  /**
   * @param from            the smallest k, at least 1
   * @param to              the largest k, at least {@code from}
   * @param target          the indicator's target (the design meets it when the indicator is at or above it)
   * @param confidence      the one-sided confidence of each decision
   * @param batch           replications added per look, at least 2
   * @param maxReplications the cap per design, at least {@code batch}
   */
  public SizingSearch(int from, int to, double target, double confidence, int batch, int maxReplications) {
    if (from < 1 || to < from || batch < 2 || maxReplications < batch) {
      throw new IllegalArgumentException("1 <= from <= to, batch >= 2, max >= batch");
    }
    this.from = from;
    this.to = to;
    this.batch = batch;
    this.maxReplications = maxReplications;
    this.test = new OneSidedTest(target, confidence, (maxReplications + batch - 1) / batch);
  }

  /** The test each design's decision is made with. */
  public OneSidedTest test() {
    return test;
  }

  /** Searches with {@code evaluator}. */
  public SizingOutcome run(Evaluator evaluator, Listener listener) {
    TreeMap<Integer, SizingStep> steps = new TreeMap<>();
    int lo = from - 1;
    int hi = to + 1;
    Optional<String> stopped = Optional.empty();
    while (true) {
      List<Integer> open = new ArrayList<>();
      for (int k = lo + 1; k < hi; k++) {
        if (!steps.containsKey(k)) {
          open.add(k);
        }
      }
      if (open.isEmpty()) {
        break;
      }
      int k = open.get((open.size() - 1) / 2);
      List<Sample> samples = new ArrayList<>();
      OneSidedTest.Estimate estimate = test.estimate(new double[0]);
      try {
        while (samples.size() < maxReplications) {
          int count = Math.min(batch, maxReplications - samples.size());
          samples.addAll(evaluator.evaluate(k, samples.size(), count));
          estimate = test.estimate(samples.stream().mapToDouble(Sample::indicator).toArray());
          boolean done = estimate.decision() != StepDecision.UNDECIDED || samples.size() >= maxReplications;
          listener.step(k, estimate, done);
          if (done) {
            break;
          }
        }
      } catch (Stopped s) {
        stopped = Optional.of(s.getMessage());
      }
      if (!samples.isEmpty()) {
        int[] size = evaluator.size(k);
        double cost = samples.stream().mapToDouble(Sample::costPerUnitEur).average().orElse(Double.NaN);
        steps.put(k, new SizingStep(k, size[0], size[1], estimate, cost, false));
      }
      if (stopped.isPresent()) {
        break;
      }
      if (estimate.decision() == StepDecision.MEETS) {
        hi = k;
      } else if (estimate.decision() == StepDecision.FAILS) {
        lo = k;
      }
    }
    return new SizingOutcome(frontier(List.copyOf(steps.values())), answer(steps, lo, hi, stopped.isPresent()),
        contradictions(steps), stopped);
  }

  private SizingAnswer answer(TreeMap<Integer, SizingStep> steps, int lo, int hi, boolean stopped) {
    boolean undecidedBetween = stopped;
    for (int k = lo + 1; k < hi; k++) {
      undecidedBetween |= steps.containsKey(k);
    }
    if (!undecidedBetween && hi <= to) {
      return new SizingAnswer(SizingAnswer.Kind.FOUND, hi, hi);
    }
    if (!undecidedBetween) {
      return new SizingAnswer(SizingAnswer.Kind.NONE, to + 1, to + 1);
    }
    return new SizingAnswer(SizingAnswer.Kind.UNDECIDED, lo + 1, hi);
  }

  /**
   * Each step marked on the frontier when no other step is at most as costly and at least as good, and
   * better in one ({@link Pareto}); sorted by the number of sites.
   */
  static List<SizingStep> frontier(List<SizingStep> steps) {
    List<SizingStep> front = Pareto.nonDominated(steps, s -> s.estimate().mean(), SizingStep::costPerUnitEur);
    List<SizingStep> out = new ArrayList<>();
    for (SizingStep s : steps) {
      out.add(s.onFrontier(front.contains(s)));
    }
    out.sort(Comparator.comparingInt(SizingStep::k));
    return out;
  }

  /** Pairs of explored designs where the larger is clearly worse: its upper bound below the smaller's lower bound. */
  static List<String> contradictions(TreeMap<Integer, SizingStep> steps) {
    List<String> out = new ArrayList<>();
    for (SizingStep small : steps.values()) {
      for (SizingStep large : steps.tailMap(small.k(), false).values()) {
        if (large.estimate().upper() < small.estimate().lower()) {
          out.add(small.k() + "<" + large.k());
        }
      }
    }
    return out;
  }
}
