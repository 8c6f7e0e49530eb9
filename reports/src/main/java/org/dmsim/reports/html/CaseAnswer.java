package org.dmsim.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmsim.model.stats.Interval;

/**
 * The answer first: per case and {@link Headline} indicator, which variant did better than the baseline
 * (the experiment's first variant), by how much, the paired interval of the difference and whether it
 * excludes zero — a difference whose interval contains zero is said to be one the replications do not
 * tell apart. Plain text; the page escapes it.
 */
final class CaseAnswer {
  private CaseAnswer() {}

  /** One sentence per later variant and headline indicator of {@code c}; none when nothing is defined. */
  static List<String> sentences(ExperimentResults r, ExperimentResults.CaseResults c) {
    List<String> out = new ArrayList<>();
    if (r.variants().isEmpty()) {
      return out;
    }
    String baseline = r.variants().get(0);
    String level = Figures.significant(r.confidence() * 100, 3) + " %";
    for (Headline h : Headline.ALL) {
      for (String v : r.variants().subList(1, r.variants().size())) {
        Optional<Interval> a = c.estimate(v, h.indicator());
        Optional<Interval> b = c.estimate(baseline, h.indicator());
        Optional<Interval> d = c.difference(v, h.indicator());
        if (a.isEmpty() || b.isEmpty() || d.isEmpty() || Double.isNaN(d.get().mean())) {
          continue;
        }
        out.add(sentence(h, v, a.get(), baseline, b.get(), d.get(), level));
      }
    }
    return out;
  }

  private static String sentence(Headline h, String v, Interval a, String baseline, Interval b, Interval d,
      String level) {
    double diff = d.mean();
    if (diff == 0) {
      return v + " and " + baseline + " had the same " + h.label() + " (" + h.level(a.mean()) + ").";
    }
    boolean undecided = !Double.isNaN(d.halfWidth()) && d.lower() <= 0 && d.upper() >= 0;
    if (undecided) {
      return "The replications do not tell " + v + " and " + baseline + " apart on " + h.label() + ": "
          + h.level(a.mean()) + " and " + h.level(b.mean()) + interval(h, v, baseline, d, level)
          + "; it includes zero).";
    }
    boolean variantBetter = (diff > 0) == h.higherIsBetter();
    String better = variantBetter ? v : baseline;
    String worse = variantBetter ? baseline : v;
    String amount = h.difference(Math.abs(diff));
    String order = variantBetter ? h.level(a.mean()) + " against " + h.level(b.mean())
        : h.level(b.mean()) + " against " + h.level(a.mean());
    String direction = h.higherIsBetter() ? "higher" : "lower";
    StringBuilder s = new StringBuilder();
    s.append(better).append(" had the ").append(direction).append(' ').append(h.label()).append(": ").append(order)
        .append(" for ").append(worse).append(", ").append(amount).append(h.higherIsBetter() ? " more" : " less");
    if (Double.isNaN(d.halfWidth())) {
      s.append(" (one replication: no interval).");
    } else {
      s.append(interval(h, v, baseline, d, level)).append("; it excludes zero: a real difference).");
    }
    return s.toString();
  }

  /** {@code  (paired 95 % interval of v − baseline: lo to hi unit}, left open for the verdict. */
  private static String interval(Headline h, String v, String baseline, Interval d, String level) {
    return " (paired " + level + " interval of " + v + " − " + baseline + ": "
        + h.difference(d.lower()).replace(h.differenceUnit(), "") + " to " + h.difference(d.upper());
  }

  /**
   * The experiment in one sentence per later variant, for the first headline indicator: in which cases
   * it did better or worse than the baseline variant with an interval that excludes zero, and in which
   * the replications cannot tell; empty when fewer than two variants.
   */
  static List<String> verdicts(ExperimentResults r) {
    List<String> out = new ArrayList<>();
    if (r.variants().size() < 2) {
      return out;
    }
    Headline h = Headline.ALL.get(0);
    String baseline = r.variants().get(0);
    for (String v : r.variants().subList(1, r.variants().size())) {
      List<String> better = new ArrayList<>();
      List<String> worse = new ArrayList<>();
      List<String> undecided = new ArrayList<>();
      for (ExperimentResults.CaseResults c : r.cases()) {
        Optional<Interval> d = c.difference(v, h.indicator());
        if (d.isEmpty() || Double.isNaN(d.get().mean())) {
          continue;
        }
        Interval i = d.get();
        boolean separate = !Double.isNaN(i.halfWidth()) && (i.lower() > 0 || i.upper() < 0);
        if (!separate) {
          undecided.add(c.name());
        } else if ((i.mean() > 0) == h.higherIsBetter()) {
          better.add(c.name());
        } else {
          worse.add(c.name());
        }
      }
      StringBuilder s = new StringBuilder(v).append(" against ").append(baseline).append(", ").append(h.label())
          .append(": ");
      List<String> parts = new ArrayList<>();
      if (!better.isEmpty()) {
        parts.add("better in " + cases(better));
      }
      if (!worse.isEmpty()) {
        parts.add("worse in " + cases(worse));
      }
      if (!undecided.isEmpty()) {
        parts.add("no difference the replications can tell in " + cases(undecided));
      }
      if (parts.isEmpty()) {
        continue;
      }
      s.append(String.join("; ", parts)).append('.');
      out.add(s.toString());
    }
    return out;
  }

  private static String cases(List<String> names) {
    return names.size() + (names.size() == 1 ? " case (" : " cases (") + String.join(", ", names) + ")";
  }
}
