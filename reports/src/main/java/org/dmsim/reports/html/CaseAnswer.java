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
      s.append(" (paired ").append(level).append(" interval of ").append(v).append(" − ").append(baseline)
          .append(": ").append(h.difference(d.lower()).replace(h.differenceUnit(), "")).append(" to ")
          .append(h.difference(d.upper()));
      if (d.lower() > 0 || d.upper() < 0) {
        s.append("; it excludes zero: a real difference).");
      } else {
        s.append("; it includes zero: the replications do not tell the two apart).");
      }
    }
    return s.toString();
  }
}
