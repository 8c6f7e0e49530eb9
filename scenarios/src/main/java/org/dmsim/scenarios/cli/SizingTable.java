package org.dmsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dmsim.scenarios.sizing.SizedQuantity;
import org.dmsim.scenarios.sizing.SizingAnswer;
import org.dmsim.scenarios.sizing.SizingOutcome;
import org.dmsim.scenarios.sizing.SizingStep;
import org.dmsim.scenarios.sizing.SizingStudy;

/**
 * The console table of a sizing search: one row per design explored (k — the sites, or the machines per
 * group, as sized — producing sites, machines, replications, the indicator's mean and one-sided bounds,
 * cost per delivered unit, decision, a {@code *} on the cost-versus-service frontier), then the answer
 * line with its confidence.
 */
final class SizingTable {
  private SizingTable() {}

  static void print(SizingStudy study, SizingOutcome outcome, PrintWriter o) {
    boolean sites = study.quantity() == SizedQuantity.SITES;
    String kColumn = sites ? "sites" : "per group";
    String k = "%" + kColumn.length();
    o.printf(Locale.ROOT, k + "s %9s %8s %5s %8s %8s %8s %10s  %-9s %s%n", kColumn, "producing", "machines", "reps",
        "mean", "lower", "upper", "EUR/unit", "decision", "frontier");
    for (SizingStep s : outcome.steps()) {
      o.printf(Locale.ROOT, k + "d %9d %8d %5d %8.4f %8.4f %8.4f %10.2f  %-9s %s%n", s.k(), s.producingSites(),
          s.machines(), s.estimate().replications(), s.estimate().mean(), s.estimate().lower(), s.estimate().upper(),
          s.costPerUnitEur(), s.estimate().decision().word(), s.frontier() ? "*" : "");
    }
    o.println();
    SizingAnswer a = outcome.answer();
    String confidence = SizeCommand.percent(study.confidence());
    String claim = study.indicator() + " >= " + SizeCommand.plain(study.target()) + " with " + confidence
        + " confidence (one-sided)";
    int sized = study.candidates().size();
    String noun = study.quantity().noun()
        + (sites ? "" : " at each of " + sized + " sized site" + (sized == 1 ? "" : "s"));
    switch (a.kind()) {
      case FOUND -> o.printf(Locale.ROOT, "answer       smallest design meeting %s: %s %s%s%n", claim,
          a.text(study.from(), study.to()), noun, producing(outcome, a.low()));
      case NONE -> o.printf(Locale.ROOT, "answer       no design up to %d %s meets %s%n", study.to(), noun, claim);
      case UNDECIDED -> o.printf(Locale.ROOT, "answer       %s %s (%s)%n", a.text(study.from(), study.to()), noun,
          outcome.stoppedEarly().isPresent() ? "the search was stopped before it could decide"
              : "a design between needs more replications than maxReplications " + study.maxReplications());
    }
    o.printf(Locale.ROOT, "reading      each decision is right with probability >= %s; the smallest size rests on two"
        + " (k meets, k-1 fails): right with probability >= %s if more %s are never worse (docs/sizing.md)%n",
        confidence, SizeCommand.percent(2 * study.confidence() - 1), sites ? "sites" : "machines");
    if (!outcome.contradictions().isEmpty()) {
      o.println("warning      the data contradict monotonicity (a larger design clearly worse): "
          + String.join(", ", outcome.contradictions()) + "; the answer assumes it, check the designs between");
    }
    if (outcome.stoppedEarly().isPresent()) {
      o.println("stopped      " + outcome.stoppedEarly().get() + ": the answer is what was decided so far");
    }
  }

  private static String producing(SizingOutcome outcome, int k) {
    return outcome.steps().stream().filter(s -> s.k() == k).findFirst()
        .map(s -> " (" + s.producingSites() + " producing sites, " + s.machines() + " machines)").orElse("");
  }
}
